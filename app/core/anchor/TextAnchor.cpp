#include "TextAnchor.h"

#include <algorithm>

namespace kl {

TextAnchor TextAnchor::fromRange(const QString& text, qsizetype start, qsizetype end)
{
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());
    TextAnchor a;
    a.start = start;
    a.end = end;
    a.exact = text.mid(start, end - start);
    const qsizetype prefixStart = std::max<qsizetype>(0, start - kContext);
    a.prefix = text.mid(prefixStart, start - prefixStart);
    a.suffix = text.mid(end, kContext);
    return a;
}

} // namespace kl
