#include "Commands.h"

#include "annotations/NotesExporter.h"
#include "export/W3cAnnotations.h"
#include "library/Library.h"

#include <QSaveFile>

#include <cstdio>

namespace kl {

namespace {

class ExportNotesCommand final : public CliCommand {
public:
    ExportNotesCommand()
        : CliCommand("export-notes",
                     "  export-notes (ID | --dossier NUMBER) [--format markdown|w3c] [--output FILE]\n"
                     "                                      the annotations: a Markdown briefing, or W3C Web "
                     "Annotation JSON-LD\n",
                     {CliOptions::dossier(),
                      {QStringLiteral("format"), QStringLiteral("Output format: markdown or w3c."),
                       QStringLiteral("FORMAT"), QStringLiteral("markdown")},
                      CliOptions::output("Write to FILE.")})
    {
    }

    int run(CliContext& cli, const QStringList& args) override
    {
        const bool byDossier = cli.isSet("dossier");
        if (byDossier == (args.size() == 1) || args.size() > 1)
            return cli.usageError(QStringLiteral("export-notes takes one ID or --dossier NUMBER"));
        const QString format = cli.value("format");
        if (format != QLatin1String("markdown") && format != QLatin1String("w3c"))
            return cli.usageError(QStringLiteral("unknown format '%1' (markdown or w3c)").arg(format));
        if (!cli.openLibrary())
            return 1;
        QList<qint64> ids;
        if (byDossier) {
            for (const LetterRecord& l : cli.library().letters(cli.value("dossier")))
                ids.append(l.id);
            if (ids.isEmpty()) {
                cli.error(QStringLiteral("dossier %1: no letters in the library").arg(cli.value("dossier")));
                return 1;
            }
        } else {
            const qint64 id = cli.letterArgument(args.first());
            if (!id)
                return 1;
            ids.append(id);
        }
        const QByteArray bytes = format == QLatin1String("w3c")
                                     ? W3cAnnotations::write(cli.library(), cli.annotations(), ids)
                                     : NotesExporter::markdown(cli.library(), cli.annotations(), ids).toUtf8();
        return write(cli, bytes) ? 0 : 1;
    }

private:
    static bool write(CliContext& cli, const QByteArray& bytes)
    {
        if (!cli.isSet("output")) {
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
            return true;
        }
        QSaveFile file(cli.value("output"));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            cli.error(QStringLiteral("%1: cannot write: %2").arg(file.fileName(), file.errorString()));
            return false;
        }
        return true;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeExportNotesCommand()
{
    return std::make_unique<ExportNotesCommand>();
}

} // namespace kl
