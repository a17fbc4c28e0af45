#include "Commands.h"

#include "import/ImportJob.h"
#include "library/Library.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace kl {

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
    std::signal(SIGINT, SIG_DFL); // a second Ctrl+C ends at once; SQLite rolls back the open transaction
}

// Reads on worker threads and stores in the order given, through the same ImportJob as the window; a line a
// file as it is stored. Ctrl+C stops between files: every letter reported is whole, nothing else is stored.
class ImportCommand final : public CliCommand {
public:
    ImportCommand()
        : CliCommand("import", "  import PATH...                      files, or folders (recursive); a line per file\n")
    {
    }

    int run(CliContext& cli, const QStringList& args) override
    {
        if (args.isEmpty())
            return cli.usageError(QStringLiteral("import needs at least one PATH"));
        if (!cli.openLibrary())
            return 1;
        ImportJob job(cli.library());
        job.setSkipKnownFiles(false); // a file already there is read again, so its warnings are said again
        job.setOcrWhileReading(true); // a script gets the text of a scan when import returns
        const bool terminal = CliContext::stderrIsTerminal();
        QEventLoop loop;
        QObject::connect(&job, &ImportJob::progress, &loop, [&](int done, int total, const QString& current) {
            if (terminal && !current.isEmpty())
                cli.err(
                    QStringLiteral("\r\033[K[%1/%2] %3").arg(done + 1).arg(total).arg(QFileInfo(current).fileName()));
        });
        QObject::connect(&job, &ImportJob::fileDone, &loop,
                         [&](int, const QString& file, const ImportOutcome& outcome) {
                             if (terminal)
                                 cli.err(QStringLiteral("\r\033[K"));
                             report(cli, file, outcome);
                             if (g_interrupted)
                                 job.cancel();
                         });
        QObject::connect(&job, &ImportJob::finished, &loop, &QEventLoop::quit);
        // Ctrl+C while the next file is still being read.
        QTimer watch;
        QObject::connect(&watch, &QTimer::timeout, &job, [&job] {
            if (g_interrupted)
                job.cancel();
        });
        watch.start(50);
        std::signal(SIGINT, onInterrupt);
        job.start(args);
        if (job.isRunning())
            loop.exec();
        std::signal(SIGINT, SIG_DFL);
        const ImportJob::Summary& summary = job.summary();
        if (summary.cancelled) {
            cli.error(QStringLiteral("interrupted after %1 of %2 files; every file imported so far is complete")
                          .arg(summary.done())
                          .arg(summary.total()));
            return 1;
        }
        return summary.failed ? 1 : 0;
    }

private:
    static void report(CliContext& cli, const QString& path, const ImportOutcome& outcome)
    {
        const QString file = CliContext::shownName(path);
        switch (outcome.status) {
        case ImportOutcome::Failed:
            cli.error(QStringLiteral("%1: %2").arg(file, outcome.message));
            return;
        case ImportOutcome::Imported:
            cli.out(QStringLiteral("imported   %1  %2\n").arg(outcome.letterKey, file));
            if (outcome.keptAnnotations > 0)
                cli.out(QStringLiteral("           %1 annotation(s) kept when it was removed are back on it\n")
                            .arg(outcome.keptAnnotations));
            break;
        case ImportOutcome::AddedRendition:
            cli.out(QStringLiteral("rendition  %1  %2\n").arg(outcome.letterKey, file));
            break;
        case ImportOutcome::Unchanged:
            cli.out(QStringLiteral("unchanged  %1  %2\n").arg(outcome.letterKey, file));
            break;
        }
        for (const QString& warning : outcome.warnings)
            cli.error(QStringLiteral("%1: warning: %2").arg(file, warning));
        std::fflush(stdout);
    }
};

} // namespace

std::unique_ptr<CliCommand> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}

} // namespace kl
