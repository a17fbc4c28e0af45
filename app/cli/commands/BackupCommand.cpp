#include "Commands.h"

#include "library/LibraryBackups.h"

#include <QDateTime>

namespace kl {

namespace {

QString describe(const LibraryBackup& b)
{
    return QStringLiteral("%1  %2  %3 KB\n")
        .arg(b.taken.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), CliContext::shownName(b.path))
        .arg((b.bytes + 1023) / 1024);
}

// Takes a backup of the database now (the window takes one a day by itself), or lists those there are.
class BackupCommand final : public CliCommand {
public:
    BackupCommand()
        : CliCommand("backup",
                     "  backup [--list]                     back up the library's database now (the window\n"
                     "                                      does so daily); --list: the backups kept\n",
                     {QCommandLineOption(QStringLiteral("list"), QStringLiteral("List the backups kept."))})
    {
    }

    int run(CliContext& cli, const QStringList& args) override
    {
        if (!args.isEmpty())
            return cli.usageError(QStringLiteral("backup takes no arguments"));
        LibraryBackups backups(cli.libraryFolder());
        if (cli.isSet("list")) {
            for (const LibraryBackup& b : backups.list())
                cli.out(describe(b));
            return 0;
        }
        // Through the library once, so a library that cannot be opened is not backed up as if it were sound.
        if (!cli.openLibrary())
            return 1;
        const Result<QString> taken = backups.take(QDateTime::currentDateTimeUtc());
        if (!taken) {
            cli.error(taken.error().detail());
            return 1;
        }
        cli.out(QStringLiteral("backed up to %1 (%2 kept)\n")
                    .arg(CliContext::shownName(*taken))
                    .arg(backups.list().size()));
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeBackupCommand()
{
    return std::make_unique<BackupCommand>();
}

} // namespace kl
