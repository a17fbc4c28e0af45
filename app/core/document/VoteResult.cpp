#include "VoteResult.h"

#include <QJsonArray>

namespace kl {

static int seatsVoting(const QList<VoteResult::FractieVote>& fracties, const char* vote)
{
    int seats = 0;
    for (const VoteResult::FractieVote& f : fracties)
        if (f.vote == QLatin1String(vote))
            seats += f.seats;
    return seats;
}

int VoteResult::seatsFor() const
{
    return seatsVoting(fracties, "voor");
}

int VoteResult::seatsAgainst() const
{
    return seatsVoting(fracties, "tegen");
}

QJsonObject VoteResult::toJson() const
{
    QJsonArray rows;
    for (const FractieVote& f : fracties)
        rows.append(QJsonObject{{"fractie", f.fractie}, {"vote", f.vote}, {"seats", f.seats}});
    auto orNull = [](const QString& s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    return QJsonObject{{"outcome", orNull(outcome)}, {"text", orNull(besluitText)}, {"method", orNull(method)},
                       {"for", seatsFor()},          {"against", seatsAgainst()},   {"fracties", rows}};
}

VoteResult VoteResult::fromJson(const QJsonObject& o)
{
    VoteResult v;
    v.outcome = o.value(QLatin1String("outcome")).toString();
    v.besluitText = o.value(QLatin1String("text")).toString();
    v.method = o.value(QLatin1String("method")).toString();
    for (const QJsonValue& row : o.value(QLatin1String("fracties")).toArray()) {
        const QJsonObject r = row.toObject();
        v.fracties.append({r.value(QLatin1String("fractie")).toString(), r.value(QLatin1String("vote")).toString(),
                           r.value(QLatin1String("seats")).toInt()});
    }
    return v;
}

} // namespace kl
