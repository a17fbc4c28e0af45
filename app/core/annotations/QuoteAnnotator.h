#pragma once

#include "Annotation.h"

#include <QString>

namespace kl {

struct Passage;

class Library;

// Makes an annotation of a letter from a quote of its text, as `kamerlezer-cli annotate` does: the n-th
// occurrence (1-based), found as the PassageLocator finds it (the primary rendition first), with page and line
// boxes when that is a PDF.
class QuoteAnnotator {
public:
    // A highlight of the letter on `passage`: its rendition, anchor, page and line boxes.
    static Annotation at(const Passage& passage);
    static Annotation fromQuote(const Library& library, qint64 letterId, const QString& quote, int occurrence,
                                QString* error);
    // Line boxes of a span of one PDF page, read from the library's copy of the PDF.
    static QList<QRectF> pdfRects(const QString& pdfPath, int page, qsizetype startInPage, qsizetype endInPage);
};

} // namespace kl
