#include "TestPaths.h"
#include "UiFixture.h"
#include "library/Library.h"
#include "search/SearchEngine.h"
#include "storage/Database.h"
#include "storage/LetterRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kl;

namespace {

std::unique_ptr<Database> openDatabase(const QTemporaryDir& dir)
{
    Result<std::unique_ptr<Database>> db = Database::open(dir.filePath(QStringLiteral("test.sqlite")));
    REQUIRE(db.ok());
    REQUIRE(db.value()->configure().ok());
    REQUIRE(db.value()->execute(QStringLiteral("CREATE TABLE t (v TEXT NOT NULL)")).ok());
    return std::move(db).value();
}

int rows(const Database& db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM t")).value().toInt();
}

} // namespace

TEST_CASE("A transaction that is not committed is rolled back, and one inside another joins it")
{
    QTemporaryDir dir;
    auto db = openDatabase(dir);
    {
        Transaction t(*db);
        REQUIRE(t.ok());
        REQUIRE(db->execute(QStringLiteral("INSERT INTO t VALUES ('a')")).ok());
    }
    CHECK(rows(*db) == 0);
    {
        Transaction outer(*db);
        {
            Transaction inner(*db);
            REQUIRE(db->execute(QStringLiteral("INSERT INTO t VALUES ('b')")).ok());
            CHECK(inner.commit().ok());
        }
        CHECK(outer.commit().ok());
    }
    CHECK(rows(*db) == 1);
    {
        // An inner part that gave up makes the whole change fail, with a reason.
        Transaction outer(*db);
        REQUIRE(db->execute(QStringLiteral("INSERT INTO t VALUES ('c')")).ok());
        {
            Transaction inner(*db);
        }
        const Result<void> committed = outer.commit();
        CHECK_FALSE(committed.ok());
        CHECK_FALSE(committed.error().detail().isEmpty());
    }
    CHECK(rows(*db) == 1);
}

TEST_CASE("A failed statement is an Error with SQLite's words, never an empty answer")
{
    QTemporaryDir dir;
    auto db = openDatabase(dir);
    const Result<QList<QString>> list =
        db->list<QString>(QStringLiteral("SELECT nosuchcolumn FROM t"), {}, [](const Row& r) { return r.text("v"); });
    REQUIRE_FALSE(list.ok());
    CHECK(list.error().code() == Error::Code::Storage);
    CHECK(list.error().detail().contains(QStringLiteral("nosuchcolumn")));
    const Result<void> notNull = db->execute(QStringLiteral("INSERT INTO t VALUES (?)"), {sql::nullable(QString())});
    REQUIRE_FALSE(notNull.ok());
    CHECK(notNull.error().detail().contains(QStringLiteral("NOT NULL")));
    CHECK(
        db->changeOne(QStringLiteral("DELETE FROM t WHERE v = 'none'"), {}, QStringLiteral("no row")).error().code() ==
        Error::Code::NotFound);
}

TEST_CASE("The pragmas of the design are set and read back")
{
    QTemporaryDir dir;
    auto db = openDatabase(dir);
    CHECK(db->scalar(QStringLiteral("PRAGMA journal_mode")).value().toString() == QStringLiteral("wal"));
    CHECK(db->scalar(QStringLiteral("PRAGMA foreign_keys")).value().toInt() == 1);
    CHECK(db->scalar(QStringLiteral("PRAGMA synchronous")).value().toInt() == 1);
}

TEST_CASE("The primary rendition is the PDF when there is one, else the first imported")
{
    UiFixture f; // the text first, then the same Kamerstuk as PDF
    Library* library = f.library.get();
    const qint64 id =
        f.importTextLetter(QStringLiteral("77"), QStringLiteral("Over het Regeerprogramma."), QStringLiteral("31 490"));
    REQUIRE(library->letter(id)->primaryRendition()->format == QStringLiteral("text"));
    const ImportOutcome pdf = library->importFile(TestPaths::data("letter.pdf"));
    REQUIRE(pdf.status == ImportOutcome::AddedRendition);
    REQUIRE(pdf.letterId == id);
    const auto letter = library->letter(id);
    REQUIRE(letter->renditions.size() == 2);
    const RenditionRecord* primary = letter->primaryRendition();
    CHECK(primary->format == QStringLiteral("pdf"));
    CHECK(primary->id == letter->renditions[1].id); // the list itself stays in import order
    // The SQL form of the rule agrees.
    CHECK(library->database()
              .scalar(LetterRepository::primaryRenditionOf(QStringLiteral("?")).mid(1).chopped(1), {id})
              .value()
              .toLongLong() == primary->id);
    // Search hits point into it.
    SearchQuery q;
    q.text = QStringLiteral("Regeerprogramma");
    const QList<SearchHit> hits = SearchEngine(*library).search(q);
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(hits[0].renditionId == primary->id);
}
