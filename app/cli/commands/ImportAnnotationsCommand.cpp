#include "Commands.h"

#include "session/LibrarySession.h"

#include "export/PdfAnnotationImporter.h"

namespace kl {

namespace {

class ImportAnnotationsCommand final : public CliCommand {
public:
    ImportAnnotationsCommand()
        : CliCommand("import-annotations", "  import-annotations ID FILE.pdf      the highlights of a PDF (Acrobat, "
                                           "Okular, our export) as annotations\n")
    {
    }

    int run(CliContext& cli, const QStringList& args) override
    {
        if (args.size() != 2)
            return cli.usageError(QStringLiteral("import-annotations takes an ID and FILE.pdf"));
        const qint64 id = cli.openLetter(args.first());
        if (!id)
            return 1;
        // One undoable step of the session, as Import Annotations from PDF in the window.
        const Result<PdfAnnotationImporter::Result> imported = cli.session().importPdfAnnotations(id, args[1]);
        if (!imported) {
            cli.error(QStringLiteral("%1: %2").arg(args[1], imported.error().message()));
            return 1;
        }
        const PdfAnnotationImporter::Result& r = *imported;
        cli.out(QStringLiteral("imported   %1 annotation(s), %2 already there, %3 not found in the letter\n")
                    .arg(r.added)
                    .arg(r.duplicates)
                    .arg(r.unplaced));
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeImportAnnotationsCommand()
{
    return std::make_unique<ImportAnnotationsCommand>();
}

} // namespace kl
