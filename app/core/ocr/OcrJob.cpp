#include "OcrJob.h"

#include "library/Library.h"

#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace kl {

OcrJob::OcrJob(Library& library, QObject* parent)
    : QObject(parent)
    , m_library(library)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &OcrJob::arrived);
    // Workers count pages in atomics; the progress is read from them on this thread, never sent from a worker
    // to an object that may be gone.
    m_progressTimer.setInterval(250);
    connect(&m_progressTimer, &QTimer::timeout, this, &OcrJob::report);
}

OcrJob::~OcrJob()
{
    if (m_shared)
        m_shared->cancelled = true;
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void OcrJob::start()
{
    for (const PendingOcr& p : m_library.pendingOcr())
        if (!m_taken.contains(p.renditionId)) {
            m_taken.append(p.renditionId);
            m_queue.append(p);
        }
    if (m_running)
        return;
    if (m_queue.isEmpty())
        return;
    m_running = true;
    m_summary = Summary{};
    m_progressTimer.start();
    next();
}

void OcrJob::cancel()
{
    if (!m_running)
        return;
    m_summary.cancelled = true;
    m_queue.clear();
    if (m_shared)
        m_shared->cancelled = true;
}

void OcrJob::report()
{
    if (m_shared)
        Q_EMIT progress(m_current.originalName, m_shared->pagesDone, m_shared->pagesTotal, int(m_queue.size()));
}

void OcrJob::next()
{
    if (m_summary.cancelled || m_queue.isEmpty()) {
        m_running = false;
        m_shared.reset();
        m_progressTimer.stop();
        m_taken.clear(); // a rendition cancelled or failed is found again by the next start()
        Q_EMIT finished(m_summary);
        return;
    }
    m_current = m_queue.takeFirst();
    m_shared = std::make_shared<Shared>();
    report();
    const QString path = m_current.path;
    const OcrOptions options = m_options;
    std::shared_ptr<Shared> shared = m_shared;
    // Reads the library's copy again (the text layer is quick) to know the pages that need OCR, then reads those.
    m_watcher.setFuture(QtConcurrent::run([path, options, shared] {
        Work work;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            work.outcome.error = PdfOcr::tr("the library's copy cannot be read: %1").arg(file.errorString());
            return work;
        }
        work.read.bytes = file.readAll();
        work.read.result = DocumentReader::readData(work.read.bytes, FileFormat::Pdf);
        if (!work.read.result.ok()) {
            work.outcome.error = work.read.result.error;
            return work;
        }
        ImportedDocument& doc = work.read.result.document;
        shared->pagesTotal = int(doc.ocrPages.size());
        work.outcome = PdfOcr::recognize(
            work.read.bytes, doc, options, [shared] { return shared->cancelled.load(); },
            [shared] { ++shared->pagesDone; });
        return work;
    }));
}

void OcrJob::arrived()
{
    Work work = m_watcher.result();
    const QString name =
        m_current.originalName.isEmpty() ? QFileInfo(m_current.path).fileName() : m_current.originalName;
    if (work.outcome.cancelled) {
        m_summary.cancelled = true;
        next();
        return;
    }
    ImportedDocument doc = work.read.result.document;
    QString error = work.outcome.error;
    if (!error.isEmpty())
        doc.ocr = ImportedDocument::Ocr::Failed; // said once, not tried again at every start
    QString storeError;
    if (!m_library.storeOcr(m_current, doc, &storeError) && error.isEmpty())
        error = storeError;
    ++m_summary.files;
    m_summary.pages += int(work.outcome.replaced.size());
    m_summary.words += work.outcome.words;
    if (!error.isEmpty())
        m_summary.failures.append(QStringLiteral("%1: %2").arg(name, error));
    Q_EMIT fileDone(name, m_current.letterId, error);
    next();
}

} // namespace kl
