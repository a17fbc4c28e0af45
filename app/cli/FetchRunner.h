#pragma once

#include "fetch/FetchSummary.h"
#include "fetch/FetchTarget.h"
#include "library/FollowedDossier.h"

#include <QList>

namespace kl {

class CliContext;

// Runs a fetch or an update to its end, as the window's does in the background: a line per publication on
// standard output (failures on standard error), progress on a terminal, Ctrl+C cancels between requests.
class FetchRunner {
public:
    explicit FetchRunner(CliContext& cli);

    FetchSummary fetch(const QList<FetchTarget>& targets);
    FetchSummary update(const QList<FollowedDossier>& dossiers);
    // Lines per publication are left out (update --json prints the summary only).
    void setQuiet(bool quiet) { m_quiet = quiet; }
    // After update(): the register of toezeggingen could not be read for every dossier.
    bool toezeggingenFailed() const { return m_toezeggingenFailed; }

private:
    template <typename Start> FetchSummary run(Start start);

    CliContext& m_cli;
    bool m_quiet = false;
    bool m_toezeggingenFailed = false;
};

} // namespace kl
