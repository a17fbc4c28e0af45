#include "Toezegging.h"

#include <QJsonArray>

namespace kl {

QString Toezegging::state(const QDate& today) const
{
    if (isOverdue(today))
        return QStringLiteral("overdue");
    if (isDueSoon(today))
        return QStringLiteral("due-soon");
    return statusName(status);
}

QJsonObject Toezegging::toJson(const QDate& today) const
{
    auto orNull = [](const QString& s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    auto date = [](const QDate& d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); };
    QJsonArray kept;
    for (const ToezeggingFulfilment& f : keptBy)
        kept.append(QJsonObject{{"letter", f.letterId ? QJsonValue(f.letterId) : QJsonValue()},
                                {"documentNumber", orNull(f.documentNumber)}});
    return QJsonObject{{"id", id},
                       {"origin", originName(origin)},
                       {"number", orNull(number)},
                       {"letter", letterId ? QJsonValue(letterId) : QJsonValue()},
                       {"dossier", orNull(dossier)},
                       {"text", this->text},
                       {"who", orNull(who)},
                       {"madeTo", orNull(madeTo)},
                       {"ministry", orNull(ministry)},
                       {"activity", orNull(activity)},
                       {"deliverable", orNull(deliverable)},
                       {"deadline", QJsonObject{{"phrase", orNull(deadlinePhrase)}, {"due", date(due)}}},
                       {"madeOn", date(madeOn)},
                       {"status", statusName(status)},
                       {"state", state(today)},
                       {"officialStatus", orNull(officialStatus)},
                       {"confidence", confidence},
                       {"keptBy", kept}};
}

QString Toezegging::statusName(Status status)
{
    switch (status) {
    case Status::Open:
        return QStringLiteral("open");
    case Status::PartlyKept:
        return QStringLiteral("partly-kept");
    case Status::Kept:
        return QStringLiteral("kept");
    case Status::Lapsed:
        return QStringLiteral("lapsed");
    case Status::Dismissed:
        return QStringLiteral("dismissed");
    }
    return QStringLiteral("open");
}

Toezegging::Status Toezegging::statusFromName(const QString& name, bool* ok)
{
    for (Status s : {Status::Open, Status::PartlyKept, Status::Kept, Status::Lapsed, Status::Dismissed})
        if (statusName(s) == name.trimmed().toLower()) {
            if (ok)
                *ok = true;
            return s;
        }
    if (ok)
        *ok = false;
    return Status::Open;
}

Toezegging::Status Toezegging::statusFromRegister(const QString& word, bool* ok)
{
    const QString w = word.simplified().toLower();
    if (ok)
        *ok = true;
    if (w == QLatin1String("openstaand"))
        return Status::Open;
    if (w == QLatin1String("voldaan") || w == QLatin1String("afgedaan"))
        return Status::Kept;
    if (w == QLatin1String("deels voldaan") || w == QLatin1String("deels afgedaan"))
        return Status::PartlyKept;
    if (w == QLatin1String("vervallen"))
        return Status::Lapsed;
    if (ok)
        *ok = false;
    return Status::Open;
}

QString Toezegging::originName(Origin origin)
{
    switch (origin) {
    case Origin::Detected:
        return QStringLiteral("detected");
    case Origin::Manual:
        return QStringLiteral("manual");
    case Origin::Registered:
        return QStringLiteral("registered");
    }
    return QStringLiteral("detected");
}

Toezegging::Origin Toezegging::originFromName(const QString& name)
{
    if (name == QLatin1String("manual"))
        return Origin::Manual;
    if (name == QLatin1String("registered"))
        return Origin::Registered;
    return Origin::Detected;
}

} // namespace kl
