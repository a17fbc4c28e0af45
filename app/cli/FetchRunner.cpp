#include "FetchRunner.h"

#include "fetch/ToezeggingFetch.h"

#include "CliCommand.h"

#include "fetch/FetchJob.h"
#include "library/Library.h"

#include <QEventLoop>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace kl {

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void onFetchInterrupt(int)
{
    g_interrupted = true;
    std::signal(SIGINT, SIG_DFL);
}

QString statusWord(FetchOutcome::Status status)
{
    switch (status) {
    case FetchOutcome::Added:
        return QStringLiteral("fetched");
    case FetchOutcome::Changed:
        return QStringLiteral("updated");
    case FetchOutcome::Unchanged:
        return QStringLiteral("unchanged");
    case FetchOutcome::Withdrawn:
        return QStringLiteral("withdrawn by the source (kept)");
    case FetchOutcome::Skipped:
        return QStringLiteral("skipped");
    case FetchOutcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

} // namespace

FetchRunner::FetchRunner(CliContext& cli)
    : m_cli(cli)
{
}

template <typename Start> FetchSummary FetchRunner::run(Start start)
{
    FetchJob job(m_cli.library(), FetchSources::current());
    const bool terminal = CliContext::stderrIsTerminal();
    QEventLoop loop;
    QObject::connect(&job, &FetchJob::progress, &loop, [terminal](int done, int total, const QString& current) {
        if (terminal && total > 0)
            CliContext::err(QStringLiteral("\r\033[K[%1/%2] %3").arg(done).arg(total).arg(current));
    });
    QObject::connect(&job, &FetchJob::itemDone, &loop, [this, terminal](const FetchOutcome& o) {
        if (terminal)
            CliContext::err(QStringLiteral("\r\033[K"));
        if (o.status == FetchOutcome::Failed)
            CliContext::error(QStringLiteral("%1: %2").arg(o.label, o.message));
        else if (!m_quiet && o.status != FetchOutcome::Unchanged)
            CliContext::out(QStringLiteral("%1: %2%3\n")
                                .arg(o.label, statusWord(o.status),
                                     o.message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(o.message)));
        std::fflush(stdout); // a script following the output sees each document as it is stored
    });
    // Ctrl+C is looked at after every document too: when many are read at once, the timer below can wait behind
    // them.
    QObject::connect(&job, &FetchJob::itemDone, &job, [&job] {
        if (g_interrupted)
            job.cancel();
    });
    QObject::connect(&job, &FetchJob::finished, &loop, &QEventLoop::quit);
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &job, [&job] {
        if (g_interrupted)
            job.cancel();
    });
    watch.start(50);
    std::signal(SIGINT, onFetchInterrupt);
    start(job);
    if (job.isRunning())
        loop.exec();
    std::signal(SIGINT, SIG_DFL);
    if (terminal)
        CliContext::err(QStringLiteral("\r\033[K"));
    const FetchSummary summary = job.summary();
    for (const QString& problem : summary.problems)
        CliContext::error(problem);
    if (summary.cancelled)
        CliContext::error(QStringLiteral("interrupted; every document fetched so far is complete"));
    return summary;
}

FetchSummary FetchRunner::fetch(const QList<FetchTarget>& targets)
{
    return run([&](FetchJob& job) { job.fetch(targets); });
}

FetchSummary FetchRunner::update(const QList<FollowedDossier>& dossiers)
{
    const FetchSummary summary = run([&](FetchJob& job) { job.update(dossiers); });
    if (summary.cancelled)
        return summary;
    // Then the register of toezeggingen made in the dossiers' debates, with the statuses it has now.
    ToezeggingFetch toezeggingen(m_cli.library(), FetchSources::current());
    QEventLoop loop;
    QObject::connect(&toezeggingen, &ToezeggingFetch::finished, &loop, &QEventLoop::quit);
    toezeggingen.start(dossiers);
    loop.exec();
    for (const QString& e : toezeggingen.errors())
        CliContext::error(QStringLiteral("toezeggingen of %1").arg(e));
    m_toezeggingenFailed = !toezeggingen.errors().isEmpty();
    if (!m_quiet)
        CliContext::out(
            QStringLiteral("toezeggingen: %1 new, %2 updated\n").arg(toezeggingen.added()).arg(toezeggingen.updated()));
    return summary;
}

} // namespace kl
