#pragma once

#include "document/VoteResult.h"

#include <QJsonArray>

namespace kl {

// The outcome of a motie from the Besluit rows on its Zaak (with Stemming expanded): the decisive Besluit
// (a vote over one that was put off), and per fractie how it voted with its seats. Stemming rows may come twice,
// or be marked a mistake (Vergissing); a hoofdelijke stemming has a row a member.
class TkVotesReader {
public:
    static VoteResult read(const QJsonArray& besluiten);
    // The same from an OData page of Besluit rows, as the service sends it.
    static VoteResult readPage(const QByteArray& json);
    // "Stemmen - aangenomen" -> "aangenomen", "Aangehouden (tijdens vergadering)" -> "aangehouden", ...
    static QString outcomeOf(const QString& besluitSoort);
};

} // namespace kl
