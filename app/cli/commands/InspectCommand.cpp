#include "Commands.h"

#include "JsonOutput.h"
#include "import/DocumentReader.h"
#include "ocr/PdfOcr.h"

namespace kl {

namespace {

class InspectCommand final : public CliCommand {
public:
    InspectCommand()
        : CliCommand(
              "inspect",
              "  inspect FILE [--json|--text]        read a file without storing it: metadata and references\n",
              {CliOptions::json(),
               QCommandLineOption(QStringLiteral("text"),
                                  QStringLiteral("Print the text as read (OCR included), pages apart by form feeds."))})
    {
    }

    int run(CliContext& cli, const QStringList& args) override
    {
        if (args.size() != 1)
            return cli.usageError(QStringLiteral("inspect takes one FILE"));
        DocumentReader::FileRead read = DocumentReader::readFile(args.first());
        if (!read.result.ok()) {
            cli.error(QStringLiteral("%1: %2").arg(args.first(), read.result.error));
            return 1;
        }
        // Scanned pages are read with OCR before the answer, so what is printed is what an import will store.
        PdfOcr::recognizeNow(read.bytes, read.result.document);
        const ImportedDocument& doc = read.result.document;
        for (const QString& warning : doc.warnings)
            cli.error(QStringLiteral("%1: warning: %2").arg(args.first(), warning));
        if (cli.isSet("text")) {
            cli.out(doc.fullText() + QLatin1Char('\n'));
            return 0;
        }
        if (cli.isSet("json")) {
            cli.out(QString::fromUtf8(JsonOutput::print(JsonOutput::inspected(doc))));
            return 0;
        }
        const QJsonObject o = JsonOutput::inspected(doc);
        for (const char* key : {"kstId", "citation", "kind", "title", "date", "sender", "signatory", "vergaderjaar",
                                "chamber", "ondernummer", "namedAs", "format", "pages", "textSource"}) {
            const QJsonValue v = o.value(QLatin1String(key));
            cli.out(QStringLiteral("%1: %2\n")
                        .arg(QLatin1String(key), -13)
                        .arg(v.isNull() ? QStringLiteral("-") : v.toVariant().toString()));
        }
        for (const Dossier& d : doc.metadata.dossiers)
            cli.out(QStringLiteral("%1: %2 %3\n").arg(QStringLiteral("dossier"), -13).arg(d.display(), d.title));
        cli.out(QStringLiteral("%1: %2\n").arg(QStringLiteral("references"), -13).arg(doc.references.size()));
        for (const Reference& r : doc.references)
            cli.out(QStringLiteral("  %1  %2\n").arg(r.target, -28).arg(r.text.simplified()));
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeInspectCommand()
{
    return std::make_unique<InspectCommand>();
}

} // namespace kl
