#pragma once

#include "anchor/TextAnchor.h"

#include <QList>
#include <QRectF>

namespace kl {

// A span of one rendition of a letter, anchored as annotations and link ends are: the quote with its context
// and offsets, and on a PDF rendition its page and line boxes.
struct Passage {
    qint64 letterId = 0;
    qint64 renditionId = 0;
    TextAnchor anchor;
    int page = 0;        // 1-based page of a PDF rendition, 0 otherwise
    QList<QRectF> rects; // on that page, normalized 0..1, top-left origin: one per line
};

} // namespace kl
