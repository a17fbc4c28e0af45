#include "TkVotesReader.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace kl {

QString TkVotesReader::outcomeOf(const QString& besluitSoort)
{
    const QString s = besluitSoort.toLower();
    for (const char* outcome : {"aangenomen", "verworpen", "aangehouden", "ingetrokken"})
        if (s.contains(QLatin1String(outcome)))
            return QLatin1String(outcome);
    return {};
}

VoteResult TkVotesReader::readPage(const QByteArray& json)
{
    return read(QJsonDocument::fromJson(json).object().value(QLatin1String("value")).toArray());
}

VoteResult TkVotesReader::read(const QJsonArray& besluiten)
{
    // The decisive Besluit: the latest that decided (aangenomen, verworpen) over one that put the vote off.
    QJsonObject chosen;
    int chosenRank = -1;
    QString chosenStamp;
    for (const QJsonValue& v : besluiten) {
        const QJsonObject b = v.toObject();
        if (b.value(QLatin1String("Verwijderd")).toBool())
            continue;
        const QString outcome = outcomeOf(b.value(QLatin1String("BesluitSoort")).toString());
        const int rank = outcome == QLatin1String("aangenomen") || outcome == QLatin1String("verworpen") ? 2
                         : outcome.isEmpty()                                                             ? 0
                                                                                                         : 1;
        const QString stamp = b.value(QLatin1String("GewijzigdOp")).toString();
        if (rank > chosenRank || (rank == chosenRank && stamp > chosenStamp)) {
            chosen = b;
            chosenRank = rank;
            chosenStamp = stamp;
        }
    }
    VoteResult result;
    if (chosen.isEmpty())
        return result;
    result.outcome = outcomeOf(chosen.value(QLatin1String("BesluitSoort")).toString());
    result.besluitText = chosen.value(QLatin1String("BesluitTekst")).toString().trimmed();
    result.method = chosen.value(QLatin1String("StemmingsSoort")).toString().trimmed();

    // One row a fractie; a member's row (hoofdelijk) counts one seat for its fractie and vote.
    QHash<QString, int> index;
    QHash<QString, QString> seenRow; // Stemming Id -> fractie, so a row served twice counts once
    for (const QJsonValue& v : chosen.value(QLatin1String("Stemming")).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(QLatin1String("Verwijderd")).toBool() || s.value(QLatin1String("Vergissing")).toBool())
            continue;
        const QString id = s.value(QLatin1String("Id")).toString();
        if (!id.isEmpty() && seenRow.contains(id))
            continue;
        const QString fractie = s.value(QLatin1String("ActorFractie")).toString().trimmed();
        const QString vote = s.value(QLatin1String("Soort")).toString().trimmed().toLower();
        if (fractie.isEmpty() || vote.isEmpty())
            continue;
        seenRow.insert(id, fractie);
        const bool member = !s.value(QLatin1String("Persoon_Id")).isNull() &&
                            !s.value(QLatin1String("Persoon_Id")).toString().isEmpty();
        const QString key = fractie + QLatin1Char('\n') + vote;
        if (member && index.contains(key)) {
            result.fracties[index.value(key)].seats += 1;
            continue;
        }
        if (!member) {
            // A fractie's row given twice (the recordings have such) stands once.
            bool again = false;
            for (const VoteResult::FractieVote& f : std::as_const(result.fracties))
                again = again || f.fractie == fractie;
            if (again)
                continue;
        }
        index.insert(key, result.fracties.size());
        result.fracties.append({fractie, vote, member ? 1 : s.value(QLatin1String("FractieGrootte")).toInt()});
    }
    return result;
}

} // namespace kl
