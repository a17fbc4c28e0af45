#pragma once

#include <QRectF>
#include <QString>

namespace kl {

// A link on a PDF page: an area that goes to a place in the document (a table of contents) or to an address.
struct PdfLink {
    QRectF area;      // normalized page coordinates, top-left origin
    int page = -1;    // 0-based target page; -1 for an address
    double top = 0.0; // how far down the target page, 0..1
    QString url;
};

} // namespace kl
