#pragma once

#include "VoteResult.h"

#include <QCoreApplication>
#include <QString>

namespace kl {

// The words a reader sees for what the official sources say: the sources' names, a vote's outcome, the fracties
// that voted one way. Shared by the Details dock and the briefing packs, so both say it alike; the core keeps
// only the stable identifiers ("tk", "aangenomen", "voor").
class OfficialNames {
    Q_DECLARE_TR_FUNCTIONS(kl::OfficialNames)

public:
    // "Tweede Kamer open data", "KOOP (officiële publicaties)"; an unknown source as it is written.
    static QString source(const QString& source);
    // "Adopted", "Rejected", "Held over", "Withdrawn"; an unknown outcome as the Kamer wrote its decision.
    static QString outcome(const VoteResult& votes);
    // How the Kamer voted: "by show of hands", "by roll call"; an unknown method as the Kamer wrote it.
    static QString method(const VoteResult& votes);
    // The seats: "110 for, 40 against"; empty when no fractie's vote is known.
    static QString seats(const VoteResult& votes);
    // The fracties that voted `vote` ("voor", "tegen", or anything else for the rest), the largest first:
    // "GroenLinks-PvdA (25), VVD (24), NSC (19)".
    static QString fracties(const VoteResult& votes, const QString& vote);
};

} // namespace kl
