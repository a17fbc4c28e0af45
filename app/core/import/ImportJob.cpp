#include "ImportJob.h"

#include "import/ImportPaths.h"
#include "library/Library.h"
#include "library/LibraryBatch.h"
#include "ocr/PdfOcr.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace kl {

namespace {
// The worker's part. A file whose bytes are already in the library is not parsed again: reopening the
// program with the same files on the command line should be instant. Library::store() answers such a
// read with "unchanged" from the checksum alone.
DocumentReader::FileRead readOne(const QString& path, const QString& outsideTarget,
                                 const std::shared_ptr<const QSet<QString>>& known, bool ocr)
{
    if (!outsideTarget.isEmpty()) {
        DocumentReader::FileRead read;
        read.result = ReadResult::failure(
            ImportJob::tr("a link to %1, outside the folder being imported: skipped").arg(outsideTarget));
        return read;
    }
    if (known && QFileInfo(path).isFile()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.size() <= DocumentReader::kMaxPdfBytes) {
            const QString sha = DocumentReader::sha256Hex(file.readAll());
            if (known->contains(sha)) {
                DocumentReader::FileRead read;
                read.sha256 = sha;
                return read;
            }
        }
    }
    DocumentReader::FileRead read = DocumentReader::readFile(path);
    if (ocr && read.result.ok())
        PdfOcr::recognizeNow(read.bytes, read.result.document);
    return read;
}
} // namespace

QList<qint64> ImportJob::Summary::letterIds() const
{
    QList<qint64> ids(files.size(), 0);
    for (int i = 0; i < outcomes.size(); ++i)
        if (!outcomes[i].failed())
            ids[i] = outcomes[i].letterId;
    return ids;
}

ImportJob::ImportJob(Library& library, QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_parallel(std::max(1, QThread::idealThreadCount()))
{
    m_pool.setMaxThreadCount(m_parallel);
}

ImportJob::~ImportJob()
{
    dropReads(); // the pool waits for the reads already running; nothing more is stored
    m_batch.reset();
}

void ImportJob::setParallelReads(int reads)
{
    m_parallel = std::max(1, reads);
    m_pool.setMaxThreadCount(m_parallel);
}

bool ImportJob::start(const QStringList& paths)
{
    if (m_running)
        return false;
    Q_ASSERT(thread() == m_library.thread());
    m_summary = Summary{};
    m_outside.clear();
    m_summary.files = ImportPaths::expand(paths, &m_outside); // the same files in the window and the CLI
    m_next = 0;
    m_known.reset();
    if (m_skipKnown && !m_summary.files.isEmpty()) {
        auto known = std::make_shared<QSet<QString>>();
        for (const LetterRecord& letter : m_library.letters())
            for (const RenditionRecord& r : letter.renditions)
                known->insert(r.sha256);
        m_known = std::move(known);
    }
    m_running = true;
    m_batch = std::make_unique<LibraryBatch>(m_library);
    Q_EMIT progress(0, total(), m_summary.files.value(0));
    launchMore();
    finishIfDone(); // an empty list finishes at once
    return true;
}

void ImportJob::cancel()
{
    if (!m_running || m_summary.cancelled)
        return;
    m_summary.cancelled = true;
    dropReads();
    if (!m_storing) // else storeReady() finishes when the file being reported is done
        finishIfDone();
}

void ImportJob::dropReads()
{
    for (Watcher* watcher : std::as_const(m_reading)) {
        watcher->disconnect(this);
        watcher->cancel(); // a read not yet begun is skipped; one under way runs out, unseen
        watcher->deleteLater();
    }
    m_reading.clear();
    m_ready.clear();
}

void ImportJob::launchMore()
{
    // A few files ahead of the one stored next: enough to keep every worker busy, few enough to bound memory.
    const int ahead = 2 * m_parallel;
    while (m_running && !m_summary.cancelled && m_next < total() && m_reading.size() + m_ready.size() < ahead) {
        const int index = m_next++;
        auto* watcher = new Watcher(this);
        connect(watcher, &Watcher::finished, this, [this, watcher, index] { arrived(watcher, index); });
        m_reading.insert(index, watcher);
        watcher->setFuture(QtConcurrent::run(&m_pool, readOne, m_summary.files[index],
                                             m_outside.value(m_summary.files[index]), m_known, m_ocrWhileReading));
    }
}

void ImportJob::arrived(Watcher* watcher, int index)
{
    m_reading.remove(index);
    m_ready.insert(index, watcher->result());
    watcher->deleteLater();
    storeReady();
}

void ImportJob::storeReady()
{
    if (m_storing)
        return;
    m_storing = true;
    while (!m_summary.cancelled && m_ready.contains(done())) {
        const int index = done();
        const QString& file = m_summary.files[index];
        const ImportOutcome outcome = m_library.store(m_ready.take(index), file);
        int* const counts[] = {&m_summary.imported, &m_summary.added, &m_summary.unchanged, &m_summary.failed};
        static_assert(ImportOutcome::Imported == 0 && ImportOutcome::AddedRendition == 1 &&
                      ImportOutcome::Unchanged == 2 && ImportOutcome::Failed == 3);
        ++*counts[outcome.status];
        m_summary.outcomes.append(outcome);
        Q_EMIT fileDone(index, file, outcome);
        if (!m_summary.cancelled)
            Q_EMIT progress(done(), total(), m_summary.files.value(done()));
    }
    m_storing = false;
    launchMore();
    finishIfDone();
}

void ImportJob::finishIfDone()
{
    if (!m_running || (!m_summary.cancelled && done() < total()))
        return;
    m_running = false;
    m_batch.reset(); // the one notice of the whole import, before anyone hears that it is finished
    Q_EMIT finished(m_summary);
}

} // namespace kl
