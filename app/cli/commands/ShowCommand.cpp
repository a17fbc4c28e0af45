#include "Commands.h"

#include "JsonOutput.h"
#include "library/Library.h"
#include "library/OfficialStore.h"

namespace kl {

namespace {

class ShowCommand final : public CliCommand {
public:
    ShowCommand()
        : CliCommand("show", "  show ID [--json]                    one letter: metadata, references, backlinks\n",
                     {CliOptions::json()})
    {
    }

    int run(CliContext& cli, const QStringList& args) override
    {
        if (args.size() != 1)
            return cli.usageError(QStringLiteral("show takes one ID"));
        const qint64 id = cli.openLetter(args.first());
        const std::optional<LetterRecord> letter = id ? cli.library().letter(id) : std::nullopt;
        if (!letter)
            return 1;
        QJsonObject o = JsonOutput::shown(cli.library(), cli.annotations(), cli.links(), *letter);
        const QList<OfficialSource> sources = OfficialStore(cli.library()).sources(id);
        o.insert(QStringLiteral("official"), JsonOutput::official(sources));
        o.insert(QStringLiteral("votes"), JsonOutput::votes(sources));
        if (cli.isSet("json")) {
            cli.out(QString::fromUtf8(JsonOutput::print(o)));
            return 0;
        }
        const DocumentMetadata& m = letter->metadata;
        cli.out(QStringLiteral("%1\n").arg(letter->displayTitle()));
        if (!m.citation().isEmpty())
            cli.out(QStringLiteral("%1\n").arg(m.citation()));
        for (const Dossier& d : m.dossiers)
            cli.out(QStringLiteral("dossier     %1 %2\n").arg(d.display(), d.title));
        cli.out(QStringLiteral("kind        %1\ndate        %2\nsender      %3\nsignatory   %4\n")
                    .arg(m.kind, m.date.toString(Qt::ISODate), m.sender, m.signatory));
        for (const RenditionRecord& r : letter->renditions)
            cli.out(QStringLiteral("rendition   %1, %2 pages, %3%4\n")
                        .arg(r.format)
                        .arg(r.pages)
                        .arg(r.originalName, r.textSource == QLatin1String("ocr") ? QStringLiteral(", text by OCR")
                                             : r.ocrState == QLatin1String("pending")
                                                 ? QStringLiteral(", waiting for OCR")
                                             : r.ocrState == QLatin1String("failed") ? QStringLiteral(", OCR failed")
                                                                                     : QString()));
        for (const OfficialSource& s : sources)
            cli.out(
                QStringLiteral("official    %1%2%3\n")
                    .arg(s.record.source == QLatin1String("tk") ? QStringLiteral("Tweede Kamer open data")
                                                                : QStringLiteral("KOOP"),
                         s.record.documentNumber.isEmpty() ? QString() : QStringLiteral(" ") + s.record.documentNumber,
                         s.record.deleted ? QStringLiteral(", withdrawn by the source") : QString()));
        if (const QJsonValue v = o.value(QStringLiteral("votes")); v.isObject())
            cli.out(QStringLiteral("votes       %1 (%2 for, %3 against)\n")
                        .arg(v[QLatin1String("outcome")].toString())
                        .arg(v[QLatin1String("for")].toInt())
                        .arg(v[QLatin1String("against")].toInt()));
        cli.out(QStringLiteral("references  %1\nbacklinks   %2\n")
                    .arg(o.value(QStringLiteral("references")).toArray().size())
                    .arg(o.value(QStringLiteral("backlinks")).toArray().size()));
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeShowCommand()
{
    return std::make_unique<ShowCommand>();
}

} // namespace kl
