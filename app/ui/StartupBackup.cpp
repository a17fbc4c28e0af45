#include "StartupBackup.h"

#include "library/LibraryBackups.h"

#include <QDateTime>
#include <QtConcurrent>

#include <cstdio>

namespace kl {

StartupBackup::StartupBackup(const QString& libraryFolder)
    : m_running(QtConcurrent::run([libraryFolder] {
        const Result<QString> taken = LibraryBackups(libraryFolder).takeIfDue(QDateTime::currentDateTimeUtc());
        if (!taken)
            std::fprintf(stderr, "kamerlezer: %s\n", qPrintable(taken.error().detail()));
    }))
{
}

StartupBackup::~StartupBackup()
{
    m_running.waitForFinished();
}

} // namespace kl
