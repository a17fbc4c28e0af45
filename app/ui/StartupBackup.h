#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace kl {

// The daily backup of the library's database, taken on a worker thread when the window starts, so the window
// does not wait for it. Its check of the copy is also the one full read of the database a day: damage it finds
// is told (damageFound), so the user hears of it while a good backup is still there.
class StartupBackup : public QObject {
    Q_OBJECT

public:
    explicit StartupBackup(const QString& libraryFolder, QObject* parent = nullptr);
    // Waits for a backup still being written: quitting does not cut it off (a cut one would be thrown away).
    ~StartupBackup() override;

Q_SIGNALS:
    // On the thread of the window: what is wrong, in the backup's words.
    void damageFound(const QString& message);

private:
    QFutureWatcher<QString> m_watcher;
};

} // namespace kl
