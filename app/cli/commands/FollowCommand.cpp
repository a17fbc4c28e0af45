#include "Commands.h"

#include "FetchRunner.h"
#include "UpdateReport.h"
#include "library/FollowedDossiers.h"

namespace kl {

namespace {

// Follows a dossier and fetches all of it once (unless --no-fetch).
class FollowCommand final : public CliCommand {
public:
    FollowCommand()
        : CliCommand("follow",
                     "  follow DOSSIER [--no-fetch]         follow a dossier (19637, \"36600 VI\"): "
                     "fetch all of it, then what is new at each update\n",
                     {QCommandLineOption(QStringLiteral("no-fetch"), QStringLiteral("Only add it to the list."))})
    {
    }

    int run(CliContext& cli, const QStringList& args) override
    {
        const std::optional<Dossier> dossier = FollowedDossiers::parse(args.join(QLatin1Char(' ')));
        if (args.isEmpty() || !dossier)
            return cli.usageError(QStringLiteral("follow takes a dossier number: 19637, \"36600 VI\""));
        if (!cli.openLibrary())
            return 1;
        FollowedDossiers followed(cli.library());
        QString error;
        if (followed.follow(*dossier, &error) == 0) {
            cli.error(error);
            return 1;
        }
        cli.out(QStringLiteral("following %1\n").arg(dossier->display()));
        if (cli.isSet("no-fetch"))
            return 0;
        const FetchSummary summary = FetchRunner(cli).update({*followed.find(*dossier)});
        UpdateReport::print(summary);
        return summary.failed() ? 1 : 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeFollowCommand()
{
    return std::make_unique<FollowCommand>();
}

} // namespace kl
