#include "TestPaths.h"
#include "annotations/AnnotationStore.h"
#include "library/Library.h"
#include "links/LinkStore.h"
#include "metadata/MetadataParser.h"
#include "refs/ReferenceScanner.h"
#include "search/PassageSplitter.h"
#include "search/SavedSearchStore.h"
#include "search/SearchEngine.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sqlite3.h>

using namespace kl;

namespace {

// Makes `folder` a library as an earlier version left it: library.sqlite from the checked-in dump (made by
// tools/make-schema-dumps.py), and the stored copies its renditions point to. The dump is read by SQLite
// itself (a dump has triggers, and writes the FTS5 shadow tables), not through the code under test.
void restore(int version, const QString& folder)
{
    QFile dump(TestPaths::data(QStringLiteral("schema/v%1.sql").arg(version)));
    REQUIRE(dump.open(QIODevice::ReadOnly));
    const QByteArray sql = dump.readAll();
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(folder + QStringLiteral("/library.sqlite")).constData(), &db) == SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
    const QDir files(TestPaths::data(QStringLiteral("schema/files")));
    REQUIRE(QDir().mkpath(folder + QStringLiteral("/files")));
    for (const QString& name : files.entryList(QDir::Files))
        REQUIRE(QFile::copy(files.filePath(name), folder + QStringLiteral("/files/") + name));
}

QList<qint64> letterIdsFound(const Library& library, const QString& words, bool notes = false)
{
    SearchQuery q;
    q.text = words;
    q.onlyNotes = notes;
    q.includeNotes = notes;
    QString error;
    QList<qint64> ids;
    for (const SearchHit& h : SearchEngine(library).search(q, 50, &error))
        ids.append(h.letterId);
    INFO(error.toStdString());
    CHECK(error.isEmpty());
    return ids;
}

QStringList targets(const QList<Reference>& refs)
{
    QStringList out;
    for (const Reference& r : refs)
        out.append(r.target);
    return out;
}

int indexVersion(Library& library, const char* name)
{
    const Result<QVariant> v = library.database().scalar(
        QStringLiteral("SELECT version FROM index_versions WHERE name = ?"), {QString::fromLatin1(name)});
    REQUIRE(v.ok());
    return v->isValid() ? v->toInt() : -1;
}

} // namespace

TEST_CASE("A library of every earlier schema version opens with its letters, annotations, passages and references")
{
    for (int version = 1; version < Schema::kVersion; ++version) {
        INFO("schema version " << version);
        QTemporaryDir dir;
        restore(version, dir.path());
        QString error;
        auto library = Library::open(dir.path(), &error);
        INFO(error.toStdString());
        REQUIRE(library);
        CHECK(Schema::version(library->database()).valueOr(-1) == Schema::kVersion);
        CHECK(indexVersion(*library, "passages") == PassageSplitter::kIndexVersion);
        CHECK(indexVersion(*library, "references") == ReferenceScanner::kIndexVersion);
        // Every page text gets its checksum, so check can tell later changes from the texts as they were.
        CHECK(library->database()
                  .scalar(QStringLiteral("SELECT count(*) FROM page_texts WHERE checksum IS NULL"))
                  .valueOr(QVariant(-1))
                  .toInt() == 0);
        CHECK(library->check().isEmpty());

        // Letters, with their dossiers, renditions and page texts.
        REQUIRE(library->letterCount() == 3);
        const auto first = library->letter(1);
        REQUIRE(first);
        CHECK(first->metadata.kstId == QStringLiteral("kst-31490-77"));
        CHECK(first->metadata.title == QStringLiteral("Digitale overheid"));
        REQUIRE(first->metadata.dossiers.size() == 1);
        CHECK(first->metadata.dossiers[0].number == QStringLiteral("31490"));
        REQUIRE(first->renditions.size() == 1);
        CHECK(library->pageTexts(first->renditions[0].id).value(0).contains(QStringLiteral("digitale overheid")));
        CHECK(library->letters(QStringLiteral("36471")).size() == 1);
        CHECK(library->resolveTarget(QStringLiteral("named:regeerprogramma")) == 3);
        // Recognized again: what this version knows fills the gaps (the Regeerprogramma has a kind now), what
        // was stored stays (the first letter keeps its title and sender).
        CHECK(library->letter(3)->metadata.kind == QStringLiteral("regeerakkoord"));
        CHECK(first->metadata.sender == QStringLiteral("Binnenlandse Zaken"));
        CHECK(indexVersion(*library, "recognition") == kl::MetadataParser::kVersion);

        // References, scanned again: the stale row of the older scanner is gone.
        const QStringList refs = targets(library->references(first->renditions[0].id));
        CHECK(refs.contains(QStringLiteral("kst-36471-96")));
        CHECK(refs.contains(QStringLiteral("named:regeerprogramma")));
        CHECK_FALSE(refs.contains(QStringLiteral("kst-99999-1")));
        CHECK(library->citingLetters(2) == QList<qint64>{1});
        CHECK(library->citingLetters(3) == QList<qint64>{1});

        // Passages: the full-text index finds words of every letter.
        CHECK(letterIdsFound(*library, QStringLiteral("noodwet")) == QList<qint64>{2});
        CHECK(letterIdsFound(*library, QStringLiteral("fundament")) == QList<qint64>{3});
        CHECK(letterIdsFound(*library, QStringLiteral("digitale overheid")) == QList<qint64>{1});

        // Annotations (schema 2 on), with tags and colour meanings; their notes searchable.
        AnnotationStore annotations(*library);
        const QList<Annotation> onFirst = annotations.forLetter(1);
        if (version >= 2) {
            REQUIRE(onFirst.size() == 1);
            CHECK(onFirst[0].note == QStringLiteral("Nagaan bij BZK"));
            CHECK(onFirst[0].anchor.exact == QStringLiteral("voortgang van de digitale overheid"));
            CHECK(onFirst[0].tags == (QStringList{QStringLiteral("digitaal"), QStringLiteral("volgen")}));
            CHECK(annotations.forLetter(2).size() == 1);
            CHECK(annotations.colorMeaning(QStringLiteral("yellow")) == QStringLiteral("belangrijk"));
            CHECK(letterIdsFound(*library, QStringLiteral("commissie"), true) == QList<qint64>{2});
        } else {
            CHECK(onFirst.isEmpty());
        }
        // Saved searches (schema 4 on) and links (schema 5 on).
        const QList<SavedSearchStore::Saved> saved = SavedSearchStore(*library).all();
        CHECK(saved.size() == (version >= 4 ? 1 : 0));
        if (!saved.isEmpty())
            CHECK(saved[0].query.text == QStringLiteral("asiel"));
        CHECK(LinkStore(*library).linksTo(2).size() == (version >= 5 ? 1 : 0));

        // OCR (schema 7): text that came from the files, nothing waiting.
        CHECK(first->renditions[0].textSource == QStringLiteral("file"));
        CHECK(first->renditions[0].ocrState == QStringLiteral("none"));
        CHECK(library->pendingOcr().isEmpty());

        CHECK(library->check().isEmpty());
    }
}

