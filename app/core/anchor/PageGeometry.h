#pragma once

#include "document/PageText.h"

#include <QList>
#include <QRectF>

namespace kl {

// The boxes that cover a span of a PDF page's text: the words in it, joined into one box per line.
class PageGeometry {
public:
    static QList<QRectF> rects(const PageText& page, qsizetype start, qsizetype end);
    // The text of the words whose boxes meet `area` (normalized), in reading order: what a mouse selection takes.
    static std::pair<qsizetype, qsizetype> spanUnder(const PageText& page, const QRectF& area);
};

} // namespace kl
