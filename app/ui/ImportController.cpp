#include "ImportController.h"

#include <QDir>

namespace kl {

ImportController::ImportController(Library* library, QObject* parent)
    : QObject(parent)
    , m_job(*library)
{
    // A progress dialog repaints (and a modal one runs the event loop) on every value: a few updates a second
    // are enough for the eye, and a thousand small files would otherwise spend more time showing than storing.
    connect(&m_job, &ImportJob::progress, this, [this](int done, int total) {
        if (done < total && m_sinceProgress.isValid() && m_sinceProgress.elapsed() < kProgressIntervalMs)
            return;
        m_sinceProgress.start();
        Q_EMIT progress(done, total);
    });
    connect(&m_job, &ImportJob::finished, this, &ImportController::jobFinished);
}

ImportController::~ImportController() = default;

bool ImportController::start(const QStringList& paths)
{
    m_sinceProgress.invalidate();
    return m_job.start(paths);
}

void ImportController::cancel()
{
    m_job.cancel();
}

void ImportController::jobFinished(const ImportJob::Summary& job)
{
    Summary summary;
    summary.letterIds = job.letterIds();
    for (int i = 0; i < job.outcomes.size(); ++i)
        if (job.outcomes[i].failed())
            summary.failures.append(tr("%1: %2").arg(QDir::toNativeSeparators(job.files[i]), job.outcomes[i].message));
    summary.imported = job.imported;
    summary.added = job.added;
    summary.unchanged = job.unchanged;
    summary.cancelled = job.cancelled;
    Q_EMIT finished(summary);
}

} // namespace kl
