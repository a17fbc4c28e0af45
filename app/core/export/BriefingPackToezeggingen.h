#pragma once

#include "BriefingPackContent.h"
#include "BriefingPackFlow.h"

#include <QCoreApplication>

namespace kl {

// Writes a briefing pack's section "Open toezeggingen": per dossier of the pack's letters, the commitments not yet
// kept, by deadline, each with its state, who made it and where (a letter of the pack by its page, another letter,
// or the register's number and debate).
class BriefingPackToezeggingen {
    Q_DECLARE_TR_FUNCTIONS(kl::BriefingPackBuilder)

public:
    static void write(const BriefingPackContent& content, BriefingPackFlow& flow);
    static QString anchor() { return QStringLiteral("toezeggingen"); }
};

} // namespace kl
