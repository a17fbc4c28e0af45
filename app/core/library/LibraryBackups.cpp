#include "LibraryBackups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <sqlite3.h>

namespace kl {

namespace {

const QString kNameFormat = QStringLiteral("'library-'yyyy-MM-dd-HHmmss'.sqlite'");

QString nameFor(const QDateTime& when)
{
    return when.toUTC().toString(kNameFormat);
}

// One SQLite connection of its own, closed however the function using it returns.
class Connection {
public:
    Connection() = default;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection() { sqlite3_close(m_db); }

    Result<void> open(const QString& path, int flags)
    {
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        if (rc != SQLITE_OK)
            return Error::storage(QStringLiteral("%1: %2").arg(path, QString::fromUtf8(errorText(rc))));
        sqlite3_busy_timeout(m_db, 10000);
        return {};
    }
    sqlite3* get() const { return m_db; }
    const char* errorText(int rc) const { return m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc); }

private:
    sqlite3* m_db = nullptr;
};

// What is wrong with the database file at `path` as a Kamerlezer library: SQLite's quick check, and the
// letters table there; empty when it is sound.
QString problemsOf(const QString& path)
{
    Connection c;
    if (Result<void> opened = c.open(path, SQLITE_OPEN_READONLY); !opened)
        return opened.error().detail();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(c.get(), "PRAGMA quick_check", -1, &statement, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(c.get()));
    QStringList problems;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const QString row = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        if (row != QLatin1String("ok") && problems.size() < 5)
            problems.append(row);
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        return QString::fromUtf8(sqlite3_errmsg(c.get()));
    if (!problems.isEmpty())
        return problems.join(QLatin1String("; "));
    if (sqlite3_prepare_v2(c.get(), "SELECT count(*) FROM letters", -1, &statement, nullptr) != SQLITE_OK)
        return QStringLiteral("not a Kamerlezer library (%1)").arg(QString::fromUtf8(sqlite3_errmsg(c.get())));
    sqlite3_finalize(statement);
    return {};
}

// Copies the database `from` into the new file `to` page by page, as SQLite's online backup does: the copy is
// consistent even while another connection writes.
Result<void> copyDatabase(const QString& from, const QString& to)
{
    Connection source, target;
    if (Result<void> r = source.open(from, SQLITE_OPEN_READONLY); !r)
        return r;
    if (Result<void> r = target.open(to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE); !r)
        return r;
    sqlite3_backup* backup = sqlite3_backup_init(target.get(), "main", source.get(), "main");
    if (!backup)
        return Error::storage(QStringLiteral("%1: %2").arg(to, QString::fromUtf8(sqlite3_errmsg(target.get()))));
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, 1024);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50); // a writer holds the lock for a moment; the backup goes on after it
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return Error::storage(QStringLiteral("%1: %2").arg(from, QString::fromUtf8(sqlite3_errstr(rc))));
    // The copy takes the library's WAL mode; a backup is one file, read on its own.
    if (sqlite3_exec(target.get(), "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error::storage(QStringLiteral("%1: %2").arg(to, QString::fromUtf8(sqlite3_errmsg(target.get()))));
    return {};
}

// A database file with the journal files SQLite may have left beside it.
void removeDatabaseFile(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

LibraryBackups::LibraryBackups(const QString& libraryFolder)
    : m_libraryFolder(QFileInfo(libraryFolder).absoluteFilePath())
{
}

QString LibraryBackups::folder() const
{
    return m_libraryFolder + QStringLiteral("/backups");
}

QString LibraryBackups::databaseFile() const
{
    return m_libraryFolder + QStringLiteral("/library.sqlite");
}

QList<LibraryBackup> LibraryBackups::list() const
{
    QList<LibraryBackup> out;
    const QFileInfoList files =
        QDir(folder()).entryInfoList({QStringLiteral("library-*.sqlite")}, QDir::Files | QDir::NoSymLinks);
    for (const QFileInfo& file : files) {
        QDateTime taken = QDateTime::fromString(file.fileName(), kNameFormat);
        if (!taken.isValid())
            continue; // not one of ours
        taken.setTimeSpec(Qt::UTC);
        out.append({file.absoluteFilePath(), taken, file.size()});
    }
    std::sort(out.begin(), out.end(), [](const LibraryBackup& a, const LibraryBackup& b) { return a.taken > b.taken; });
    return out;
}

bool LibraryBackups::isDue(const QDateTime& now) const
{
    const QList<LibraryBackup> backups = list();
    if (backups.isEmpty())
        return true;
    // A backup dated in the future (the clock was put back) does not hold the next one off.
    const qint64 age = backups.first().taken.secsTo(now);
    return age < 0 || age >= kIntervalSecs;
}

Result<QString> LibraryBackups::take(const QDateTime& now)
{
    if (!QFileInfo::exists(databaseFile()))
        return Error::notFound(QStringLiteral("%1: no database to back up").arg(databaseFile()));
    if (!QDir().mkpath(folder()))
        return Error::storage(QStringLiteral("%1: cannot create the backups folder").arg(folder()));
    const QString final = folder() + QLatin1Char('/') + nameFor(now);
    const QString partial = final + QStringLiteral(".partial");
    removeDatabaseFile(partial); // left by a backup that was cut off
    // A damaged database makes a damaged copy, or none: it must not push a good backup out.
    auto damaged = [this](const QString& why) {
        return Error(Error::Code::UnreadableFile,
                     QStringLiteral("%1: no backup taken, the database is damaged (%2)").arg(databaseFile(), why));
    };
    if (Result<void> copied = copyDatabase(databaseFile(), partial); !copied) {
        removeDatabaseFile(partial);
        return damaged(copied.error().detail());
    }
    if (const QString problems = problemsOf(partial); !problems.isEmpty()) {
        removeDatabaseFile(partial);
        return damaged(problems);
    }
    removeDatabaseFile(final);
    if (!QFile::rename(partial, final)) {
        removeDatabaseFile(partial);
        return Error::storage(QStringLiteral("%1: cannot store the backup").arg(final));
    }
    const QList<LibraryBackup> backups = list();
    for (qsizetype i = kKeep; i < backups.size(); ++i)
        removeDatabaseFile(backups[i].path);
    return final;
}

Result<QString> LibraryBackups::takeIfDue(const QDateTime& now)
{
    if (!isDue(now))
        return QString();
    return take(now);
}

Result<QString> LibraryBackups::restore(const QString& backupPath, const QDateTime& now)
{
    if (!QFileInfo(backupPath).isFile())
        return Error::notFound(QStringLiteral("%1: no such backup").arg(backupPath));
    if (const QString problems = problemsOf(backupPath); !problems.isEmpty())
        return Error::invalid(QStringLiteral("%1: the backup cannot be used (%2)").arg(backupPath, problems));
    // The database being replaced, with its journal, goes into a folder of its own: nothing is written over.
    QString asideFolder;
    QStringList moved;
    // When the copy cannot be put in place, the library is left as it was: never without its database.
    auto putBack = [&] {
        for (const QString& suffix : std::as_const(moved))
            QFile::rename(asideFolder + QStringLiteral("/library.sqlite") + suffix, databaseFile() + suffix);
    };
    const QStringList companions = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                    QStringLiteral("-journal")};
    for (const QString& suffix : companions) {
        const QString file = databaseFile() + suffix;
        if (!QFileInfo::exists(file))
            continue;
        if (asideFolder.isEmpty()) {
            asideFolder = m_libraryFolder + QStringLiteral("/replaced-") +
                          now.toUTC().toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
            if (!QDir().mkpath(asideFolder))
                return Error::storage(QStringLiteral("%1: cannot create the folder").arg(asideFolder));
        }
        if (!QFile::rename(file, asideFolder + QStringLiteral("/library.sqlite") + suffix)) {
            putBack();
            return Error::storage(QStringLiteral("%1: cannot move it aside").arg(file));
        }
        moved.append(suffix);
    }
    const QString partial = databaseFile() + QStringLiteral(".restoring");
    QFile::remove(partial);
    if (!QFile::copy(backupPath, partial) || !QFile::rename(partial, databaseFile())) {
        QFile::remove(partial);
        putBack();
        return Error::storage(QStringLiteral("%1: cannot copy the backup into place").arg(databaseFile()));
    }
    return asideFolder;
}

} // namespace kl
