#include "WordBox.h"

#include <algorithm>

namespace kl {

std::pair<double, double> WordBox::xRange(qsizetype from, qsizetype to) const
{
    const qsizetype length = end - start;
    from = std::clamp<qsizetype>(from, 0, length);
    to = std::clamp<qsizetype>(to, from, length);
    auto edge = [&](qsizetype i) -> double {
        if (i <= 0)
            return rect.left();
        if (i >= length)
            return rect.right();
        if (charRight.size() == length)
            return charRight[i - 1];
        return rect.left() + rect.width() * double(i) / double(length);
    };
    return {edge(from), edge(to)};
}

} // namespace kl
