#include "TestPaths.h"

#include "library/Library.h"
#include "library/LibraryCheck.h"
#include "search/SearchEngine.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace kl;

namespace {

// A library, and the folder its documents were imported from (copies of the test data, so they can go).
struct Fixture {
    QTemporaryDir dir;
    QString originals = dir.filePath(QStringLiteral("originals"));
    std::unique_ptr<Library> library;

    Fixture()
    {
        REQUIRE(QDir().mkpath(originals));
        QString error;
        library = Library::open(dir.filePath(QStringLiteral("library")), &error);
        REQUIRE(library);
    }
    // Imports a copy of a test file from the originals folder.
    qint64 import(const QString& name)
    {
        const QString original = originals + QLatin1Char('/') + name;
        REQUIRE(QFile::copy(TestPaths::data(name), original));
        const qint64 id = library->importFile(original).letterId;
        REQUIRE(id);
        return id;
    }
    QString copyOf(qint64 letterId) const { return library->letter(letterId)->renditions.first().storedPath; }
    qint64 renditionOf(qint64 letterId) const { return library->letter(letterId)->renditions.first().id; }
    LibraryCheck::Repair repair() { return LibraryCheck(library->folder(), library->database()).repair(); }
    QList<qint64> found(const QString& words) const
    {
        SearchQuery q;
        q.text = words;
        QList<qint64> ids;
        for (const SearchHit& h : SearchEngine(*library).search(q, 50))
            ids.append(h.letterId);
        return ids;
    }
};

bool anyContains(const QStringList& lines, const QString& part)
{
    return std::any_of(lines.begin(), lines.end(), [&](const QString& l) { return l.contains(part); });
}

} // namespace

TEST_CASE("check --repair copies lost and changed copies again from their originals", "[library][repair]")
{
    Fixture f;
    const qint64 pdf = f.import(QStringLiteral("letter.pdf"));
    const qint64 text = f.import(QStringLiteral("eu-council.txt"));
    REQUIRE(f.library->check().isEmpty());
    const QByteArray pdfBytes = [&] {
        QFile file(f.copyOf(pdf));
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }();
    REQUIRE(QFile::remove(f.copyOf(pdf)));
    QFile changed(f.copyOf(text));
    REQUIRE(changed.open(QIODevice::WriteOnly | QIODevice::Truncate));
    changed.write("een ander document\n");
    changed.close();
    const QStringList problems = f.library->check();
    CHECK(anyContains(problems, QStringLiteral("the library's copy is missing")));
    CHECK(anyContains(problems, QStringLiteral("the library's copy has changed")));

    const LibraryCheck::Repair done = f.repair();
    INFO(done.notRepaired.join(QLatin1Char('\n')).toStdString());
    CHECK(done.notRepaired.isEmpty());
    CHECK(anyContains(done.repaired, QStringLiteral("copied again from ") + f.originals));
    CHECK(f.library->check().isEmpty());
    QFile restored(f.copyOf(pdf));
    REQUIRE(restored.open(QIODevice::ReadOnly));
    CHECK(restored.readAll() == pdfBytes);
    // The changed copy is kept aside, not written over.
    CHECK(QDir(QFileInfo(f.copyOf(text)).path()).entryList({QStringLiteral("*.changed-*")}).size() == 1);
}

TEST_CASE("check --repair says what it cannot restore: the original is gone", "[library][repair]")
{
    Fixture f;
    const qint64 pdf = f.import(QStringLiteral("letter.pdf"));
    REQUIRE(QFile::remove(f.copyOf(pdf)));
    REQUIRE(QFile::remove(f.originals + QStringLiteral("/letter.pdf")));
    const LibraryCheck::Repair done = f.repair();
    REQUIRE(done.notRepaired.size() == 1);
    CHECK(done.notRepaired.first().contains(QStringLiteral("is gone or no longer the same file")));
    CHECK(done.notRepaired.first().contains(QStringLiteral("import the document again")));
    CHECK_FALSE(f.library->check().isEmpty());
    // Importing it again brings the copy back.
    REQUIRE(QFile::copy(TestPaths::data(QStringLiteral("letter.pdf")), f.originals + QStringLiteral("/again.pdf")));
    const ImportOutcome again = f.library->importFile(f.originals + QStringLiteral("/again.pdf"));
    CHECK(again.letterId == pdf);
    CHECK(f.library->check().isEmpty());
}

TEST_CASE("A page text changed in the database is found by check and put back by repair", "[library][repair]")
{
    Fixture f;
    const qint64 id = f.import(QStringLiteral("letter.pdf"));
    const QString word = QStringLiteral("Regeerprogramma");
    REQUIRE(f.found(word).contains(id));
    REQUIRE(f.library->database().execute(
        QStringLiteral("UPDATE page_texts SET text = replace(text, 'Regeerprogramma', 'Regeerprogramna') WHERE "
                       "rendition_id = ?"),
        {f.renditionOf(id)}));
    const QStringList problems = f.library->check();
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(anyContains(problems, QStringLiteral("the stored text of page 1 has changed since it was imported")));

    const LibraryCheck::Repair done = f.repair();
    INFO(done.notRepaired.join(QLatin1Char('\n')).toStdString());
    CHECK(done.notRepaired.isEmpty());
    CHECK(anyContains(done.repaired, QStringLiteral("page 1: text put back")));
    CHECK(f.library->check().isEmpty());
    CHECK(f.library->pageTexts(f.renditionOf(id)).first().contains(word));
    CHECK(f.found(word).contains(id));
}

TEST_CASE("A damaged full-text index is found by check and built again by repair", "[library][repair]")
{
    Fixture f;
    const qint64 id = f.import(QStringLiteral("eu-council.txt"));
    const QString words = f.library->pageTexts(f.renditionOf(id)).first().section(QLatin1Char(' '), 2, 3);
    REQUIRE(f.found(words).contains(id));
    // The index loses its entries while the passages stay.
    REQUIRE(f.library->database().execute(QStringLiteral("DELETE FROM passages_fts_data WHERE id > 10")));
    CHECK(anyContains(f.library->check(), QStringLiteral("full-text index passages_fts")));

    const LibraryCheck::Repair done = f.repair();
    CHECK(done.notRepaired.isEmpty());
    CHECK(anyContains(done.repaired, QStringLiteral("full-text index built again")));
    CHECK(f.library->check().isEmpty());
    CHECK(f.found(words).contains(id));
}
