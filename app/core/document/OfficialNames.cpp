#include "OfficialNames.h"

#include <algorithm>

namespace kl {

namespace {

// "voor" and "tegen" are groups of their own; every other way of (not) voting falls in the third.
bool inGroup(const QString& vote, const QString& group)
{
    static const QString voor = QStringLiteral("voor"), tegen = QStringLiteral("tegen");
    if (group == voor || group == tegen)
        return vote == group;
    return vote != voor && vote != tegen;
}

QList<VoteResult::FractieVote> group(const VoteResult& votes, const QString& vote)
{
    QList<VoteResult::FractieVote> out;
    for (const VoteResult::FractieVote& f : votes.fracties)
        if (inGroup(f.vote, vote))
            out.append(f);
    // The largest fracties first: they decide the vote, and the reader looks for them.
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.seats > b.seats; });
    return out;
}

} // namespace

QString OfficialNames::source(const QString& source)
{
    if (source == QLatin1String("tk"))
        return tr("Tweede Kamer open data");
    if (source == QLatin1String("koop"))
        return tr("KOOP (officiële publicaties)");
    return source;
}

QString OfficialNames::outcome(const VoteResult& votes)
{
    const QString& o = votes.outcome;
    if (o == QLatin1String("aangenomen"))
        return tr("Adopted");
    if (o == QLatin1String("verworpen"))
        return tr("Rejected");
    if (o == QLatin1String("aangehouden"))
        return tr("Held over");
    if (o == QLatin1String("ingetrokken"))
        return tr("Withdrawn");
    QString text = votes.besluitText.trimmed();
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text.isEmpty() ? tr("Not decided yet") : text;
}

QString OfficialNames::method(const VoteResult& votes)
{
    const QString m = votes.method.trimmed();
    if (m.compare(QLatin1String("Met handopsteken"), Qt::CaseInsensitive) == 0)
        return tr("by show of hands");
    if (m.compare(QLatin1String("Hoofdelijk"), Qt::CaseInsensitive) == 0)
        return tr("by roll call");
    return m;
}

QString OfficialNames::seats(const VoteResult& votes)
{
    if (votes.fracties.isEmpty())
        return QString();
    // Counts without a noun, so no plural form is needed where no translation is installed (the CLI's packs).
    return tr("%1 for, %2 against").arg(votes.seatsFor()).arg(votes.seatsAgainst());
}

QString OfficialNames::fracties(const VoteResult& votes, const QString& vote)
{
    QStringList out;
    for (const VoteResult::FractieVote& f : group(votes, vote))
        // A fractie stays on one line with its seats when the list wraps.
        out.append(f.seats > 0 ? QStringLiteral("%1\u00a0(%2)").arg(f.fractie).arg(f.seats) : f.fractie);
    return out.join(tr(", "));
}

} // namespace kl
