#include "MarkedPixels.h"

#include <algorithm>

double markedShare(const QImage& marked, const QImage& plain, const QRectF& box,
                   const std::function<bool(const QColor&)>& isMarkColour)
{
    if (marked.size() != plain.size() || marked.isNull())
        return 0;
    const int x0 = std::max(0, int(box.left() * marked.width()));
    const int x1 = std::min(marked.width(), int(box.right() * marked.width()));
    const int y0 = std::max(0, int(box.top() * marked.height()));
    const int y1 = std::min(marked.height(), int(box.bottom() * marked.height()));
    int background = 0, coloured = 0;
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x) {
            if (qGray(plain.pixel(x, y)) < 200)
                continue; // ink, or its antialiased edge
            ++background;
            coloured += isMarkColour(marked.pixelColor(x, y)) ? 1 : 0;
        }
    return background ? double(coloured) / background : 0;
}
