#include "SearchHit.h"

namespace kl {

QString SearchHit::markedSnippet(const QString& open, const QString& close) const
{
    QString s = snippet;
    s.replace(kHitStart, open);
    s.replace(kHitEnd, close);
    return s;
}

} // namespace kl
