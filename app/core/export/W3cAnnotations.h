#pragma once

#include "annotations/AnnotationSink.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kl {

class AnnotationStore;
class Library;

// Annotations as W3C Web Annotation JSON-LD (an AnnotationCollection): each with a TextQuoteSelector, a
// TextPositionSelector and the page, its note and tags as bodies, its colour and style as Kamerlezer terms. Read back
// into another library, each is anchored anew in that library's copy of the letter.
class W3cAnnotations {
public:
    static QByteArray write(const Library& library, const AnnotationStore& store, const QList<qint64>& letterIds);

    struct ImportResult {
        int added = 0;
        int duplicates = 0;   // already in the library: skipped
        int orphans = 0;      // the passage was not found: stored as orphans, to re-attach
        QStringList problems; // letters not in the library, unreadable items
    };
    // Anchors each annotation in this library's letters and hands it to `add`; `store` tells what is already there.
    static ImportResult read(const Library& library, const AnnotationStore& store, const QByteArray& json,
                             const AnnotationSink& add, QString* error);

    // The source IRI of a letter: its page on officielebekendmakingen.nl when it is a Kamerstuk, else its file hash.
    static QString sourceOf(const QString& kstId, const QString& sha256);
};

} // namespace kl
