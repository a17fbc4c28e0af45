#include "Toezegging.h"

namespace kl {

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
