#pragma once

#include "AnnotatedPdfOptions.h"

#include <QCoreApplication>
#include <QString>

namespace kl {

class AnnotationStore;
class Library;

// A letter as a PDF with its annotations as real PDF annotations: Highlight or Underline over exactly the marked
// words, with colour, author, dates, the note as contents and the annotation's id as /NM, plus the letter note on
// page 1; each with an appearance stream, so every reader shows them. A PDF rendition keeps its original pages;
// a letter with only text is typeset first. The stored original is never changed; the file is written atomically.
class AnnotatedPdfExporter {
    // Its errors reach the window: in the language of the interface.
    Q_DECLARE_TR_FUNCTIONS(kl::AnnotatedPdfExporter)

public:
    static QString uniqueName(qint64 annotationId);
    // Returns the number of annotations written, or -1 with `error` set.
    static int exportLetter(const Library& library, const AnnotationStore& store, qint64 letterId,
                            const QString& outputPath, const AnnotatedPdfOptions& options, QString* error);
};

} // namespace kl
