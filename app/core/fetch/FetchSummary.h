#pragma once

#include "document/Dossier.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kl {

// What one fetched publication came to.
struct FetchOutcome {
    enum Status { Added, Changed, Unchanged, Withdrawn, Skipped, Failed };
    Status status = Failed;
    QString label; // "kst-19637-3185", "2023D51190"
    qint64 letterId = 0;
    QString message;  // for Failed and Skipped: why
    int dossier = -1; // index into FetchSummary::dossiers, -1 when fetched by id
};

// What a fetch or an update did, per followed dossier and in all.
struct FetchSummary {
    struct PerDossier {
        Dossier dossier;
        int added = 0;
        int changed = 0;
        int withdrawn = 0;
        int failed = 0;
        QString problem; // a source that could not be asked; empty when both answered
    };

    QList<PerDossier> dossiers;
    QList<FetchOutcome> outcomes;
    QStringList problems; // sources that could not be asked at all
    bool cancelled = false;

    int count(FetchOutcome::Status status) const
    {
        int n = 0;
        for (const FetchOutcome& o : outcomes)
            n += o.status == status;
        return n;
    }
    bool failed() const
    {
        bool problem = !problems.isEmpty();
        for (const PerDossier& d : dossiers)
            problem = problem || !d.problem.isEmpty();
        return cancelled || problem || count(FetchOutcome::Failed) > 0;
    }
};

} // namespace kl
