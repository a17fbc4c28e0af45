#include "PrintDate.h"

#include <QCoreApplication>
#include <QLocale>

namespace kl {

QString PrintDate::format(const QDate& date)
{
    if (!date.isValid())
        return {};
    // Each translation names its own language here, so the month names follow the texts around them.
    const QLocale locale(QCoreApplication::translate(
        "kl::PrintDate", "en", "The language of dates in printed documents: the locale name of this translation"));
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace kl
