#include "TestPaths.h"

#include "library/Library.h"
#include "library/LibraryBackups.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace kl;

namespace {

const QDateTime kMonday = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);

QByteArray hashOf(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Cuts the database in half, as a crash of the disk or a copy broken off would.
void damage(const QString& folder)
{
    const QString file = folder + QStringLiteral("/library.sqlite");
    QFile::remove(file + QStringLiteral("-wal"));
    QFile::remove(file + QStringLiteral("-shm"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.resize(f.size() / 2));
}

// A library with two documents and enough rows to span many pages.
void fill(Library& library)
{
    REQUIRE(library.importFile(TestPaths::data("letter.pdf")).letterId);
    REQUIRE(library.importFile(TestPaths::data("eu-council.txt")).letterId);
    for (int i = 0; i < 200; ++i)
        REQUIRE(library.database().execute(
            QStringLiteral("INSERT INTO saved_searches (name, query, created) VALUES (?, ?, '2026-12-07')"),
            {QStringLiteral("s%1").arg(i), QString(400, QLatin1Char('x'))}));
}

// A filled library in `folder`, backed up on kMonday.
std::unique_ptr<Library> filledAndBackedUp(const QString& folder)
{
    QString error;
    auto library = Library::open(folder, &error);
    REQUIRE(library);
    fill(*library);
    REQUIRE(LibraryBackups(folder).take(kMonday));
    return library;
}

} // namespace

TEST_CASE("A backup is taken at most daily and the newest five are kept", "[library][backup]")
{
    QTemporaryDir dir;
    QString error;
    auto library = Library::open(dir.path(), &error);
    REQUIRE(library);
    fill(*library);
    LibraryBackups backups(dir.path());
    CHECK(backups.isDue(kMonday));
    const Result<QString> first = backups.takeIfDue(kMonday);
    REQUIRE(first);
    CHECK(QFileInfo(*first).size() > 0);
    // An hour later, and the next morning before a day has gone by: nothing new.
    CHECK(backups.takeIfDue(kMonday.addSecs(3600)).valueOr(QStringLiteral("failed")).isEmpty());
    CHECK(backups.takeIfDue(kMonday.addSecs(23 * 3600)).valueOr(QStringLiteral("failed")).isEmpty());
    CHECK(backups.list().size() == 1);
    for (int day = 1; day <= 7; ++day)
        REQUIRE_FALSE(backups.takeIfDue(kMonday.addDays(day)).valueOr(QString()).isEmpty());
    const QList<LibraryBackup> kept = backups.list();
    REQUIRE(kept.size() == LibraryBackups::kKeep);
    CHECK(kept.first().taken == kMonday.addDays(7));
    CHECK(kept.last().taken == kMonday.addDays(3));
    // A clock put back does not stop backups for a week.
    CHECK(backups.isDue(kMonday));
    // The copy is a library of its own, with the letters.
    QTemporaryDir other;
    REQUIRE(QFile::copy(kept.first().path, other.filePath(QStringLiteral("library.sqlite"))));
    auto copy = Library::open(other.path(), &error);
    INFO(error.toStdString());
    REQUIRE(copy);
    CHECK(copy->letterCount() == 2);
}

TEST_CASE("A damaged database is not backed up over the good backups", "[library][backup]")
{
    QTemporaryDir dir;
    std::unique_ptr<Library> library = filledAndBackedUp(dir.path());
    library.reset();
    damage(dir.path());
    LibraryBackups backups(dir.path());
    const Result<QString> taken = backups.take(kMonday.addDays(1));
    REQUIRE_FALSE(taken);
    INFO(taken.error().detail().toStdString()
         << " / " << QDir(backups.folder()).entryList(QDir::Files).join(QLatin1Char(' ')).toStdString());
    CHECK(taken.error().detail().contains(QStringLiteral("damaged")));
    REQUIRE(backups.list().size() == 1);
    CHECK(backups.list().first().taken == kMonday);
    CHECK(QDir(backups.folder()).entryList(QDir::Files).size() == 1); // no partial copy left
}

TEST_CASE("A damaged library is restored from its backup and the damaged file kept aside", "[library][backup]")
{
    QTemporaryDir dir;
    QString error;
    {
        std::unique_ptr<Library> library = filledAndBackedUp(dir.path());
        // Imported after the backup: lost by the restore, as the user is told.
        REQUIRE(library->importFile(TestPaths::data("two-dossiers.txt")).letterId);
    }
    damage(dir.path());
    const QByteArray damaged = hashOf(dir.filePath(QStringLiteral("library.sqlite")));
    bool isDamage = false;
    auto refused = Library::open(dir.path(), &error, &isDamage);
    if (refused) {
        // SQLite may open what is left; then check names the damage.
        CHECK_FALSE(refused->check().isEmpty());
        refused.reset();
    } else {
        CHECK(isDamage);
    }

    LibraryBackups backups(dir.path());
    // A file that is no database is not put in place, and the library stays as it is.
    const QString garbage = dir.filePath(QStringLiteral("garbage.sqlite"));
    QFile g(garbage);
    REQUIRE(g.open(QIODevice::WriteOnly));
    g.write(QByteArray(8192, 'x'));
    g.close();
    CHECK_FALSE(backups.restore(garbage, kMonday.addDays(1)));
    CHECK(hashOf(dir.filePath(QStringLiteral("library.sqlite"))) == damaged);

    const Result<QString> aside = backups.restore(backups.list().first().path, kMonday.addDays(1));
    INFO((aside ? *aside : aside.error().detail()).toStdString());
    REQUIRE(aside);
    CHECK(hashOf(*aside + QStringLiteral("/library.sqlite")) == damaged);
    auto library = Library::open(dir.path(), &error, &isDamage);
    INFO(error.toStdString());
    REQUIRE(library);
    CHECK(library->letterCount() == 2);
    CHECK(library->check().isEmpty());
    CHECK(backups.list().size() == 1); // the backup itself stays
}

TEST_CASE("An emptied or missing database beside backups is a lost library, not a new one", "[library][backup]")
{
    QTemporaryDir dir;
    QString error;
    {
        auto library = Library::open(dir.path(), &error);
        REQUIRE(library);
        REQUIRE(LibraryBackups(dir.path()).take(kMonday)); // an empty library, backed up
    }
    const QString file = dir.filePath(QStringLiteral("library.sqlite"));
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(file + QLatin1String(suffix));
    bool isDamage = false;
    CHECK_FALSE(Library::open(dir.path(), &error, &isDamage));
    CHECK(isDamage);
    CHECK(error.contains(QStringLiteral("is missing")));
    CHECK(error.contains(QStringLiteral("1 backups")));
    CHECK_FALSE(QFileInfo::exists(file));
}
