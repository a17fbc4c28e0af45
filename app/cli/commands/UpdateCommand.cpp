#include "Commands.h"

#include "FetchRunner.h"
#include "JsonOutput.h"
#include "UpdateReport.h"
#include "library/FollowedDossiers.h"
#include "library/Library.h"

namespace kl {

namespace {

// Fetches what is new, changed or withdrawn in every followed dossier since the last update.
class UpdateCommand final : public CliCommand {
public:
    UpdateCommand()
        : CliCommand("update",
                     "  update [--json]                     fetch what is new in the followed dossiers: "
                     "per dossier new, changed, deleted, failed\n",
                     {CliOptions::json()})
    {
    }

    int run(CliContext& cli, const QStringList& args) override
    {
        if (!args.isEmpty())
            return cli.usageError(QStringLiteral("update takes no arguments"));
        if (!cli.openLibrary())
            return 1;
        const QList<FollowedDossier> all = FollowedDossiers(cli.library()).all();
        if (all.isEmpty()) {
            if (cli.isSet("json"))
                cli.out(QStringLiteral("[]\n"));
            else
                cli.out(QStringLiteral("no dossiers are followed (kamerlezer-cli follow DOSSIER)\n"));
            return 0;
        }
        FetchRunner runner(cli);
        runner.setQuiet(cli.isSet("json"));
        const FetchSummary summary = runner.update(all);
        if (cli.isSet("json"))
            cli.out(QString::fromUtf8(JsonOutput::print(UpdateReport::json(summary))));
        else
            UpdateReport::print(summary);
        return summary.failed() || runner.toezeggingenFailed() ? 1 : 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeUpdateCommand()
{
    return std::make_unique<UpdateCommand>();
}

} // namespace kl
