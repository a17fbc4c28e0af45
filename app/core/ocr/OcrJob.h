#pragma once

#include "OcrOptions.h"
#include "PdfOcr.h"
#include "import/DocumentReader.h"
#include "library/PendingOcr.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace kl {

class Library;

// OCR after the import, for the window: the import stores a scan at once (with the pages it could read) and marks
// it as waiting for OCR; this job then reads the waiting PDFs one after the other, their pages on worker threads
// (PdfOcr), and stores each one's text on the library's thread as it finishes (Library::storeOcr: the letter's
// text, words, metadata, passages and references, one change notice). Cancelling stops between pages: the file
// under way stays waiting and is read again on the next start; nothing half-read is stored.
class OcrJob : public QObject {
    Q_OBJECT
public:
    explicit OcrJob(Library& library, QObject* parent = nullptr);
    // Waits for the page being read (a second or two), so no worker outlives the library.
    ~OcrJob() override;

    void setOptions(const OcrOptions& options) { m_options = options; }
    // Reads every PDF of the library waiting for OCR. Called while running, it adds the ones that came since.
    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    struct Summary {
        int files = 0;        // PDFs read
        int pages = 0;        // pages whose text now comes from OCR
        int words = 0;        // words read on them
        QStringList failures; // "file: what is wrong"
        bool cancelled = false;
    };
    const Summary& summary() const { return m_summary; }

Q_SIGNALS:
    // Now and then while running: the file being read, its pages read so far of those that need OCR, and how
    // many files are still waiting after it.
    void progress(const QString& file, int pagesDone, int pagesTotal, int filesWaiting);
    void fileDone(const QString& file, qint64 letterId, const QString& error);
    void finished(const kl::OcrJob::Summary& summary);

private:
    struct Work {
        DocumentReader::FileRead read;
        PdfOcr::Outcome outcome;
    };
    struct Shared {
        std::atomic<bool> cancelled{false};
        std::atomic<int> pagesDone{0};
        std::atomic<int> pagesTotal{0};
    };
    void next();
    void arrived();
    void report();

    Library& m_library;
    OcrOptions m_options;
    QList<PendingOcr> m_queue;
    QList<qint64> m_taken; // rendition ids queued or done in this run
    PendingOcr m_current;
    std::shared_ptr<Shared> m_shared;
    QFutureWatcher<Work> m_watcher;
    QTimer m_progressTimer;
    bool m_running = false;
    Summary m_summary;
};

} // namespace kl
