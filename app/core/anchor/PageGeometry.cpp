#include "PageGeometry.h"

#include <cmath>

namespace kl {

QList<QRectF> PageGeometry::rects(const PageText& page, qsizetype start, qsizetype end)
{
    QList<QRectF> lines;
    for (const WordBox& w : page.words) {
        if (w.end <= start || w.start >= end)
            continue;
        // Words on one line overlap vertically by most of their height.
        if (!lines.isEmpty()) {
            QRectF& last = lines.last();
            const double overlap = std::min(last.bottom(), w.rect.bottom()) - std::max(last.top(), w.rect.top());
            if (overlap > 0.5 * std::min(last.height(), w.rect.height()) && w.rect.left() >= last.left()) {
                last = last.united(w.rect);
                continue;
            }
        }
        lines.append(w.rect);
    }
    return lines;
}

std::pair<qsizetype, qsizetype> PageGeometry::spanUnder(const PageText& page, const QRectF& area)
{
    qsizetype start = -1, end = -1;
    for (const WordBox& w : page.words) {
        if (!w.rect.intersects(area))
            continue;
        if (start < 0)
            start = w.start;
        end = w.end;
    }
    return {start, end};
}

} // namespace kl
