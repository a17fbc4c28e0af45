#pragma once

#include "document/Reference.h"
#include "document/RunningHeaders.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kl {

struct DocumentMetadata;

// Finds the references a text contains (DESIGN.md section 5) and gives each its span and target id.
// Spans never overlap: where two patterns claim the same words, the earlier and longer one wins.
// Not references: text inside a URL, running headers and footers, and the document's own id (its footer
// names itself).
class ReferenceScanner {
public:
    // Raise when the scanner (or the KOOP XML reader's references) finds other references than before: a
    // library with an older reference index is scanned again when it opens (Schema::refreshIndexes).
    // 2: Aanhangsel with its vergaderjaar, Staatsblad spelled out, lists of nr., compact ids with a Roman addition,
    // (35 925-18), (36 353), "gedrukt onder nr."; nothing in URLs, running lines or the document's own id.
    static constexpr int kIndexVersion = 2;

    // What the scanner knows of the document it reads.
    struct Context {
        QStringList ownIds; // the document's own publication id and kstId: never a reference
        // The document's first dossier ("32847", "36410-XVI"): a changed motion's "gedrukt onder nr. 1315"
        // is a document of it.
        QString ownDossier;
        QList<RunningHeaders::Range> skip; // offsets in the text (in order): running headers and footers
    };

    static QList<Reference> scan(const QString& text, const Context& context = {});
    // The context of a document: its own ids and dossier from its metadata, its running lines from its pages.
    static Context contextOf(const QStringList& pages, const DocumentMetadata& metadata);
    // The references of a document's text, its pages joined by form feeds.
    static QList<Reference> scanDocument(const QStringList& pages, const DocumentMetadata& metadata);
    // `refs` without those the context rules out (the own id, what stands in a running line): for references
    // found elsewhere, such as the tags of KOOP XML.
    static QList<Reference> without(QList<Reference> refs, const Context& context);
    // The text with dashes, odd spaces and line breaks made plain, character for character, so that
    // offsets into it are offsets into the original.
    static QString normalizeForScan(const QString& text);
    // Adds `extra` to `base` where they do not overlap a reference already in `base`; keeps start order.
    static QList<Reference> merge(QList<Reference> base, const QList<Reference>& extra);
};

} // namespace kl
