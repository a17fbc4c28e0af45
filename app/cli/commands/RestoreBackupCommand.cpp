#include "Commands.h"

#include "library/LibraryBackups.h"

#include <QDateTime>

namespace kl {

namespace {

// Puts a backup in the place of the library's database; the database it replaces is moved aside, not deleted.
class RestoreBackupCommand final : public CliCommand {
public:
    RestoreBackupCommand()
        : CliCommand("restore-backup",
                     "  restore-backup [FILE]               put the newest backup (or FILE) in place of the\n"
                     "                                      library's database, which is kept aside\n")
    {
    }

    int run(CliContext& cli, const QStringList& args) override
    {
        if (args.size() > 1)
            return cli.usageError(QStringLiteral("restore-backup takes at most one FILE"));
        LibraryBackups backups(cli.libraryFolder());
        QString chosen = args.value(0);
        if (chosen.isEmpty()) {
            const QList<LibraryBackup> all = backups.list();
            if (all.isEmpty()) {
                cli.error(QStringLiteral("%1: no backups").arg(CliContext::shownName(backups.folder())));
                return 1;
            }
            chosen = all.first().path;
        }
        const Result<QString> aside = backups.restore(chosen, QDateTime::currentDateTimeUtc());
        if (!aside) {
            cli.error(aside.error().detail());
            return 1;
        }
        cli.out(
            QStringLiteral("restored %1%2\n")
                .arg(CliContext::shownName(chosen),
                     aside->isEmpty()
                         ? QString()
                         : QStringLiteral("; the database it replaced is in %1").arg(CliContext::shownName(*aside))));
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeRestoreBackupCommand()
{
    return std::make_unique<RestoreBackupCommand>();
}

} // namespace kl