TEST_CASE("A PDF stored without any text before schema 7 waits for OCR after the migration")
{
    QTemporaryDir dir;
    restore(6, dir.path());
    QFile pdf(TestPaths::data(QStringLiteral("no-text.pdf")));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QFile copy(dir.path() + QStringLiteral("/files/") + sha + QStringLiteral(".pdf"));
    REQUIRE(copy.open(QIODevice::WriteOnly));
    copy.write(bytes);
    copy.close();
    const QByteArray sql = QStringLiteral("INSERT INTO letters (id, key, created, modified) VALUES (4, 'sha256:%1', "
                                          "'2024-11-20T10:00:00.000Z', '2024-11-20T10:00:00.000Z');"
                                          "INSERT INTO renditions VALUES (4, 4, 'pdf', '%1', '%1.pdf', 'scan.pdf', 1, "
                                          "'2024-11-20T10:00:00.000Z');"
                                          "INSERT INTO page_texts VALUES (4, 1, '');")
                               .arg(sha)
                               .toUtf8();
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(dir.path() + QStringLiteral("/library.sqlite")).constData(), &db) ==
            SQLITE_OK);
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);

    QString error;
    auto library = Library::open(dir.path(), &error);
    INFO(error.toStdString());
    REQUIRE(library);
    const QList<PendingOcr> pending = library->pendingOcr();
    REQUIRE(pending.size() == 1);
    CHECK(pending[0].renditionId == 4);
    CHECK(pending[0].letterId == 4);
    CHECK(pending[0].originalName == QStringLiteral("scan.pdf"));
    CHECK(QFileInfo::exists(pending[0].path));
}

TEST_CASE("A derived index whose version is behind the code's is built again on open, without a schema bump")
{
    QTemporaryDir dir;
    restore(Schema::kVersion - 1, dir.path());
    QString error;
    auto library = Library::open(dir.path(), &error);
    REQUIRE(library);
    {
        // What a library looks like when the scanner has changed since its references were found.
        QSqlQuery q(library->database().connection());
        REQUIRE(q.exec(QStringLiteral("DELETE FROM letter_references")));
        REQUIRE(q.exec(QStringLiteral("DELETE FROM passages")));
        REQUIRE(q.exec(QStringLiteral("UPDATE index_versions SET version = 0")));
    }
    CHECK(library->citingLetters(2).isEmpty());
    library.reset();
    library = Library::open(dir.path(), &error);
    REQUIRE(library);
    CHECK(library->citingLetters(2) == QList<qint64>{1});
    CHECK(letterIdsFound(*library, QStringLiteral("noodwet")) == QList<qint64>{2});
    CHECK(indexVersion(*library, "references") == ReferenceScanner::kIndexVersion);

    // At the current version the indexes are left as they are.
    {
        QSqlQuery q(library->database().connection());
        REQUIRE(q.exec(QStringLiteral("DELETE FROM letter_references")));
    }
    library.reset();
    library = Library::open(dir.path(), &error);
    REQUIRE(library);
    CHECK(library->citingLetters(2).isEmpty());
}
