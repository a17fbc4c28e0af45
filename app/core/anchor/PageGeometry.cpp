#include "PageGeometry.h"

#include <cmath>

namespace kl {

QList<QRectF> PageGeometry::rects(const PageText& page, qsizetype start, qsizetype end)
{
    QList<QRectF> lines;
    for (const WordBox& w : page.words) {
        if (w.end <= start || w.start >= end)
            continue;
        // Only the marked characters of a word the span starts or ends in.
        const auto [left, right] = w.xRange(std::max(start, w.start) - w.start, std::min(end, w.end) - w.start);
        const QRectF part(QPointF(left, w.rect.top()), QPointF(right, w.rect.bottom()));
        // Words on one line overlap vertically by most of their height.
        if (!lines.isEmpty()) {
            QRectF& last = lines.last();
            const double overlap = std::min(last.bottom(), w.rect.bottom()) - std::max(last.top(), w.rect.top());
            if (overlap > 0.5 * std::min(last.height(), part.height()) && part.left() >= last.left()) {
                last = last.united(part);
                continue;
            }
        }
        lines.append(part);
    }
    return lines;
}

std::pair<qsizetype, qsizetype> PageGeometry::spanUnder(const PageText& page, const QRectF& area)
{
    qsizetype start = -1, end = -1;
    for (const WordBox& w : page.words) {
        if (!w.rect.intersects(area))
            continue;
        // The characters whose middle lies inside the area.
        const qsizetype length = w.end - w.start;
        qsizetype first = -1, last = -1;
        for (qsizetype c = 0; c < length; ++c) {
            const auto [l, r] = w.xRange(c, c + 1);
            const double middle = (l + r) / 2;
            if (middle >= area.left() && middle <= area.right()) {
                if (first < 0)
                    first = c;
                last = c;
            }
        }
        if (first < 0)
            continue;
        if (start < 0)
            start = w.start + first;
        end = w.start + last + 1;
    }
    return {start, end};
}

} // namespace kl
