#include "Commands.h"

#include "annotations/AnnotationColor.h"
#include "export/AnnotatedPdfExporter.h"

namespace kl {

namespace {

class ExportPdfCommand final : public CliCommand {
public:
    ExportPdfCommand()
        : CliCommand("export-pdf",
                     "  export-pdf ID OUT.pdf [--no-notes] [--color NAME]... [--tag TAG]...\n"
                     "                                      the letter as a PDF with its annotations as real PDF "
                     "annotations\n",
                     {{QStringLiteral("no-notes"), QStringLiteral("Leave the notes out of the PDF.")},
                      CliOptions::color("Only annotations of this colour (repeatable)."),
                      CliOptions::tag("Only annotations with this tag (repeatable).")})
    {
    }

    int run(CliContext& cli, const QStringList& args) override
    {
        if (args.size() != 2)
            return cli.usageError(QStringLiteral("export-pdf takes an ID and OUT.pdf"));
        const qint64 id = cli.openLetter(args.first());
        if (!id)
            return 1;
        AnnotatedPdfOptions options;
        options.includeNotes = !cli.isSet("no-notes");
        for (const QString& c : cli.values("color"))
            options.colors.append(AnnotationColor::normalized(c));
        options.tags = cli.values("tag");
        options.author = qEnvironmentVariable("USER");
        QString why;
        const int written =
            AnnotatedPdfExporter::exportLetter(cli.library(), cli.annotations(), id, args[1], options, &why);
        if (written < 0) {
            cli.error(QStringLiteral("%1: %2").arg(args.first(), why));
            return 1;
        }
        cli.out(QStringLiteral("exported   %1  %2 annotation(s)  %3\n").arg(args.first()).arg(written).arg(args[1]));
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeExportPdfCommand()
{
    return std::make_unique<ExportPdfCommand>();
}

} // namespace kl
