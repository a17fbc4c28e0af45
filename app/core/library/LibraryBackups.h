#pragma once

#include "LibraryBackup.h"
#include "base/Result.h"

#include <QList>
#include <QString>

namespace kl {

// The last few copies of `library.sqlite` in the library's `backups` folder, as Zotero keeps them: taken with
// SQLite's online backup (a consistent copy while the library is in use), at most one a day, each checked
// before an older one is let go. Restoring never writes over the database it replaces: that file is moved
// aside. Works on files only, so it can run on a worker thread beside the library's own connection.
class LibraryBackups {
public:
    static constexpr int kKeep = 5;
    static constexpr qint64 kIntervalSecs = 24 * 60 * 60;

    explicit LibraryBackups(const QString& libraryFolder);

    QString folder() const;
    // Newest first.
    QList<LibraryBackup> list() const;
    // No backup taken in the last day (by the time in the names).
    bool isDue(const QDateTime& now) const;
    // Copies the database now, checks the copy, keeps the newest kKeep. The path of the new backup; Error
    // UnreadableFile when the database is damaged (and no backup was taken).
    Result<QString> take(const QDateTime& now);
    // take() when isDue(); an empty path when a recent backup is there.
    Result<QString> takeIfDue(const QDateTime& now);
    // Puts a backup in the place of `library.sqlite` after checking it; the database that was there (and its
    // journal) is moved aside. Returns the path it was moved to (empty when there was none). The library must
    // not be open.
    Result<QString> restore(const QString& backupPath, const QDateTime& now);

private:
    QString databaseFile() const;

    QString m_libraryFolder;
};

} // namespace kl
