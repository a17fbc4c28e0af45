#include "Commands.h"

#include "library/FollowedDossiers.h"
#include "library/Library.h"
#include "metadata/DocumentKind.h"
#include "session/LibrarySession.h"

namespace kl {

namespace {

QCommandLineOption valueOption(const char* name, const char* description, const char* valueName)
{
    return QCommandLineOption(QLatin1String(name), QLatin1String(description), QLatin1String(valueName));
}

// Corrects a letter's description by hand, as the window's Edit Details does: one undoable edit.
class EditCommand final : public CliCommand {
public:
    EditCommand()
        : CliCommand("edit",
                     "  edit ID [--title T] [--kind K] [--date YYYY-MM-DD] [--dossier \"N [ADDITION]\"] [--number N] "
                     "[--sender S]\n                                      correct a letter's description\n",
                     {valueOption("title", "The title.", "T"),
                      valueOption("kind", "The kind (brief, motie, ...).", "K"),
                      valueOption("date", "The date, YYYY-MM-DD.", "DATE"),
                      valueOption("dossier", "The dossier: 19637, \"36600 VI\".", "DOSSIER"),
                      valueOption("number", "The ondernummer.", "N"), valueOption("sender", "The sender.", "S")})
    {
    }

    int run(CliContext& cli, const QStringList& args) override
    {
        if (args.size() != 1)
            return cli.usageError(QStringLiteral("edit takes one ID"));
        bool any = false;
        for (const char* option : {"title", "kind", "date", "dossier", "number", "sender"})
            any = any || cli.isSet(option);
        if (!any)
            return cli.usageError(QStringLiteral("edit needs at least one of --title, --kind, --date, --dossier, "
                                                 "--number, --sender"));
        if (cli.isSet("kind") && !DocumentKind::all().contains(cli.value("kind")))
            return cli.usageError(
                QStringLiteral("--kind must be one of: %1").arg(DocumentKind::all().join(QStringLiteral(", "))));
        const QDate date = QDate::fromString(cli.value("date"), Qt::ISODate);
        if (cli.isSet("date") && !date.isValid())
            return cli.usageError(QStringLiteral("--date must be a date as YYYY-MM-DD"));
        const std::optional<Dossier> dossier = FollowedDossiers::parse(cli.value("dossier"));
        if (cli.isSet("dossier") && !dossier)
            return cli.usageError(QStringLiteral("--dossier must be a dossier number: 19637, \"36600 VI\""));
        const qint64 id = cli.openLetter(args.first());
        const std::optional<LetterRecord> letter = id ? cli.library().letter(id) : std::nullopt;
        if (!letter)
            return 1;
        DocumentMetadata m = letter->metadata;
        if (cli.isSet("title")) {
            m.title = cli.value("title").simplified();
            m.readableTitle.clear(); // the user's title is shown as written
        }
        if (cli.isSet("kind"))
            m.kind = cli.value("kind");
        if (cli.isSet("date"))
            m.date = date;
        if (cli.isSet("dossier")) {
            Dossier d = *dossier;
            for (const Dossier& had : m.dossiers)
                if (had == d)
                    d.title = had.title;
            m.dossiers = {d};
        }
        if (cli.isSet("number"))
            m.ondernummer = cli.value("number").trimmed();
        if (cli.isSet("sender"))
            m.sender = cli.value("sender").simplified();
        if (const Result<void> r = cli.session().editMetadata(id, m); !r) {
            cli.error(QStringLiteral("%1: %2").arg(args.first(), r.error().detail()));
            return 1;
        }
        cli.out(QStringLiteral("edited letter %1\n").arg(id));
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeEditCommand()
{
    return std::make_unique<EditCommand>();
}

} // namespace kl
