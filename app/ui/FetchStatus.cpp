#include "FetchStatus.h"

#include "fetch/FetchJob.h"
#include "fetch/ToezeggingFetch.h"
#include "library/FollowedDossiers.h"
#include "library/Library.h"

#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QToolButton>

namespace kl {

FetchStatus::FetchStatus(Library* library, QWidget* parent)
    : StatusProgress(tr("Fetching progress"), tr("Documents fetched"), tr("Stop"),
                     tr("Stop fetching; every document fetched so far is complete, the rest comes at the next check"),
                     parent)
    , m_library(library)
{
    connect(this, &StatusProgress::stopClicked, this, &FetchStatus::cancel);
    m_schedule.setSingleShot(false);
    connect(&m_schedule, &QTimer::timeout, this, &FetchStatus::checkFollowed);
    hide();
}

FetchStatus::~FetchStatus() = default;

void FetchStatus::startSchedule()
{
    const double hours = QSettings().value(QStringLiteral("fetch/intervalHours"), 4.0).toDouble();
    if (hours <= 0)
        return;
    m_schedule.start(int(hours * 3600 * 1000));
    if (!FollowedDossiers(*m_library).all().isEmpty())
        checkFollowed();
}

void FetchStatus::checkFollowed()
{
    const QList<FollowedDossier> followed = FollowedDossiers(*m_library).all();
    QStringList names;
    for (const FollowedDossier& f : followed)
        names.append(f.dossier.display());
    if (m_job) {
        // The same dossiers are being checked already; one followed since is checked when this run ends.
        m_checkAgain = m_checkAgain || names != m_checking;
        return;
    }
    m_checking = names;
    if (followed.isEmpty()) {
        Q_EMIT message(tr("No dossiers are followed. Use File > Follow Dossier to follow one."));
        return;
    }
    auto* job = new FetchJob(*m_library, FetchSources::current(), this);
    run(job);
    label()->setText(tr("Checking %n followed dossier(s)…", "", int(followed.size())));
    job->update(followed);
    // Beside it, the Kamer's register of toezeggingen made in the dossiers' debates; what it found is said with
    // the documents, or after them when it ends later.
    auto* toezeggingen = new ToezeggingFetch(*m_library, FetchSources::current(), this);
    connect(toezeggingen, &ToezeggingFetch::finished, this, [this, toezeggingen] {
        toezeggingen->deleteLater();
        m_toezeggingenSaid = toezeggingenText(*toezeggingen);
        if (!m_job && !m_toezeggingenSaid.isEmpty()) {
            Q_EMIT message(m_toezeggingenSaid);
            m_toezeggingenSaid.clear();
        }
    });
    toezeggingen->start(followed);
}

QString FetchStatus::toezeggingenText(const ToezeggingFetch& fetch)
{
    if (!fetch.errors().isEmpty())
        return tr("the Kamer's register of toezeggingen could not be read (%1)").arg(fetch.errors().first());
    if (fetch.added() > 0)
        return tr("%n toezegging(s) from the Kamer's register", "", fetch.added());
    return {};
}

void FetchStatus::follow(const Dossier& dossier)
{
    QString error;
    if (FollowedDossiers(*m_library).follow(dossier, &error) == 0) {
        Q_EMIT message(tr("Dossier %1 could not be followed: %2").arg(dossier.display(), error));
        return;
    }
    checkFollowed();
}

void FetchStatus::unfollow(const Dossier& dossier)
{
    QString error;
    if (FollowedDossiers(*m_library).unfollow(dossier, &error))
        Q_EMIT message(
            tr("Dossier %1 is no longer followed; its documents stay in the library.").arg(dossier.display()));
    else
        Q_EMIT message(tr("Dossier %1 could not be unfollowed: %2").arg(dossier.display(), error));
}

void FetchStatus::fetch(const QList<FetchTarget>& targets)
{
    if (targets.isEmpty())
        return;
    if (m_job) {
        Q_EMIT message(tr("Wait until the documents being fetched are in, then fetch again."));
        return;
    }
    auto* job = new FetchJob(*m_library, FetchSources::current(), this);
    run(job);
    m_checking = {QStringLiteral("fetch")}; // not a check: one asked for meanwhile still runs
    label()->setText(tr("Fetching %n document(s)…", "", int(targets.size())));
    job->fetch(targets);
}

void FetchStatus::run(FetchJob* job)
{
    m_job = job;
    bar()->setMaximum(0); // busy until the sources have said how much there is
    bar()->setValue(0);
    stopButton()->setEnabled(true);
    show();
    connect(job, &FetchJob::progress, this, [this](int done, int total, const QString& current) {
        if (total == 0)
            return;
        bar()->setMaximum(total);
        bar()->setValue(done);
        label()->setText(current.isEmpty()
                             ? tr("Fetching %1 of %2").arg(done + 1).arg(total)
                             : tr("Fetching %1 of %2: %3").arg(std::min(done + 1, total)).arg(total).arg(current));
    });
    connect(job, &FetchJob::finished, this, &FetchStatus::finished);
}

void FetchStatus::cancel()
{
    if (!m_job)
        return;
    stopButton()->setEnabled(false);
    label()->setText(tr("Stopping…"));
    m_job->cancel();
}

void FetchStatus::finished()
{
    FetchJob* job = m_job;
    m_job = nullptr;
    m_checking.clear();
    hide();
    const FetchSummary summary = job->summary();
    job->deleteLater();
    QStringList said;
    for (const FetchSummary::PerDossier& d : summary.dossiers) {
        if (d.added > 0)
            said.append(tr("%n new document(s) in %1", "", d.added).arg(d.dossier.display()));
        if (d.withdrawn > 0)
            said.append(tr("%n withdrawn by the Kamer in %1", "", d.withdrawn).arg(d.dossier.display()));
        if (!d.problem.isEmpty())
            said.append(tr("%1: %2; tried again at the next check").arg(d.dossier.display(), d.problem));
    }
    const int failed = summary.count(FetchOutcome::Failed);
    if (summary.dossiers.isEmpty()) {
        const int added = summary.count(FetchOutcome::Added) + summary.count(FetchOutcome::Changed);
        if (added > 0)
            said.append(tr("%n document(s) fetched", "", added));
        if (summary.count(FetchOutcome::Unchanged) > 0)
            said.append(tr("%n already in the library", "", summary.count(FetchOutcome::Unchanged)));
    }
    if (failed > 0) {
        QString first;
        for (const FetchOutcome& o : summary.outcomes)
            if (o.status == FetchOutcome::Failed && first.isEmpty())
                first = QStringLiteral("%1: %2").arg(o.label, o.message);
        said.append(tr("%n could not be fetched (%1)", "", failed).arg(first));
    }
    if (summary.cancelled)
        said.append(tr("stopped; what was fetched is complete"));
    if (said.isEmpty())
        said.append(summary.dossiers.isEmpty() ? tr("Nothing fetched")
                                               : tr("No new documents in the followed dossiers"));
    if (!m_toezeggingenSaid.isEmpty()) {
        said.append(m_toezeggingenSaid);
        m_toezeggingenSaid.clear();
    }
    QString text = said.join(QStringLiteral("; "));
    text[0] = text[0].toUpper();
    Q_EMIT message(text);
    if (summary.count(FetchOutcome::Added) + summary.count(FetchOutcome::Changed) > 0)
        Q_EMIT fetched();
    if (m_checkAgain) {
        m_checkAgain = false;
        checkFollowed();
    }
}

} // namespace kl
