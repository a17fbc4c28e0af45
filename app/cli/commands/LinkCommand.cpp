#include "Commands.h"

#include "links/LinkStore.h"
#include "session/LibrarySession.h"
#include "session/PassageLocator.h"

namespace kl {

namespace {

class LinkCommand final : public CliCommand {
public:
    LinkCommand()
        : CliCommand("link",
                     "  link ID --quote TEXT --to ID2 [--to-quote TEXT] [--note TEXT]\n"
                     "                                      a cross-reference from a passage to another letter (or a "
                     "passage in it)\n",
                     {CliOptions::quote("The passage linked from."),
                      {QStringLiteral("to"), QStringLiteral("The letter linked to."), QStringLiteral("ID2")},
                      {QStringLiteral("to-quote"), QStringLiteral("The passage linked to."), QStringLiteral("TEXT")},
                      CliOptions::note()})
    {
    }

    int run(CliContext& cli, const QStringList& args) override
    {
        if (args.size() != 1 || !cli.isSet("quote") || !cli.isSet("to"))
            return cli.usageError(QStringLiteral("link takes one ID, --quote TEXT and --to ID2"));
        const qint64 from = cli.openLetter(args.first());
        const QString toName = cli.value("to");
        const qint64 to = from ? cli.letterArgument(toName) : 0;
        if (!from || !to)
            return 1;
        // Both ends are found by the session's PassageLocator, as the window finds them.
        const Result<Passage> fromPassage = cli.session().passages().find(from, cli.value("quote"));
        if (!fromPassage) {
            cli.error(QStringLiteral("%1: %2").arg(args.first(), fromPassage.error().message()));
            return 1;
        }
        Result<qint64> made = qint64(0);
        if (cli.isSet("to-quote")) {
            const Result<Passage> toPassage = cli.session().passages().find(to, cli.value("to-quote"));
            if (!toPassage) {
                cli.error(QStringLiteral("%1: %2").arg(toName, toPassage.error().message()));
                return 1;
            }
            made = cli.session().linkPassages(*fromPassage, *toPassage, cli.value("note"));
        } else {
            made = cli.session().link(*fromPassage, to, QString(), cli.value("note"));
        }
        if (!made) {
            cli.error(QStringLiteral("%1: %2").arg(args.first(), made.error().message()));
            return 1;
        }
        cli.out(QStringLiteral("linked     %1 -> %2  link %3\n").arg(args.first(), toName).arg(*made));
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeLinkCommand()
{
    return std::make_unique<LinkCommand>();
}

} // namespace kl
