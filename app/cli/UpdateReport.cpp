#include "UpdateReport.h"

#include "CliCommand.h"

#include <QJsonObject>

namespace kl {

void UpdateReport::print(const FetchSummary& summary)
{
    for (const FetchSummary::PerDossier& d : summary.dossiers)
        CliContext::out(QStringLiteral("%1  %2 new, %3 changed, %4 deleted, %5 failed%6\n")
                            .arg(d.dossier.display())
                            .arg(d.added)
                            .arg(d.changed)
                            .arg(d.withdrawn)
                            .arg(d.failed)
                            .arg(d.problem.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(d.problem)));
}

QJsonArray UpdateReport::json(const FetchSummary& summary)
{
    QJsonArray out;
    for (int i = 0; i < summary.dossiers.size(); ++i) {
        const FetchSummary::PerDossier& d = summary.dossiers[i];
        QJsonArray failures;
        for (const FetchOutcome& o : summary.outcomes)
            if (o.dossier == i && o.status == FetchOutcome::Failed)
                failures.append(QJsonObject{{"id", o.label}, {"message", o.message}});
        out.append(QJsonObject{{"dossier", d.dossier.display()},
                               {"new", d.added},
                               {"changed", d.changed},
                               {"deleted", d.withdrawn},
                               {"failed", d.failed},
                               {"problem", d.problem.isEmpty() ? QJsonValue() : QJsonValue(d.problem)},
                               {"failures", failures},
                               {"cancelled", summary.cancelled}});
    }
    return out;
}

} // namespace kl
