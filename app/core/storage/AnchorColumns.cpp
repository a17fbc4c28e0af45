#include "AnchorColumns.h"

#include "Database.h"

namespace kl::sql {

QVariantList anchorValues(const TextAnchor& a)
{
    return {notNull(a.exact), notNull(a.prefix), notNull(a.suffix), qint64(a.start), qint64(a.end)};
}

TextAnchor anchorOf(const Row& row, const QString& prefix)
{
    return TextAnchor{row.text(prefix + QLatin1String("exact")), row.text(prefix + QLatin1String("prefix")),
                      row.text(prefix + QLatin1String("suffix")), row.id(prefix + QLatin1String("start")),
                      row.id(prefix + QLatin1String("end"))};
}

} // namespace kl::sql
