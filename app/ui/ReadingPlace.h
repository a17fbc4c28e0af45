#pragma once

#include <QtGlobal>

namespace kl {

// Where a reader left a document: which rendition, where in it, at what zoom. Kept per document so that it opens
// there again, after a restart too.
struct ReadingPlace {
    qint64 rendition = 0;
    // PDF: the page (0-based) at the top of the view and how far down it; text: the stored text offset at the top.
    int page = -1;
    double fraction = 0;
    qsizetype offset = -1;
    // PDF: the zoom and whether it follows the window (PdfView::ZoomMode); text: the font's point size.
    double zoom = 0;
    int zoomMode = -1;
    double textPointSize = 0;
    bool twoPages = false; // PDF: pages side by side
};

} // namespace kl
