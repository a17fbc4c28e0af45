#include "TestPaths.h"
#include "annotations/AnnotationStore.h"
#include "annotations/QuoteAnnotator.h"
#include "library/Library.h"
#include "search/FtsQuery.h"
#include "search/SavedSearchStore.h"
#include "search/SearchEngine.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace kl;

namespace {

struct Letter {
    const char* name;
    const char* text;
};

// Three small letters with the words the queries below look for.
const Letter kLetters[] = {
    {"a.txt", "Tweede Kamer der Staten-Generaal\nVergaderjaar 2024-2025\n19 637\nVreemdelingenbeleid\nNr. 1\n"
              "BRIEF VAN DE MINISTER VAN ASIEL EN MIGRATIE\nDen Haag, 19 september 2024\n\n"
              "De financiële gevolgen van de opt-out zijn geëvalueerd.\n\n"
              "Het kabinet beperkt de migratie drastisch.\n\n"
              "De Minister van Asiel en Migratie,\nA.B. Voorbeeld\n"},
    {"b.txt", "Tweede Kamer der Staten-Generaal\nVergaderjaar 2023-2024\n19 637\nVreemdelingenbeleid\nNr. 2\n"
              "MOTIE VAN HET LID VOORBEELD\nVoorgesteld 12 maart 2024\n\n"
              "verzoekt de regering de migratiestromen te beperken en de opvang te verbeteren,\n"
              "en gaat over tot de orde van de dag.\n"},
    {"c.txt", "Tweede Kamer der Staten-Generaal\nVergaderjaar 2024-2025\n36 600 VII\nBegroting BZK\nNr. 3\n"
              "BRIEF VAN DE STAATSSECRETARIS VAN BINNENLANDSE ZAKEN\nDen Haag, 2 december 2024\n\n"
              "De digitale overheid wordt financieel gezond gemaakt; migratie van systemen naar de cloud.\n\n"
              "De Staatssecretaris van Binnenlandse Zaken,\nC.D. Voorbeeld\n"},
};

struct Fixture {
    QTemporaryDir files, libDir;
    std::unique_ptr<Library> library;
    Fixture()
    {
        QString error;
        library = Library::open(libDir.path(), &error);
        REQUIRE(library);
        for (const Letter& l : kLetters) {
            QFile f(files.filePath(QString::fromLatin1(l.name)));
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write(l.text);
            f.close();
            REQUIRE(library->importFile(f.fileName()).status == ImportOutcome::Imported);
        }
    }
    QStringList find(const SearchQuery& q) const
    {
        QString error;
        QStringList ids;
        for (const SearchHit& h : SearchEngine(*library).search(q, 50, &error))
            if (!ids.contains(h.kstId))
                ids.append(h.kstId);
        INFO(error.toStdString());
        CHECK(error.isEmpty());
        ids.sort();
        return ids;
    }
    QStringList find(const QString& text) const
    {
        SearchQuery q;
        q.text = text;
        return find(q);
    }
};

const QString A = QStringLiteral("kst-19637-1"), B = QStringLiteral("kst-19637-2"),
              C = QStringLiteral("kst-36600-VII-3");

} // namespace

TEST_CASE("Search ignores diacritics both ways")
{
    Fixture f;
    CHECK(f.find(QStringLiteral("financiele")) == QStringList{A});
    CHECK(f.find(QStringLiteral("geevalueerd")) == QStringList{A});
    CHECK(f.find(QStringLiteral(u"financiële")) == QStringList{A});
}

