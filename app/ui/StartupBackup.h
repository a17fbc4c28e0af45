#pragma once

#include <QFuture>
#include <QString>

namespace kl {

// The daily backup of the library's database, taken on a worker thread when the window starts, so the window
// does not wait for it. A failure is printed; it does not stop the program.
class StartupBackup {
public:
    explicit StartupBackup(const QString& libraryFolder);
    // Waits for a backup still being written: quitting does not cut it off (a cut one would be thrown away).
    ~StartupBackup();
    StartupBackup(const StartupBackup&) = delete;
    StartupBackup& operator=(const StartupBackup&) = delete;

private:
    QFuture<void> m_running;
};

} // namespace kl
