#include "Commands.h"
#include "base/BoundedFile.h"

#include "session/LibrarySession.h"

#include "export/W3cAnnotations.h"

namespace kl {

namespace {

class ImportNotesCommand final : public CliCommand {
public:
    ImportNotesCommand()
        : CliCommand(
              "import-notes",
              "  import-notes FILE                   W3C JSON written by export-notes, anchored in this library\n")
    {
    }

    int run(CliContext& cli, const QStringList& args) override
    {
        if (args.size() != 1)
            return cli.usageError(QStringLiteral("import-notes takes one FILE"));
        // W3C JSON of a whole library is megabytes; more than 64 MB is not a notes file.
        const Result<QByteArray> bytes = BoundedFile::read(args.first(), 64 * 1024 * 1024);
        if (!bytes) {
            cli.error(QStringLiteral("%1: %2").arg(args.first(), bytes.error().message()));
            return 1;
        }
        if (!cli.openLibrary())
            return 1;
        // One undoable step of the session, as Import Notes in the window.
        const Result<W3cAnnotations::ImportResult> imported = cli.session().importW3c(*bytes);
        if (!imported) {
            cli.error(QStringLiteral("%1: %2").arg(args.first(), imported.error().message()));
            return 1;
        }
        const W3cAnnotations::ImportResult& r = *imported;
        for (const QString& p : r.problems)
            cli.error(QStringLiteral("%1: %2").arg(args.first(), p));
        cli.out(QStringLiteral(
                    "imported   %1 annotation(s), %2 already there, %3 not found in the text (kept, to re-attach)\n")
                    .arg(r.added)
                    .arg(r.duplicates)
                    .arg(r.orphans));
        return r.problems.isEmpty() ? 0 : 1;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeImportNotesCommand()
{
    return std::make_unique<ImportNotesCommand>();
}

} // namespace kl
