#include "RecessCalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

namespace kl {

RecessCalendar RecessCalendar::fromJson(const QByteArray& json)
{
    RecessCalendar out;
    const QJsonArray recesses = QJsonDocument::fromJson(json).object().value(QLatin1String("recesses")).toArray();
    for (const QJsonValue& v : recesses) {
        const QJsonObject o = v.toObject();
        Recess r{o.value(QLatin1String("name")).toString(),
                 QDate::fromString(o.value(QLatin1String("first")).toString(), Qt::ISODate),
                 QDate::fromString(o.value(QLatin1String("last")).toString(), Qt::ISODate)};
        if (!r.name.isEmpty() && r.first.isValid() && r.last.isValid() && r.first <= r.last)
            out.m_recesses.append(r);
    }
    std::sort(out.m_recesses.begin(), out.m_recesses.end(),
              [](const Recess& a, const Recess& b) { return a.first < b.first; });
    return out;
}

const RecessCalendar& RecessCalendar::standard()
{
    static const RecessCalendar calendar = [] {
        const QString user = QStandardPaths::locate(QStandardPaths::AppDataLocation, QStringLiteral("recesses.json"));
        for (const QString& path : {user, QStringLiteral(":/data/recesses.json")}) {
            QFile file(path);
            if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
                continue;
            RecessCalendar c = fromJson(file.readAll());
            if (!c.isEmpty())
                return c;
        }
        return RecessCalendar();
    }();
    return calendar;
}

std::optional<RecessCalendar::Recess> RecessCalendar::next(const QString& name, const QDate& from) const
{
    for (const Recess& r : m_recesses)
        if (r.name == name && r.last >= from)
            return r;
    return std::nullopt;
}

std::optional<RecessCalendar::Recess> RecessCalendar::nextBeginning(const QString& name, const QDate& day) const
{
    for (const Recess& r : m_recesses)
        if (r.name == name && r.first > day)
            return r;
    return std::nullopt;
}

std::optional<RecessCalendar::Recess> RecessCalendar::inYear(const QString& name, int year) const
{
    for (const Recess& r : m_recesses)
        if (r.name == name && r.first.year() == year)
            return r;
    return std::nullopt;
}

} // namespace kl
