#pragma once

#include <QRectF>

namespace kl {

// One word of a PDF page: its span in the page's text and its box, normalized 0..1 with a top-left origin.
struct WordBox {
    qsizetype start = 0; // offset in PageText::text
    qsizetype end = 0;
    QRectF rect;
};

} // namespace kl
