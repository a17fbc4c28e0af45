#pragma once

#include <QList>
#include <QString>

namespace kl {

// One entry of a PDF's outline (its bookmarks): a title, where it goes, and the entries under it.
struct PdfOutlineEntry {
    QString title;
    int page = -1;    // 0-based; -1 when the entry goes nowhere in this document
    double top = 0.0; // how far down the page, 0..1
    QList<PdfOutlineEntry> children;
};

} // namespace kl
