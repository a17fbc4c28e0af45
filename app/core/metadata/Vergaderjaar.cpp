#include "Vergaderjaar.h"

namespace kl {

QDate Vergaderjaar::prinsjesdag(int year)
{
    QDate d(year, 9, 15); // the third Tuesday falls on the 15th to the 21st
    while (d.dayOfWeek() != Qt::Tuesday)
        d = d.addDays(1);
    return d;
}

QString Vergaderjaar::of(const QDate& date)
{
    if (!date.isValid())
        return {};
    const int first = date < prinsjesdag(date.year()) ? date.year() - 1 : date.year();
    return QStringLiteral("%1-%2").arg(first).arg(first + 1);
}

} // namespace kl
