#include "Commands.h"

#include "FetchRunner.h"

namespace kl {

namespace {

// Fetches publications by id, document number or address, with their official metadata.
class FetchCommand final : public CliCommand {
public:
    FetchCommand()
        : CliCommand("fetch", "  fetch ID|URL...                     publications from the official sources, with "
                              "their official metadata\n")
    {
    }

    int run(CliContext& cli, const QStringList& args) override
    {
        if (args.isEmpty())
            return cli.usageError(QStringLiteral("fetch needs a publication id, a document number or an address"));
        QList<FetchTarget> targets;
        for (const QString& arg : args) {
            const FetchTarget t = FetchTarget::parse(arg);
            if (!t.isValid())
                return cli.usageError(QStringLiteral("%1 is not a publication id (kst-19637-3274, "
                                                     "ah-tk-20232024-1234), a document number (2024D40329) or an "
                                                     "address of one")
                                          .arg(arg));
            targets.append(t);
        }
        if (!cli.openLibrary())
            return 1;
        const FetchSummary summary = FetchRunner(cli).fetch(targets);
        for (const FetchOutcome& o : summary.outcomes)
            if (o.status == FetchOutcome::Unchanged)
                cli.out(QStringLiteral("%1: already in the library (letter %2)\n").arg(o.label).arg(o.letterId));
        return summary.failed() ? 1 : 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeFetchCommand()
{
    return std::make_unique<FetchCommand>();
}

} // namespace kl
