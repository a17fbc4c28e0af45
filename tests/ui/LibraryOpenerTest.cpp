#include "LibraryOpener.h"
#include "ModalAnswer.h"
#include "TestPaths.h"

#include "library/Library.h"
#include "library/LibraryBackups.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace kl;

namespace {

// A library of one letter with a backup, then its database overwritten with zeros.
void damagedWithBackup(const QString& folder)
{
    QString error;
    {
        auto library = Library::open(folder, &error);
        REQUIRE(library);
        REQUIRE(library->importFile(TestPaths::data("letter.pdf")).letterId);
        REQUIRE(LibraryBackups(folder).take(QDateTime::currentDateTimeUtc()));
    }
    const QString file = folder + QStringLiteral("/library.sqlite");
    QFile::remove(file + QStringLiteral("-wal"));
    QFile::remove(file + QStringLiteral("-shm"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QByteArray(4096, '\0'));
}

// Presses the button of the message box that says `text`, as the user would.
void press(const QString& text)
{
    whenModal([text](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        REQUIRE(box);
        for (QAbstractButton* button : box->buttons())
            if (button->text() == text) {
                button->click();
                return;
            }
        FAIL("no button " << text.toStdString());
    });
}

} // namespace

TEST_CASE("Starting on a damaged library offers its backup, and restoring it opens the library", "[ui][backup]")
{
    QTemporaryDir dir;
    damagedWithBackup(dir.path());
    QString shown;
    whenModal([&shown](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        REQUIRE(box);
        shown = box->text() + QLatin1Char('\n') + box->informativeText();
        for (QAbstractButton* button : box->buttons())
            if (button->text() == QStringLiteral("Restore Backup"))
                button->click();
    });
    auto library = LibraryOpener::open(dir.path());
    INFO(shown.toStdString());
    CHECK(shown.contains(QStringLiteral("damaged")));
    CHECK(shown.contains(QStringLiteral("A backup of")));
    REQUIRE(library);
    CHECK(library->letterCount() == 1);
    // The damaged file is kept beside it, in a folder of its own.
    CHECK(QDir(dir.path()).entryList({QStringLiteral("replaced-*")}, QDir::Dirs).size() == 1);
}

TEST_CASE("Declining the backup leaves the damaged library as it is", "[ui][backup]")
{
    QTemporaryDir dir;
    damagedWithBackup(dir.path());
    const QString file = dir.filePath(QStringLiteral("library.sqlite"));
    const qint64 size = QFileInfo(file).size();
    press(QStringLiteral("Close"));
    CHECK_FALSE(LibraryOpener::open(dir.path()));
    CHECK(QFileInfo(file).size() == size);
    CHECK(QDir(dir.path()).entryList({QStringLiteral("replaced-*")}, QDir::Dirs).isEmpty());
}

TEST_CASE("A library whose pages are damaged past its header is offered its backup too", "[ui][backup]")
{
    QTemporaryDir dir;
    damagedWithBackup(dir.path());
    // The header and schema page as they were, every later page garbled: SQLite opens the file and fails on reading.
    const QString file = dir.filePath(QStringLiteral("library.sqlite"));
    QFile::remove(file);
    REQUIRE(QFile::copy(LibraryBackups(dir.path()).list().first().path, file));
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    REQUIRE(size > 8192);
    f.seek(4096);
    f.write(QByteArray(size - 4096, '\xff'));
    f.close();
    press(QStringLiteral("Restore Backup"));
    auto library = LibraryOpener::open(dir.path());
    REQUIRE(library);
    CHECK(library->letterCount() == 1);
}
