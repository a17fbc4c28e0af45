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
        QString why;
        const PdfAnnotationImporter::Result r = importInto(cli, id, args[1], &why);
        if (!why.isEmpty()) {
            cli.error(QStringLiteral("%1: %2").arg(args[1], why));
            return 1;
        }
        cli.out(QStringLiteral("imported   %1 annotation(s), %2 already there, %3 not found in the letter\n")
                    .arg(r.added)
                    .arg(r.duplicates)
                    .arg(r.unplaced));
        return 0;
    }

private:
    // The edit itself: one undoable step of the session.
    static PdfAnnotationImporter::Result importInto(CliContext& cli, qint64 letterId, const QString& pdf, QString* why)
    {
        const Result<PdfAnnotationImporter::Result> r = cli.session().importPdfAnnotations(letterId, pdf);
        if (!r)
            *why = r.error().message();
        return r ? *r : PdfAnnotationImporter::Result{};
    }
};

} // namespace

std::unique_ptr<CliCommand> makeImportAnnotationsCommand()
{
    return std::make_unique<ImportAnnotationsCommand>();
}

} // namespace kl
