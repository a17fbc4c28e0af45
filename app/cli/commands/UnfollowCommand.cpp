#include "Commands.h"

#include "library/FollowedDossiers.h"
#include "library/Library.h"

namespace kl {

namespace {

// Stops following a dossier; its letters and their annotations stay.
class UnfollowCommand final : public CliCommand {
public:
    UnfollowCommand()
        : CliCommand("unfollow", "  unfollow DOSSIER                    stop following it (its letters stay)\n")
    {
    }

    int run(CliContext& cli, const QStringList& args) override
    {
        const std::optional<Dossier> dossier = FollowedDossiers::parse(args.join(QLatin1Char(' ')));
        if (args.isEmpty() || !dossier)
            return cli.usageError(QStringLiteral("unfollow takes a dossier number: 19637, \"36600 VI\""));
        if (!cli.openLibrary())
            return 1;
        QString error;
        if (!FollowedDossiers(cli.library()).unfollow(*dossier, &error)) {
            cli.error(error);
            return 1;
        }
        cli.out(QStringLiteral("no longer following %1\n").arg(dossier->display()));
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeUnfollowCommand()
{
    return std::make_unique<UnfollowCommand>();
}

} // namespace kl
