#include "Schema.h"

#include "Database.h"
#include "PageTextChecksums.h"
#include "ReferenceRepository.h"
#include "SearchIndex.h"
#include "ToezeggingRepository.h"
#include "refs/ReferenceScanner.h"
#include "search/PassageSplitter.h"
#include "toezeggingen/ToezeggingDetector.h"

#include <QStringList>

namespace kl {

namespace {

// One list of statements per version; QSqlQuery::exec() runs a single statement, so each is its own entry.
QStringList migrationTo(int version)
{
    switch (version) {
    case 1:
        return {
            QStringLiteral("CREATE TABLE letters ("
                           " id INTEGER PRIMARY KEY,"
                           " key TEXT NOT NULL UNIQUE,"
                           " kst_id TEXT UNIQUE,"
                           " chamber INTEGER,"
                           " vergaderjaar TEXT,"
                           " ondernummer TEXT,"
                           " kind TEXT,"
                           " title TEXT,"
                           " date TEXT,"
                           " sender TEXT,"
                           " signatory TEXT,"
                           " named_as TEXT,"
                           " created TEXT NOT NULL,"
                           " modified TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE dossiers ("
                           " id INTEGER PRIMARY KEY,"
                           " number TEXT NOT NULL,"
                           " addition TEXT NOT NULL DEFAULT '',"
                           " title TEXT,"
                           " UNIQUE (number, addition))"),
            QStringLiteral("CREATE TABLE letter_dossiers ("
                           " letter_id INTEGER NOT NULL REFERENCES letters(id) ON DELETE CASCADE,"
                           " dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " PRIMARY KEY (letter_id, dossier_id))"),
            QStringLiteral("CREATE INDEX letter_dossiers_by_dossier ON letter_dossiers(dossier_id)"),
            QStringLiteral("CREATE TABLE renditions ("
                           " id INTEGER PRIMARY KEY,"
                           " letter_id INTEGER NOT NULL REFERENCES letters(id) ON DELETE CASCADE,"
                           " format TEXT NOT NULL,"
                           " sha256 TEXT NOT NULL UNIQUE,"
                           " file TEXT NOT NULL,"
                           " original_name TEXT NOT NULL,"
                           " pages INTEGER NOT NULL,"
                           " imported TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX renditions_by_letter ON renditions(letter_id)"),
            QStringLiteral("CREATE TABLE page_texts ("
                           " rendition_id INTEGER NOT NULL REFERENCES renditions(id) ON DELETE CASCADE,"
                           " page INTEGER NOT NULL,"
                           " text TEXT NOT NULL,"
                           " PRIMARY KEY (rendition_id, page))"),
            QStringLiteral("CREATE TABLE letter_references ("
                           " id INTEGER PRIMARY KEY,"
                           " letter_id INTEGER NOT NULL REFERENCES letters(id) ON DELETE CASCADE,"
                           " rendition_id INTEGER NOT NULL REFERENCES renditions(id) ON DELETE CASCADE,"
                           " kind TEXT NOT NULL,"
                           " target TEXT NOT NULL,"
                           " text TEXT NOT NULL,"
                           " start INTEGER NOT NULL,"
                           " end INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX letter_references_by_letter ON letter_references(letter_id)"),
            QStringLiteral("CREATE INDEX letter_references_by_target ON letter_references(target)"),
        };
    case 2:
        return {
            QStringLiteral("CREATE TABLE annotations ("
                           " id INTEGER PRIMARY KEY,"
                           " letter_id INTEGER NOT NULL REFERENCES letters(id) ON DELETE CASCADE,"
                           " rendition_id INTEGER REFERENCES renditions(id) ON DELETE SET NULL,"
                           " style TEXT NOT NULL,"
                           " color TEXT NOT NULL,"
                           " note TEXT NOT NULL DEFAULT '',"
                           " exact TEXT NOT NULL DEFAULT '',"
                           " prefix TEXT NOT NULL DEFAULT '',"
                           " suffix TEXT NOT NULL DEFAULT '',"
                           " start INTEGER NOT NULL DEFAULT 0,"
                           " end INTEGER NOT NULL DEFAULT 0,"
                           " page INTEGER NOT NULL DEFAULT 0,"
                           " rects TEXT NOT NULL DEFAULT '[]',"
                           " created TEXT NOT NULL,"
                           " modified TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX annotations_by_letter ON annotations(letter_id)"),
            QStringLiteral("CREATE TABLE annotation_tags ("
                           " annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,"
                           " tag TEXT NOT NULL,"
                           " PRIMARY KEY (annotation_id, tag))"),
            QStringLiteral("CREATE TABLE color_meanings (color TEXT PRIMARY KEY, meaning TEXT NOT NULL)"),
        };
    case 3:
        // Full-text search: paragraph-sized passages of every rendition and the notes, with FTS5 external-content
        // indexes kept in step by triggers. The passages of an existing library are derived: refreshIndexes().
        return {
            QStringLiteral("CREATE TABLE passages ("
                           " id INTEGER PRIMARY KEY,"
                           " letter_id INTEGER NOT NULL REFERENCES letters(id) ON DELETE CASCADE,"
                           " rendition_id INTEGER NOT NULL REFERENCES renditions(id) ON DELETE CASCADE,"
                           " page INTEGER NOT NULL,"
                           " start INTEGER NOT NULL,"
                           " end INTEGER NOT NULL,"
                           " text TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX passages_by_rendition ON passages(rendition_id)"),
            QStringLiteral("CREATE VIRTUAL TABLE passages_fts USING fts5(text, content='passages', content_rowid='id', "
                           "tokenize='unicode61 remove_diacritics 2')"),
            QStringLiteral("CREATE TRIGGER passages_ai AFTER INSERT ON passages BEGIN "
                           "INSERT INTO passages_fts(rowid, text) VALUES (new.id, new.text); END"),
            QStringLiteral(
                "CREATE TRIGGER passages_ad AFTER DELETE ON passages BEGIN "
                "INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', old.id, old.text); END"),
            QStringLiteral("CREATE TRIGGER passages_au AFTER UPDATE ON passages BEGIN "
                           "INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', old.id, old.text); "
                           "INSERT INTO passages_fts(rowid, text) VALUES (new.id, new.text); END"),
            QStringLiteral("CREATE VIRTUAL TABLE notes_fts USING fts5(note, exact, content='annotations', "
                           "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
            QStringLiteral("CREATE TRIGGER annotations_ai AFTER INSERT ON annotations BEGIN "
                           "INSERT INTO notes_fts(rowid, note, exact) VALUES (new.id, new.note, new.exact); END"),
            QStringLiteral("CREATE TRIGGER annotations_ad AFTER DELETE ON annotations BEGIN "
                           "INSERT INTO notes_fts(notes_fts, rowid, note, exact) "
                           "VALUES ('delete', old.id, old.note, old.exact); END"),
            QStringLiteral("CREATE TRIGGER annotations_au AFTER UPDATE ON annotations BEGIN "
                           "INSERT INTO notes_fts(notes_fts, rowid, note, exact) "
                           "VALUES ('delete', old.id, old.note, old.exact); "
                           "INSERT INTO notes_fts(rowid, note, exact) VALUES (new.id, new.note, new.exact); END"),
            QStringLiteral("INSERT INTO notes_fts(notes_fts) VALUES ('rebuild')"),
        };
    case 4:
        return {
            QStringLiteral("CREATE TABLE saved_searches ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE,"
                           " query TEXT NOT NULL," // JSON of the SearchQuery
                           " created TEXT NOT NULL)"),
        };
    case 5:
        // Cross-references made by hand. (This version also scanned the references again; that is now the
        // reference index's version, see refreshIndexes.)
        return {
            QStringLiteral("CREATE TABLE links ("
                           " id INTEGER PRIMARY KEY,"
                           " from_letter INTEGER NOT NULL REFERENCES letters(id) ON DELETE CASCADE,"
                           " from_rendition INTEGER REFERENCES renditions(id) ON DELETE SET NULL,"
                           " from_exact TEXT NOT NULL DEFAULT '',"
                           " from_prefix TEXT NOT NULL DEFAULT '',"
                           " from_suffix TEXT NOT NULL DEFAULT '',"
                           " from_start INTEGER NOT NULL DEFAULT 0,"
                           " from_end INTEGER NOT NULL DEFAULT 0,"
                           " to_letter INTEGER NOT NULL REFERENCES letters(id) ON DELETE CASCADE,"
                           " to_rendition INTEGER REFERENCES renditions(id) ON DELETE SET NULL,"
                           " to_exact TEXT NOT NULL DEFAULT '',"
                           " to_prefix TEXT NOT NULL DEFAULT '',"
                           " to_suffix TEXT NOT NULL DEFAULT '',"
                           " to_start INTEGER NOT NULL DEFAULT 0,"
                           " to_end INTEGER NOT NULL DEFAULT 0,"
                           " note TEXT NOT NULL DEFAULT '',"
                           " created TEXT NOT NULL,"
                           " modified TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX links_from ON links(from_letter)"),
            QStringLiteral("CREATE INDEX links_to ON links(to_letter)"),
        };
    case 6:
        // The version of each index derived from the page texts (passages, references): when the code's is
        // higher, the index is built again on open, without a schema version of its own. A library coming from an
        // earlier version has no row yet, so its indexes are built once.
        return {
            QStringLiteral("CREATE TABLE index_versions (name TEXT PRIMARY KEY, version INTEGER NOT NULL)"),
        };
    case 7:
        // OCR of scanned PDFs: where a rendition's text came from ('file': its own text; 'ocr': some pages were
        // read by OCR), whether OCR is still to run ('pending', after a fast import), ran ('done') or could not
        // ('failed'), so it is not run again at every start; and the word boxes of OCR pages, which Poppler cannot
        // give again. PDFs stored earlier without any text are the scans OCR is for.
        return {
            QStringLiteral("ALTER TABLE renditions ADD COLUMN text_source TEXT NOT NULL DEFAULT 'file'"),
            QStringLiteral("ALTER TABLE renditions ADD COLUMN ocr_state TEXT NOT NULL DEFAULT 'none'"),
            QStringLiteral("CREATE TABLE page_words ("
                           " rendition_id INTEGER NOT NULL REFERENCES renditions(id) ON DELETE CASCADE,"
                           " page INTEGER NOT NULL,"
                           " words BLOB NOT NULL,"
                           " PRIMARY KEY (rendition_id, page))"),
            QStringLiteral("UPDATE renditions SET ocr_state = 'pending' WHERE format = 'pdf' AND NOT EXISTS "
                           "(SELECT 1 FROM page_texts p WHERE p.rendition_id = renditions.id AND p.text <> '')"),
        };
    case 8:
        // Every official publication is found by its publicationId (answers in the Aanhangsel, Handelingen),
        // Kamervragen by their zaak; the fields without a column of their own (signatories, the printed date,
        // the Aanhangsel's parties) are kept as one JSON object. A Kamerstuk's publicationId is its kstId.
        return {
            QStringLiteral("ALTER TABLE letters ADD COLUMN publication_id TEXT"),
            QStringLiteral("ALTER TABLE letters ADD COLUMN zaak TEXT"),
            QStringLiteral("ALTER TABLE letters ADD COLUMN details TEXT"),
            QStringLiteral("UPDATE letters SET publication_id = kst_id"),
            QStringLiteral("CREATE INDEX letters_by_publication_id ON letters(publication_id)"),
            QStringLiteral("CREATE INDEX letters_by_zaak ON letters(zaak)"),
        };
    case 9:
        // Documents fetched from the official sources: what each source says of a letter (its ids, its change
        // stamp, whether it withdrew the document, the official metadata as JSON and what the text said where
        // they differ, a motie's votes); the dossiers the user follows, with a cursor per source; and the
        // letters fetched since the user last opened them.
        return {
            QStringLiteral("CREATE TABLE official_records ("
                           " letter_id INTEGER NOT NULL REFERENCES letters(id) ON DELETE CASCADE,"
                           " source TEXT NOT NULL,"
                           " tk_document_id TEXT,"
                           " document_number TEXT,"
                           " modified TEXT,"
                           " deleted INTEGER NOT NULL DEFAULT 0,"
                           " metadata TEXT NOT NULL,"
                           " text_values TEXT,"
                           " votes TEXT,"
                           " fetched TEXT NOT NULL,"
                           " PRIMARY KEY (letter_id, source))"),
            QStringLiteral("CREATE INDEX official_records_by_document_number ON official_records(document_number)"),
            QStringLiteral("CREATE INDEX official_records_by_tk_document_id ON official_records(tk_document_id)"),
            QStringLiteral("CREATE TABLE followed_dossiers ("
                           " id INTEGER PRIMARY KEY,"
                           " number TEXT NOT NULL,"
                           " addition TEXT NOT NULL DEFAULT '',"
                           " tk_cursor TEXT,"
                           " koop_cursor TEXT,"
                           " followed TEXT NOT NULL,"
                           " checked TEXT,"
                           " last_error TEXT,"
                           " UNIQUE (number, addition))"),
            QStringLiteral("CREATE TABLE unread_letters ("
                           " letter_id INTEGER PRIMARY KEY REFERENCES letters(id) ON DELETE CASCADE,"
                           " since TEXT NOT NULL)"),
        };
    case 10:
        // The annotations of a removed document, kept by the user's choice until a document with the same key
        // (its publication id, else its hash) is imported again.
        return {
            QStringLiteral("CREATE TABLE kept_annotations ("
                           " id INTEGER PRIMARY KEY,"
                           " letter_key TEXT NOT NULL,"
                           " title TEXT NOT NULL DEFAULT '',"
                           " removed TEXT NOT NULL,"
                           " annotations TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX kept_annotations_by_key ON kept_annotations(letter_key)"),
        };
    case 11:
        // What check and check --repair go by: each page text's checksum (those stored before are filled by the
        // derived index "page-checksums"), and where each file was imported from, to copy it again from there.
        return {
            QStringLiteral("ALTER TABLE page_texts ADD COLUMN checksum TEXT"),
            QStringLiteral("ALTER TABLE renditions ADD COLUMN source_path TEXT"),
        };
    case 12:
        // Toezeggingen: found in a letter's sentences (anchored like annotations; a dismissed one stays, so it is
        // not found again), added by hand, or read from the Kamer's register (by its number, made in a debate);
        // and the letters that keep each, by the library's letter or by the number the register names.
        return {
            QStringLiteral("CREATE TABLE toezeggingen ("
                           " id INTEGER PRIMARY KEY,"
                           " origin TEXT NOT NULL,"
                           " letter_id INTEGER REFERENCES letters(id) ON DELETE CASCADE,"
                           " rendition_id INTEGER REFERENCES renditions(id) ON DELETE SET NULL,"
                           " exact TEXT NOT NULL DEFAULT '',"
                           " prefix TEXT NOT NULL DEFAULT '',"
                           " suffix TEXT NOT NULL DEFAULT '',"
                           " start INTEGER NOT NULL DEFAULT 0,"
                           " end INTEGER NOT NULL DEFAULT 0,"
                           " number TEXT UNIQUE,"
                           " tk_id TEXT,"
                           " dossier TEXT NOT NULL DEFAULT '',"
                           " text TEXT NOT NULL,"
                           " who TEXT NOT NULL DEFAULT '',"
                           " made_to TEXT NOT NULL DEFAULT '',"
                           " ministry TEXT NOT NULL DEFAULT '',"
                           " activity TEXT NOT NULL DEFAULT '',"
                           " deliverable TEXT NOT NULL DEFAULT '',"
                           " deadline_phrase TEXT NOT NULL DEFAULT '',"
                           " due TEXT,"
                           " made_on TEXT,"
                           " status TEXT NOT NULL DEFAULT 'open',"
                           " official_status TEXT NOT NULL DEFAULT '',"
                           " status_by_user INTEGER NOT NULL DEFAULT 0,"
                           " confidence REAL NOT NULL DEFAULT 1,"
                           " created TEXT NOT NULL,"
                           " modified TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX toezeggingen_by_letter ON toezeggingen(letter_id)"),
            QStringLiteral("CREATE INDEX toezeggingen_by_dossier ON toezeggingen(dossier)"),
            QStringLiteral("CREATE TABLE toezegging_fulfilments ("
                           " toezegging_id INTEGER NOT NULL REFERENCES toezeggingen(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " letter_id INTEGER REFERENCES letters(id) ON DELETE SET NULL,"
                           " document_number TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (toezegging_id, position))"),
            QStringLiteral("CREATE INDEX toezegging_fulfilments_by_letter ON toezegging_fulfilments(letter_id)"),
        };
    default:
        return {};
    }
}

} // namespace

namespace {

struct DerivedIndex {
    const char* name;
    int version;
    Result<void> (*rebuild)(Database&);
};

const DerivedIndex kDerivedIndexes[] = {
    {"passages", PassageSplitter::kIndexVersion, [](Database& db) { return SearchIndex(db).rebuildPassages(); }},
    {"references", ReferenceScanner::kIndexVersion, [](Database& db) { return ReferenceRepository(db).rescanAll(); }},
    {"page-checksums", 1, [](Database& db) { return PageTextChecksums(db).fillMissing(); }},
    {"toezeggingen", ToezeggingDetector::kIndexVersion,
     [](Database& db) { return ToezeggingRepository(db).detectAll(); }},
};

} // namespace

Result<int> Schema::version(Database& db)
{
    return db.userVersion();
}

Result<void> Schema::migrate(Database& db)
{
    // A library that is up to date is not written to (it may be on a read-only medium).
    if (Result<int> current = version(db); current && *current >= kVersion)
        return {};
    // One step per write transaction, the version read under the write lock: another process opening the same
    // new library at the same moment has either done a step (and this one sees its version) or waits.
    for (;;) {
        Transaction transaction(db);
        if (!transaction.ok())
            return transaction.error();
        Result<int> current = version(db);
        if (!current)
            return current.error();
        if (*current >= kVersion)
            return transaction.commit();
        const int v = *current + 1;
        const QStringList statements = migrationTo(v);
        // A version without its migration would be stamped on a library that lacks its tables.
        if (statements.isEmpty())
            return Error::storage(QStringLiteral("no migration to version %1").arg(v));
        auto failed = [v](const Error& e) {
            return Error::storage(QStringLiteral("migration to version %1 failed: %2").arg(v).arg(e.detail()));
        };
        for (const QString& sql : statements)
            if (Result<void> q = db.execute(sql); !q)
                return failed(q.error());
        if (Result<void> r = db.setUserVersion(v); !r)
            return failed(r.error());
        if (Result<void> r = transaction.commit(); !r)
            return failed(r.error());
    }
}

Result<void> Schema::refreshIndexes(Database& db)
{
    for (const DerivedIndex& index : kDerivedIndexes) {
        const QString name = QString::fromLatin1(index.name);
        if (Result<int> stored = derivedVersion(db, name); stored && *stored >= index.version)
            continue;
        // Read again under the write lock, as the schema version is: two processes do not both rebuild it.
        Transaction transaction(db);
        if (!transaction.ok())
            return transaction.error();
        Result<QVariant> stored =
            db.scalar(QStringLiteral("SELECT version FROM index_versions WHERE name = ?"), {name});
        if (!stored)
            return stored.error();
        if (stored->isValid() && stored->toInt() >= index.version) {
            if (Result<void> r = transaction.commit(); !r)
                return r;
            continue;
        }
        if (Result<void> r = index.rebuild(db); !r)
            return Error::storage(QStringLiteral("cannot build the %1 index: %2").arg(name, r.error().detail()));
        if (Result<void> q = db.execute(QStringLiteral("INSERT INTO index_versions (name, version) VALUES (?, ?) "
                                                       "ON CONFLICT (name) DO UPDATE SET version = excluded.version"),
                                        {name, index.version});
            !q)
            return q.error();
        if (Result<void> r = transaction.commit(); !r)
            return r;
    }
    return {};
}

Result<int> Schema::derivedVersion(Database& db, const QString& name)
{
    Result<QVariant> stored = db.scalar(QStringLiteral("SELECT version FROM index_versions WHERE name = ?"), {name});
    if (!stored)
        return stored.error();
    return stored->isValid() ? stored->toInt() : 0;
}

Result<void> Schema::setDerivedVersion(Database& db, const QString& name, int version)
{
    return db.execute(QStringLiteral("INSERT INTO index_versions (name, version) VALUES (?, ?) "
                                     "ON CONFLICT (name) DO UPDATE SET version = excluded.version"),
                      {name, version});
}

} // namespace kl
