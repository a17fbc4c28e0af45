#include "BriefingPackContent.h"

namespace kl {

QSet<qint64> BriefingPackContent::letterIds() const
{
    QSet<qint64> ids;
    for (const Letter& l : letters)
        ids.insert(l.id);
    return ids;
}

} // namespace kl
