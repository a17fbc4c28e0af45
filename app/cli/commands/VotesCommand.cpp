#include "Commands.h"

#include "JsonOutput.h"
#include "fetch/VoteFetch.h"
#include "library/Library.h"
#include "library/OfficialStore.h"

#include <QEventLoop>

namespace kl {

namespace {

// How the Kamer voted on a motie or amendement: the outcome, and per fractie for or against with its seats.
class VotesCommand final : public CliCommand {
public:
    VotesCommand()
        : CliCommand("votes",
                     "  votes ID [--json] [--refresh]       how the Kamer voted on a motie: outcome, per "
                     "fractie for/against\n",
                     {CliOptions::json(),
                      QCommandLineOption(QStringLiteral("refresh"), QStringLiteral("Ask the Tweede Kamer again."))})
    {
    }

    int run(CliContext& cli, const QStringList& args) override
    {
        if (args.size() != 1)
            return cli.usageError(QStringLiteral("votes takes one ID"));
        const qint64 id = cli.openLetter(args.first());
        if (!id)
            return 1;
        VoteResult votes;
        for (const OfficialSource& s : OfficialStore(cli.library()).sources(id))
            if (!s.record.votes.isEmpty())
                votes = s.record.votes;
        if (votes.isEmpty() || cli.isSet("refresh")) {
            VoteFetch fetch(cli.library(), FetchSources::current());
            QEventLoop loop;
            QObject::connect(&fetch, &VoteFetch::finished, &loop, &QEventLoop::quit);
            if (fetch.start(id)) {
                loop.exec();
                if (!fetch.error().isEmpty()) {
                    cli.error(QStringLiteral("%1: Tweede Kamer open data: %2").arg(args.first(), fetch.error()));
                    return 1;
                }
                votes = fetch.result();
            }
        }
        if (cli.isSet("json")) {
            cli.out(QString::fromUtf8(
                JsonOutput::print(votes.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(votes.toJson()))));
            return 0;
        }
        if (votes.isEmpty()) {
            cli.out(QStringLiteral("no vote known\n"));
            return 0;
        }
        cli.out(QStringLiteral("%1 (%2 for, %3 against)%4\n")
                    .arg(votes.outcome.isEmpty() ? votes.besluitText : votes.outcome)
                    .arg(votes.seatsFor())
                    .arg(votes.seatsAgainst())
                    .arg(votes.method.isEmpty() ? QString() : QStringLiteral(", ") + votes.method.toLower()));
        for (const VoteResult::FractieVote& f : votes.fracties)
            cli.out(QStringLiteral("  %1 %2 (%3)\n").arg(f.fractie.leftJustified(18), f.vote).arg(f.seats));
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeVotesCommand()
{
    return std::make_unique<VotesCommand>();
}

} // namespace kl
