#include "StartupBackup.h"

#include "library/LibraryBackups.h"

#include <QDateTime>
#include <QtConcurrent>

#include <cstdio>

namespace kl {

StartupBackup::StartupBackup(const QString& libraryFolder, QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        if (const QString damage = m_watcher.result(); !damage.isEmpty())
            Q_EMIT damageFound(damage);
    });
    m_watcher.setFuture(QtConcurrent::run([libraryFolder]() -> QString {
        const Result<QString> taken = LibraryBackups(libraryFolder).takeIfDue(QDateTime::currentDateTimeUtc());
        if (taken)
            return {};
        std::fprintf(stderr, "kamerlezer: %s\n", qPrintable(taken.error().detail()));
        return taken.error().code() == Error::Code::UnreadableFile ? taken.error().detail() : QString();
    }));
}

StartupBackup::~StartupBackup()
{
    m_watcher.waitForFinished();
}

} // namespace kl
