#pragma once

#include <QDateTime>
#include <QString>

namespace kl {

// Now, as the library's tables keep times: ISO 8601 in UTC with milliseconds (Row::time reads them back).
inline QString storedNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace kl
