#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace kl {

// How the Tweede Kamer decided on a motie or amendement (its Besluit), and how each fractie voted (Stemming).
struct VoteResult {
    struct FractieVote {
        QString fractie; // "VVD"
        QString vote;    // "voor", "tegen", "niet deelgenomen"
        int seats = 0;   // the fractie's size on the day
    };

    QString outcome;     // "aangenomen", "verworpen", "aangehouden", "ingetrokken"; empty while undecided
    QString besluitText; // as the Kamer wrote it: "Aangenomen.", "Aangehouden (tijdens vergadering)."
    QString method;      // "Met handopsteken", "Hoofdelijk"
    QList<FractieVote> fracties;

    bool isEmpty() const { return outcome.isEmpty() && besluitText.isEmpty() && fracties.isEmpty(); }
    int seatsFor() const;
    int seatsAgainst() const;
    // {"outcome", "text", "method", "for", "against", "fracties": [{"fractie", "vote", "seats"}]}
    QJsonObject toJson() const;
    static VoteResult fromJson(const QJsonObject& o);
};

} // namespace kl
