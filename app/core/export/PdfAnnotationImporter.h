#pragma once

#include "annotations/AnnotationSink.h"

#include <QString>
#include <QStringList>

namespace kl {

class AnnotationStore;
class Library;

// Highlights and underlines found in a PDF (made in Acrobat, Okular or by our own export) become anchored
// annotations of a letter: the words under their quads are found in the letter's text; their contents become
// notes. Our own export read back duplicates nothing: its annotations carry their id in /NM.
class PdfAnnotationImporter {
public:
    struct Result {
        int added = 0;
        int duplicates = 0;
        int unplaced = 0; // the marked words were not found in the letter
    };
    // `store` tells what the letter already has; each new annotation goes to `add`.
    static Result importInto(const Library& library, const AnnotationStore& store, qint64 letterId,
                             const QString& pdfPath, const AnnotationSink& add, QString* error);
};

} // namespace kl
