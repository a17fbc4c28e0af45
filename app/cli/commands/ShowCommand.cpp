#include "Commands.h"

#include "JsonOutput.h"
#include "library/Library.h"

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
        const QJsonObject o = JsonOutput::shown(cli.library(), cli.annotations(), cli.links(), *letter);
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
