#pragma once

#include "import/DocumentReader.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

namespace kl {

class Library;

// Imports many files without freezing the window: reading (parsing PDF, text, XML; the slow part) runs on
// worker threads, a few files at a time so memory stays bounded; storing (one short transaction) runs here
// on the UI thread, where the library lives. Failures are collected, not shown one by one.
class ImportController : public QObject {
    Q_OBJECT
public:
    struct Summary {
        QList<qint64> letterIds; // per input file, in order; 0 where it failed or was not reached
        QStringList failures;    // "file: what is wrong"
        int imported = 0;        // new letters
        int added = 0;           // new renditions of known letters
        int unchanged = 0;
        bool cancelled = false;
    };

    explicit ImportController(Library* library, QObject* parent = nullptr);
    ~ImportController() override;

    // Files and folders (walked recursively). Returns false when an import is already running.
    bool start(const QStringList& paths);
    void cancel();
    bool isRunning() const { return m_running; }
    int total() const { return int(m_files.size()); }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const kl::ImportController::Summary& summary);

private:
    using Watcher = QFutureWatcher<DocumentReader::FileRead>;
    void launchMore();
    void collect(Watcher* watcher, int index);
    void finishIfDone();

    Library* m_library;
    QStringList m_files;
    QSet<QString> m_known; // sha256 of every rendition already in the library
    int m_next = 0;
    int m_done = 0;
    int m_inFlight = 0;
    bool m_running = false;
    Summary m_summary;
};

} // namespace kl
