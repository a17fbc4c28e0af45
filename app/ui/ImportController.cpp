#include "ImportController.h"

#include "import/ImportPaths.h"
#include "library/Library.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace kl {

namespace {
// The worker's part. A file whose bytes are already in the library is not parsed again: reopening the
// program with the same files on the command line should be instant. Library::store() answers such a
// read with "unchanged" from the checksum alone.
DocumentReader::FileRead readOne(const QString& path, const QSet<QString>& known)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.size() <= DocumentReader::kMaxPdfBytes) {
        const QString sha = DocumentReader::sha256Hex(file.readAll());
        if (known.contains(sha)) {
            DocumentReader::FileRead read;
            read.sha256 = sha;
            return read;
        }
    }
    return DocumentReader::readFile(path);
}
} // namespace

ImportController::ImportController(Library* library, QObject* parent)
    : QObject(parent)
    , m_library(library)
{
}

ImportController::~ImportController()
{
    // Running reads finish on their own; their watchers (children) go with this object, so nothing is stored.
}

bool ImportController::start(const QStringList& paths)
{
    if (m_running)
        return false;
    m_files = ImportPaths::expand(paths); // the same files the CLI would import
    m_summary = Summary{};
    m_summary.letterIds = QList<qint64>(m_files.size(), 0);
    m_next = m_done = m_inFlight = 0;
    m_known.clear();
    for (const LetterRecord& letter : m_library->letters())
        for (const RenditionRecord& r : letter.renditions)
            m_known.insert(r.sha256);
    m_running = true;
    Q_EMIT progress(0, total());
    launchMore();
    finishIfDone(); // an empty list finishes at once
    return true;
}

void ImportController::cancel()
{
    if (!m_running)
        return;
    m_summary.cancelled = true;
    m_next = int(m_files.size()); // nothing new starts; the reads under way are stored when they arrive
    finishIfDone();
}

void ImportController::launchMore()
{
    // As many reads at once as there are cores; more would only hold more files in memory.
    const int parallel = std::max(1, QThread::idealThreadCount());
    while (m_inFlight < parallel && m_next < m_files.size()) {
        const int index = m_next++;
        auto* watcher = new Watcher(this);
        connect(watcher, &Watcher::finished, this, [this, watcher, index] { collect(watcher, index); });
        ++m_inFlight;
        watcher->setFuture(QtConcurrent::run(readOne, m_files[index], m_known));
    }
}

void ImportController::collect(Watcher* watcher, int index)
{
    const DocumentReader::FileRead read = watcher->result();
    watcher->deleteLater();
    --m_inFlight;
    ++m_done;
    const ImportOutcome outcome = m_library->store(read, m_files[index]);
    switch (outcome.status) {
    case ImportOutcome::Failed:
        m_summary.failures.append(tr("%1: %2").arg(QDir::toNativeSeparators(m_files[index]), outcome.message));
        break;
    case ImportOutcome::Imported:
        ++m_summary.imported;
        break;
    case ImportOutcome::AddedRendition:
        ++m_summary.added;
        break;
    case ImportOutcome::Unchanged:
        ++m_summary.unchanged;
        break;
    }
    if (!outcome.failed()) {
        m_summary.letterIds[index] = outcome.letterId;
        m_known.insert(read.sha256);
    }
    Q_EMIT progress(m_done, total());
    launchMore();
    finishIfDone();
}

void ImportController::finishIfDone()
{
    if (!m_running || m_inFlight > 0 || m_next < m_files.size())
        return;
    m_running = false;
    Q_EMIT finished(m_summary);
}

} // namespace kl
