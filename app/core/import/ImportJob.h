#pragma once

#include "import/DocumentReader.h"
#include "library/ImportOutcome.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QThreadPool>

#include <memory>

template <typename T> class QFutureWatcher;

namespace kl {

class Library;
class LibraryBatch;

// Imports many files, for the window and the CLI alike. Reading (parsing PDF, text, XML; the slow part) runs
// on worker threads, a few files ahead so memory stays bounded; storing (one short transaction a file) runs on
// the thread of this object, which must be the library's. Files are stored in the order given, so letters get
// the same numbers however the reads interleave. Cancelling stops between files: what is stored is whole,
// what was being read is dropped. The whole run is one change notice (LibraryBatch), sent before finished().
class ImportJob : public QObject {
    Q_OBJECT
public:
    struct Summary {
        QStringList files;             // every file the paths named, in order
        QList<ImportOutcome> outcomes; // one per file reached, in the order of `files`
        int imported = 0;              // new letters
        int added = 0;                 // new renditions of known letters
        int unchanged = 0;
        int failed = 0;
        bool cancelled = false;

        int total() const { return int(files.size()); }
        int done() const { return int(outcomes.size()); }
        // Per file, in order: the letter it went into; 0 where it failed or was not reached.
        QList<qint64> letterIds() const;
    };

    explicit ImportJob(Library& library, QObject* parent = nullptr);
    ~ImportJob() override;

    // How many files are read at once; the default is one per core.
    void setParallelReads(int reads);
    // A file whose bytes are already in the library is not parsed again (it is "unchanged" from its checksum
    // alone); on by default. Off, every file is read, so its warnings are reported again.
    void setSkipKnownFiles(bool skip) { m_skipKnown = skip; }
    // Scanned pages are read with OCR while the file is read, before it is stored (the CLI: an import that
    // returns with everything done). Off by default: the window stores at once and runs OCR after (OcrJob).
    void setOcrWhileReading(bool ocr) { m_ocrWhileReading = ocr; }

    // Files, and folders (walked recursively: ImportPaths). Returns false when this job is already running.
    // An empty list finishes at once.
    bool start(const QStringList& paths);
    // Stops between files: nothing new is stored; finished() follows at once, from the event loop.
    void cancel();
    bool isRunning() const { return m_running; }
    int total() const { return int(m_summary.files.size()); }
    int done() const { return m_summary.done(); }
    const Summary& summary() const { return m_summary; }

Q_SIGNALS:
    // After each stored (or failed) file, and once at the start: `current` is the file stored next, empty at
    // the end.
    void progress(int done, int total, const QString& current);
    // What storing the file at `index` of the expanded list did.
    void fileDone(int index, const QString& file, const kl::ImportOutcome& outcome);
    void finished(const kl::ImportJob::Summary& summary);

private:
    using Watcher = QFutureWatcher<DocumentReader::FileRead>;
    void launchMore();
    void arrived(Watcher* watcher, int index);
    void storeReady();
    void finishIfDone();
    void dropReads();

    Library& m_library;
    QThreadPool m_pool;
    bool m_skipKnown = true;
    bool m_ocrWhileReading = false;
    int m_parallel;
    std::shared_ptr<const QSet<QString>> m_known; // sha256 of every rendition in the library at the start
    QHash<QString, QString> m_outside;            // links in a folder that point out of it, with their targets
    QHash<int, Watcher*> m_reading;
    QHash<int, DocumentReader::FileRead> m_ready; // read, waiting for the files before them to be stored
    int m_next = 0;                               // the next file to start reading
    bool m_running = false;
    bool m_storing = false;
    Summary m_summary;
    std::unique_ptr<LibraryBatch> m_batch;
};

} // namespace kl