TEST_CASE("Phrases, prefixes and boolean operators")
{
    Fixture f;
    CHECK(f.find(QStringLiteral("\"beperkt de migratie\"")) == QStringList{A});
    CHECK(f.find(QStringLiteral("\"de migratie beperkt\"")).isEmpty());
    CHECK(f.find(QStringLiteral("opt-out")) == QStringList{A});
    CHECK(f.find(QStringLiteral("migratie")) == (QStringList{A, C}));
    CHECK(f.find(QStringLiteral("migra*")) == (QStringList{A, B, C}));
    CHECK(f.find(QStringLiteral("migratie AND cloud")) == QStringList{C});
    CHECK(f.find(QStringLiteral("opvang OR cloud")) == (QStringList{B, C}));
    CHECK(f.find(QStringLiteral("migra* NOT cloud")) == (QStringList{A, B}));
    CHECK(f.find(QStringLiteral("(opvang OR cloud) AND migratie")) == QStringList{C});
    // What a user may type by accident does not break the search.
    CHECK(f.find(QStringLiteral("migratie AND")) == (QStringList{A, C}));
    CHECK(f.find(QStringLiteral("(migratie")) == (QStringList{A, C}));
    CHECK(f.find(QStringLiteral("\"")).isEmpty());
}

TEST_CASE("Every filter narrows the letters")
{
    Fixture f;
    SearchQuery q;
    q.text = QStringLiteral("migra*");
    q.dossier = QStringLiteral("36 600 VII");
    CHECK(f.find(q) == QStringList{C});
    q.dossier = QStringLiteral("19637");
    CHECK(f.find(q) == (QStringList{A, B}));
    q = SearchQuery{};
    q.text = QStringLiteral("migra*");
    q.kind = QStringLiteral("motie");
    CHECK(f.find(q) == QStringList{B});
    q.kind.clear();
    q.vergaderjaar = QStringLiteral("2023-2024");
    CHECK(f.find(q) == QStringList{B});
    q.vergaderjaar.clear();
    q.from = QDate(2024, 9, 1);
    q.to = QDate(2024, 10, 1);
    CHECK(f.find(q) == QStringList{A});
    q.from = q.to = QDate();
    q.sender = QStringLiteral("staatssecretaris");
    CHECK(f.find(q) == QStringList{C});
}

TEST_CASE("Notes are found, and the index follows edits and deletes")
{
    Fixture f;
    AnnotationStore store(*f.library);
    QString error;
    Annotation a =
        QuoteAnnotator::fromQuote(*f.library, f.library->resolveId(B), QStringLiteral("de opvang"), 1, &error);
    a.note = QStringLiteral("Kwartiermaker nodig");
    REQUIRE(store.add(a));

    SearchQuery q;
    q.text = QStringLiteral("kwartiermaker");
    QList<SearchHit> hits = SearchEngine(*f.library).search(q);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].in == SearchHit::Note);
    CHECK(hits[0].kstId == B);
    q.onlyNotes = true;
    q.text = QStringLiteral("migra*");
    CHECK(f.find(q).isEmpty()); // the letters say it, the notes do not

    a.note = QStringLiteral("Regiegroep nodig");
    REQUIRE(store.update(a));
    CHECK(f.find(QStringLiteral("kwartiermaker")).isEmpty());
    CHECK(f.find(QStringLiteral("regiegroep")) == QStringList{B});
    REQUIRE(store.remove(a.id));
    CHECK(f.find(QStringLiteral("regiegroep")).isEmpty());
}

TEST_CASE("Hits give the page and a snippet with the words marked")
{
    Fixture f;
    SearchQuery q;
    q.text = QStringLiteral("drastisch");
    const QList<SearchHit> hits = SearchEngine(*f.library).search(q);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].page == 1);
    CHECK(hits[0].markedSnippet(QStringLiteral("["), QStringLiteral("]")).contains(QStringLiteral("[drastisch]")));
    CHECK(hits[0].score > 0);
}

