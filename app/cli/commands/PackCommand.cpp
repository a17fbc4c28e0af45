#include "Commands.h"

#include "export/BriefingPackBuilder.h"
#include "library/Library.h"

namespace kl {

namespace {

class PackCommand final : public CliCommand {
public:
    PackCommand()
        : CliCommand(
              "pack",
              "  pack (ID... | --dossier NUMBER) --output OUT.pdf [--title TEXT] [--marking TEXT] [--organisation "
              "TEXT]\n"
              "       [--body text|pages|none]       a briefing pack: cover, contents, excerpts with notes, the "
              "letters,\n"
              "                                      and an index of the cross-references\n",
              {CliOptions::dossier(),
               CliOptions::output("Write the PDF to FILE."),
               {QStringLiteral("title"), QStringLiteral("Title of the briefing pack."), QStringLiteral("TEXT")},
               {QStringLiteral("marking"), QStringLiteral("Marking on every page (Intern, ...)."),
                QStringLiteral("TEXT")},
               {QStringLiteral("organisation"), QStringLiteral("Organisation on the cover."), QStringLiteral("TEXT")},
               {QStringLiteral("body"), QStringLiteral("After the excerpts: text, pages or none."),
                QStringLiteral("BODY"), QStringLiteral("text")}})
    {
    }

    int run(CliContext& cli, const QStringList& args) override
    {
        const bool byDossier = cli.isSet("dossier");
        if ((byDossier == !args.isEmpty()) || !cli.isSet("output"))
            return cli.usageError(QStringLiteral("pack takes IDs or --dossier NUMBER, and --output OUT.pdf"));
        const QString body = cli.value("body");
        if (body != QLatin1String("text") && body != QLatin1String("pages") && body != QLatin1String("none"))
            return cli.usageError(QStringLiteral("--body takes text, pages or none"));
        if (!cli.openLibrary())
            return 1;
        BriefingPack p;
        if (byDossier) {
            for (const LetterRecord& l : cli.library().letters(cli.value("dossier")))
                p.letterIds.append(l.id);
            if (p.letterIds.isEmpty()) {
                cli.error(QStringLiteral("dossier %1: no letters in the library").arg(cli.value("dossier")));
                return 1;
            }
        }
        for (const QString& a : args) {
            const qint64 id = cli.letterArgument(a);
            if (!id)
                return 1;
            p.letterIds.append(id);
        }
        p.title = cli.isSet("title") ? cli.value("title") : BriefingPack::defaultTitle();
        p.marking = cli.value("marking");
        p.organisation = cli.value("organisation");
        p.body = body == QLatin1String("pages")  ? BriefingPack::OriginalPages
                 : body == QLatin1String("none") ? BriefingPack::NoBody
                                                 : BriefingPack::FullText;
        BriefingPackBuilder builder(cli.library(), p);
        const bool terminal = CliContext::stderrIsTerminal();
        if (terminal)
            builder.setProgress([](int current, int total) {
                CliContext::err(QStringLiteral("\r\033[Kpage %1 of %2").arg(current).arg(total));
            });
        QString why;
        const auto result = builder.writePdf(cli.value("output"), &why);
        if (terminal)
            CliContext::err(QStringLiteral("\r\033[K"));
        if (result != BriefingPackBuilder::Done) {
            cli.error(QStringLiteral("%1: %2").arg(cli.value("output"), why));
            return 1;
        }
        cli.out(QStringLiteral("packed     %1 letter(s), %2 pages  %3\n")
                    .arg(p.letterIds.size())
                    .arg(builder.pageCount())
                    .arg(cli.value("output")));
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makePackCommand()
{
    return std::make_unique<PackCommand>();
}

} // namespace kl
