#include "Commands.h"

#include "annotations/QuoteAnnotator.h"
#include "links/LinkStore.h"

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
        QString why;
        const Annotation fromPassage = QuoteAnnotator::fromQuote(cli.library(), from, cli.value("quote"), 1, &why);
        if (!why.isEmpty()) {
            cli.error(QStringLiteral("%1: %2").arg(args.first(), why));
            return 1;
        }
        Link l;
        l.fromLetter = from;
        l.fromRendition = fromPassage.renditionId;
        l.from = fromPassage.anchor;
        l.toLetter = to;
        if (cli.isSet("to-quote")) {
            const Annotation toPassage = QuoteAnnotator::fromQuote(cli.library(), to, cli.value("to-quote"), 1, &why);
            if (!why.isEmpty()) {
                cli.error(QStringLiteral("%1: %2").arg(toName, why));
                return 1;
            }
            l.toRendition = toPassage.renditionId;
            l.to = toPassage.anchor;
        }
        l.note = cli.value("note");
        if (!store(cli, l, &why)) {
            cli.error(QStringLiteral("%1: cannot store the cross-reference: %2").arg(args.first(), why));
            return 1;
        }
        cli.out(QStringLiteral("linked     %1 -> %2  link %3\n").arg(args.first(), toName).arg(l.id));
        return 0;
    }

private:
    // The edit itself; sets the link's id.
    static bool store(CliContext& cli, Link& l, QString* why) { return cli.links().add(l, why); }
};

} // namespace

std::unique_ptr<CliCommand> makeLinkCommand()
{
    return std::make_unique<LinkCommand>();
}

} // namespace kl