TEST_CASE("A library made before search gets its index by migration")
{
    Fixture f;
    {
        // Take the library back to schema 1: no passages, no FTS, no annotations.
        QSqlQuery q(f.library->database().connection());
        for (const char* sql : {"DROP TABLE toezegging_fulfilments",
                                "DROP TABLE toezeggingen",
                                "DROP TABLE passages_fts",
                                "DROP TABLE notes_fts",
                                "DROP TABLE passages",
                                "DROP TABLE annotation_tags",
                                "DROP TABLE annotations",
                                "DROP TABLE color_meanings",
                                "DROP TABLE saved_searches",
                                "DROP TABLE links",
                                "DROP TABLE index_versions",
                                "DROP TABLE page_words",
                                "ALTER TABLE renditions DROP COLUMN text_source",
                                "ALTER TABLE renditions DROP COLUMN ocr_state",
                                "DROP INDEX letters_by_publication_id",
                                "DROP INDEX letters_by_zaak",
                                "ALTER TABLE letters DROP COLUMN publication_id",
                                "ALTER TABLE letters DROP COLUMN zaak",
                                "ALTER TABLE letters DROP COLUMN details",
                                "DROP TABLE official_records",
                                "DROP TABLE followed_dossiers",
                                "DROP TABLE unread_letters",
                                "DROP TABLE kept_annotations",
                                "ALTER TABLE page_texts DROP COLUMN checksum",
                                "ALTER TABLE renditions DROP COLUMN source_path",
                                "PRAGMA user_version = 1"})
            REQUIRE(q.exec(QString::fromLatin1(sql)));
    }
    f.library.reset();
    QString error;
    f.library = Library::open(f.libDir.path(), &error);
    INFO(error.toStdString());
    REQUIRE(f.library);
    CHECK(f.find(QStringLiteral("geevalueerd")) == QStringList{A});
    CHECK(f.find(QStringLiteral("migra*")) == (QStringList{A, B, C}));
    CHECK(f.library->check().isEmpty());
}

TEST_CASE("The Regeerprogramma and the seed letter answer opt-out")
{
    const QString corpus = TestPaths::corpus();
    if (corpus.isEmpty()) {
        WARN("SKIPPED: no corpus at ../shared/corpus");
        return;
    }
    QTemporaryDir libDir;
    QString error;
    auto library = Library::open(libDir.path(), &error);
    REQUIRE(library);
    library->importFile(corpus + QStringLiteral("/txt/kst-19637-3274__brief-minister-asiel-migratie.txt"));
    library->importFile(corpus + QStringLiteral("/pdf/regeerprogramma-2024-09-13__uitwerking-hoofdlijnenakkoord.pdf"));
    SearchQuery q;
    q.text = QStringLiteral("opt-out");
    const QList<SearchHit> hits = SearchEngine(*library).search(q, 5);
    REQUIRE(hits.size() >= 2);
    bool seed = false, page20 = false;
    for (const SearchHit& h : hits) {
        seed = seed || h.kstId == QStringLiteral("kst-19637-3274");
        page20 = page20 || (h.kstId.isEmpty() && h.page == 20);
    }
    CHECK(seed);
    CHECK(page20);
}

TEST_CASE("User queries become valid FTS5")
{
    CHECK(FtsQuery::translate(QStringLiteral("opt-out")) == QStringLiteral("\"opt-out\""));
    CHECK(FtsQuery::translate(QStringLiteral("migra*")) == QStringLiteral("\"migra\"*"));
    CHECK(FtsQuery::translate(QStringLiteral("a OR b")) == QStringLiteral("\"a\" OR \"b\""));
    CHECK(FtsQuery::translate(QStringLiteral("OR AND")).isEmpty());
    CHECK(FtsQuery::translate(QStringLiteral("a (")) == QStringLiteral("\"a\""));
}

TEST_CASE("A named search keeps its query and filters in the library")
{
    Fixture f;
    SavedSearchStore saved(*f.library);
    SearchQuery q;
    q.text = QStringLiteral("migra*");
    q.dossier = QStringLiteral("19637");
    q.from = QDate(2024, 1, 1);
    const qint64 id = saved.save(QStringLiteral("Migratie in 19 637"), q);
    REQUIRE(id > 0);
    q.kind = QStringLiteral("motie");
    CHECK(saved.save(QStringLiteral("Migratie in 19 637"), q) == id); // same name: replaced
    const auto all = saved.all();
    REQUIRE(all.size() == 1);
    CHECK(all[0].query.kind == QStringLiteral("motie"));
    CHECK(all[0].query.from == QDate(2024, 1, 1));
    CHECK(f.find(all[0].query) == QStringList{B});
    CHECK(saved.remove(id));
    CHECK(saved.all().isEmpty());
}
