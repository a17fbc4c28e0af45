#pragma once

#include "import/ImportJob.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QStringList>

namespace kl {

class Library;

// The window's side of an import: it drives a core ImportJob (reading on worker threads, storing on the UI
// thread, where the library lives, one change notice for the whole run) and turns its summary into what the
// window shows. Failures are collected, not shown one by one.
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
    bool isRunning() const { return m_job.isRunning(); }
    int total() const { return m_job.total(); }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const kl::ImportController::Summary& summary);

private:
    void jobFinished(const ImportJob::Summary& job);

    static constexpr int kProgressIntervalMs = 100;
    ImportJob m_job;
    QElapsedTimer m_sinceProgress;
};

} // namespace kl
