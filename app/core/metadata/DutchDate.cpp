#include "DutchDate.h"

#include <QStringList>

namespace kl {

static const QStringList& monthNames()
{
    static const QStringList names{QStringLiteral("januari"), QStringLiteral("februari"), QStringLiteral("maart"),
                                   QStringLiteral("april"),   QStringLiteral("mei"),      QStringLiteral("juni"),
                                   QStringLiteral("juli"),    QStringLiteral("augustus"), QStringLiteral("september"),
                                   QStringLiteral("oktober"), QStringLiteral("november"), QStringLiteral("december")};
    return names;
}

QString DutchDate::pattern()
{
    return QStringLiteral("(\\d{1,2}) (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
                          "november|december|jan\\.?|feb\\.?|mrt\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|"
                          "okt\\.?|nov\\.?|dec\\.?) (\\d{4})");
}

int DutchDate::month(const QString& name)
{
    QString n = name.toLower();
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    if (n == QLatin1String("mrt"))
        return 3;
    const QStringList& names = monthNames();
    for (int i = 0; i < names.size(); ++i)
        if (names[i] == n || (n.size() >= 3 && names[i].startsWith(n)))
            return i + 1;
    return 0;
}

QDate DutchDate::parse(const QString& day, const QString& monthName, const QString& year)
{
    const int m = month(monthName);
    if (m == 0)
        return {};
    return QDate(year.toInt(), m, day.toInt()); // invalid (31 februari) stays invalid
}

QString DutchDate::format(const QDate& date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1 %2 %3").arg(date.day()).arg(monthNames()[date.month() - 1]).arg(date.year());
}

} // namespace kl
