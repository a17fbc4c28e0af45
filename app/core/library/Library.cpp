#include "Library.h"

#include "Schema.h"
#include "refs/ReferenceIndex.h"
#include "search/PassageIndex.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>
#include <utility>

namespace kl {

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// For NOT NULL text columns: a null QString would bind as SQL NULL.
QVariant notNull(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// Runs a prepared statement; on failure leaves the reason in `error`.
bool run(QSqlQuery& q, QString* error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

// The SELECT list that queryLetters() reads, in this order.
const char* kLetterColumns = "l.id, l.kst_id, l.chamber, l.vergaderjaar, l.ondernummer, l.kind, l.title, l.date, "
                             "l.sender, l.signatory, l.named_as";

// Reading order within a dossier: numbers numerically, Eerste Kamer letters after, by length then letter.
const char* kOndernummerOrder = "CASE WHEN l.ondernummer GLOB '[0-9]*' THEN 0 ELSE 1 END, "
                                "CAST(l.ondernummer AS INTEGER), length(l.ondernummer), l.ondernummer";

} // namespace

Library::Library(const QString& folder, const QString& connection)
    : m_folder(folder)
    , m_connection(connection)
{
}

Library::~Library()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString Library::defaultFolder()
{
    const QString env = qEnvironmentVariable("KAMERLEZER_LIBRARY");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library");
}

std::unique_ptr<Library> Library::open(const QString& folder, QString* error)
{
    static std::atomic<int> counter{0};
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    if (QFileInfo(absolute).exists() && !QFileInfo(absolute).isDir()) {
        *error = QStringLiteral("%1: is a file, not a library folder").arg(absolute);
        return nullptr;
    }
    if (!QDir().mkpath(absolute + QStringLiteral("/files"))) {
        *error = QStringLiteral("%1: cannot create the library folder").arg(absolute);
        return nullptr;
    }
    const QString connection = QStringLiteral("kamerlezer-library-%1").arg(counter++);
    std::unique_ptr<Library> library(new Library(absolute, connection));
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    database.setDatabaseName(absolute + QStringLiteral("/library.sqlite"));
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!database.open()) {
        *error = QStringLiteral("%1: cannot open the library: %2").arg(absolute, database.lastError().text());
        return nullptr;
    }
    const int version = Schema::version(database);
    if (version < 0) {
        *error = QStringLiteral("%1/library.sqlite: not a Kamerlezer library (not an SQLite database)").arg(absolute);
        return nullptr;
    }
    if (version > Schema::kVersion) {
        *error = QStringLiteral("%1: this library was made by a newer version of Kamerlezer (schema %2; this "
                                "version knows up to %3). It was left unchanged; please update Kamerlezer.")
                     .arg(absolute)
                     .arg(version)
                     .arg(Schema::kVersion);
        return nullptr;
    }
    QSqlQuery q(database);
    for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON"})
        q.exec(QString::fromLatin1(pragma));
    if (!Schema::migrate(database, error)) {
        *error = QStringLiteral("%1: %2").arg(absolute, *error);
        return nullptr;
    }
    library->checkExternalChanges(); // the version to compare with from now on
    return library;
}

QSqlDatabase Library::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString Library::storedFile(const QString& sha256, const QString& format) const
{
    const QString ext = format == QLatin1String("text") ? QStringLiteral("txt") : format;
    return QStringLiteral("%1/files/%2.%3").arg(m_folder, sha256, ext);
}

bool Library::hasRendition(const QString& sha256) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT 1 FROM renditions WHERE sha256 = ?"));
    q.addBindValue(sha256);
    return q.exec() && q.next();
}

ImportOutcome Library::importFile(const QString& path)
{
    const DocumentReader::FileRead read = DocumentReader::readFile(path);
    return store(read, path);
}

ImportOutcome Library::store(const DocumentReader::FileRead& read, const QString& originalPath)
{
    ImportOutcome out;
    if (!read.result.ok()) {
        out.message = read.result.error;
        return out;
    }
    const ImportedDocument& doc = read.result.document;
    const DocumentMetadata& meta = doc.metadata;
    out.warnings = doc.warnings;
    QSqlDatabase database = db();

    {
        QSqlQuery q(database);
        q.prepare(QStringLiteral("SELECT r.letter_id, l.key FROM renditions r JOIN letters l ON l.id = r.letter_id "
                                 "WHERE r.sha256 = ?"));
        q.addBindValue(read.sha256);
        if (q.exec() && q.next()) {
            out.status = ImportOutcome::Unchanged;
            out.letterId = q.value(0).toLongLong();
            out.letterKey = q.value(1).toString();
            return out;
        }
    }

    // The copy goes first: a copy without a row is harmless, a row without its copy is not.
    const QString copyPath = storedFile(read.sha256, doc.format);
    if (!QFileInfo::exists(copyPath)) {
        QSaveFile copy(copyPath);
        if (!copy.open(QIODevice::WriteOnly) || copy.write(read.bytes) != read.bytes.size() || !copy.commit()) {
            out.message = QStringLiteral("cannot copy into the library: %1").arg(copy.errorString());
            return out;
        }
    }

    QString error;
    auto fail = [&](const QString& why) {
        database.rollback();
        out.status = ImportOutcome::Failed;
        out.message = QStringLiteral("cannot store in the library: %1").arg(why);
        return out;
    };
    if (!database.transaction())
        return fail(database.lastError().text());

    const QString key = meta.kstId.isEmpty() ? QStringLiteral("sha256:") + read.sha256 : meta.kstId;
    qint64 letterId = 0;
    QSqlQuery q(database);
    q.prepare(QStringLiteral("SELECT id FROM letters WHERE key = ?"));
    q.addBindValue(key);
    if (!run(q, &error))
        return fail(error);
    const QString now = nowIso();
    if (q.next()) {
        letterId = q.value(0).toLongLong();
        out.status = ImportOutcome::AddedRendition;
        // A second rendition may know what the first did not.
        std::optional<LetterRecord> existing = letter(letterId);
        DocumentMetadata merged = existing ? existing->metadata : DocumentMetadata{};
        merged.fillGapsFrom(meta);
        QSqlQuery u(database);
        u.prepare(
            QStringLiteral("UPDATE letters SET chamber = ?, vergaderjaar = ?, ondernummer = ?, kind = ?, "
                           "title = ?, date = ?, sender = ?, signatory = ?, named_as = ?, modified = ? WHERE id = ?"));
        for (const QVariant& v :
             {merged.chamber ? QVariant(merged.chamber) : QVariant(QMetaType::fromType<int>()),
              nullable(merged.vergaderjaar), nullable(merged.ondernummer), nullable(merged.kind),
              nullable(merged.title), nullable(merged.date.toString(Qt::ISODate)), nullable(merged.sender),
              nullable(merged.signatory), nullable(merged.namedAs), QVariant(now), QVariant(letterId)})
            u.addBindValue(v);
        if (!run(u, &error))
            return fail(error);
    } else {
        out.status = ImportOutcome::Imported;
        QSqlQuery ins(database);
        ins.prepare(QStringLiteral("INSERT INTO letters (key, kst_id, chamber, vergaderjaar, ondernummer, kind, title, "
                                   "date, sender, signatory, named_as, created, modified) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v :
             {QVariant(key), nullable(meta.kstId),
              meta.chamber ? QVariant(meta.chamber) : QVariant(QMetaType::fromType<int>()), nullable(meta.vergaderjaar),
              nullable(meta.ondernummer), nullable(meta.kind), nullable(meta.title),
              nullable(meta.date.toString(Qt::ISODate)), nullable(meta.sender), nullable(meta.signatory),
              nullable(meta.namedAs), QVariant(now), QVariant(now)})
            ins.addBindValue(v);
        if (!run(ins, &error))
            return fail(error);
        letterId = ins.lastInsertId().toLongLong();
    }

    for (int i = 0; i < meta.dossiers.size(); ++i) {
        const Dossier& d = meta.dossiers[i];
        QSqlQuery dq(database);
        dq.prepare(QStringLiteral(
            "INSERT INTO dossiers (number, addition, title) VALUES (?, ?, ?) "
            "ON CONFLICT (number, addition) DO UPDATE SET title = coalesce(dossiers.title, excluded.title)"));
        dq.addBindValue(d.number);
        dq.addBindValue(notNull(d.addition));
        dq.addBindValue(nullable(d.title));
        if (!run(dq, &error))
            return fail(error);
        QSqlQuery link(database);
        link.prepare(QStringLiteral("INSERT OR IGNORE INTO letter_dossiers (letter_id, dossier_id, position) "
                                    "SELECT ?, id, ? FROM dossiers WHERE number = ? AND addition = ?"));
        link.addBindValue(letterId);
        link.addBindValue(i);
        link.addBindValue(d.number);
        link.addBindValue(notNull(d.addition));
        if (!run(link, &error))
            return fail(error);
    }

    QSqlQuery rq(database);
    rq.prepare(
        QStringLiteral("INSERT INTO renditions (letter_id, format, sha256, file, original_name, pages, imported) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    rq.addBindValue(letterId);
    rq.addBindValue(doc.format);
    rq.addBindValue(read.sha256);
    rq.addBindValue(QFileInfo(copyPath).fileName());
    rq.addBindValue(QFileInfo(originalPath).fileName());
    rq.addBindValue(int(doc.pages.size()));
    rq.addBindValue(now);
    if (!run(rq, &error))
        return fail(error);
    const qint64 renditionId = rq.lastInsertId().toLongLong();

    QSqlQuery pq(database);
    pq.prepare(QStringLiteral("INSERT INTO page_texts (rendition_id, page, text) VALUES (?, ?, ?)"));
    for (int i = 0; i < doc.pages.size(); ++i) {
        pq.bindValue(0, renditionId);
        pq.bindValue(1, i + 1);
        pq.bindValue(2, notNull(doc.pages[i].text));
        if (!run(pq, &error))
            return fail(error);
    }
    QStringList pageTexts;
    for (const PageText& page : doc.pages)
        pageTexts.append(page.text);
    if (!PassageIndex::indexRendition(database, letterId, renditionId, pageTexts, &error))
        return fail(error);
    if (!ReferenceIndex::store(database, letterId, renditionId, doc.references, &error))
        return fail(error);
    if (!database.commit())
        return fail(database.lastError().text());
    out.letterId = letterId;
    out.letterKey = key;
    notify({LibraryChange::Letters, {letterId}});
    return out;
}

int Library::letterCount() const
{
    QSqlQuery q(db());
    return q.exec(QStringLiteral("SELECT count(*) FROM letters")) && q.next() ? q.value(0).toInt() : 0;
}

QList<LetterRecord> Library::queryLetters(const QString& where, const QVariantList& binds) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(where.arg(QString::fromLatin1(kLetterColumns)));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    QList<LetterRecord> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        LetterRecord r;
        r.id = q.value(0).toLongLong();
        DocumentMetadata& m = r.metadata;
        m.kstId = q.value(1).toString();
        m.chamber = q.value(2).toInt();
        m.vergaderjaar = q.value(3).toString();
        m.ondernummer = q.value(4).toString();
        m.kind = q.value(5).toString();
        m.title = q.value(6).toString();
        m.date = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        m.sender = q.value(8).toString();
        m.signatory = q.value(9).toString();
        m.namedAs = q.value(10).toString();
        out.append(r);
    }
    if (out.isEmpty())
        return out;

    // Dossiers of all these letters in one query; the ids are our own integers, safe to inline.
    QHash<qint64, int> index;
    QStringList ids;
    for (int i = 0; i < out.size(); ++i) {
        index.insert(out[i].id, i);
        ids.append(QString::number(out[i].id));
    }
    const QString idList = ids.join(QLatin1Char(','));
    QSqlQuery dq(db());
    dq.setForwardOnly(true);
    if (dq.exec(QStringLiteral("SELECT ld.letter_id, d.number, d.addition, d.title FROM letter_dossiers ld "
                               "JOIN dossiers d ON d.id = ld.dossier_id WHERE ld.letter_id IN (%1) "
                               "ORDER BY ld.letter_id, ld.position")
                    .arg(idList))) {
        while (dq.next()) {
            const auto it = index.constFind(dq.value(0).toLongLong());
            if (it != index.cend())
                out[*it].metadata.dossiers.append(
                    Dossier{dq.value(1).toString(), dq.value(2).toString(), dq.value(3).toString()});
        }
    }
    loadRenditions(out, index, idList);
    return out;
}

void Library::loadRenditions(QList<LetterRecord>& letters, const QHash<qint64, int>& index, const QString& idList) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, letter_id, format, sha256, pages, file, original_name, imported "
                               "FROM renditions WHERE letter_id IN (%1) ORDER BY id")
                    .arg(idList)))
        return;
    while (q.next()) {
        const auto it = index.constFind(q.value(1).toLongLong());
        if (it == index.cend())
            continue;
        RenditionRecord r;
        r.id = q.value(0).toLongLong();
        r.letterId = q.value(1).toLongLong();
        r.format = q.value(2).toString();
        r.sha256 = q.value(3).toString();
        r.pages = q.value(4).toInt();
        r.storedPath = m_folder + QStringLiteral("/files/") + q.value(5).toString();
        r.originalName = q.value(6).toString();
        r.imported = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        letters[*it].renditions.append(r);
    }
}

QList<LetterRecord> Library::letters(const QString& dossierNumber) const
{
    if (!dossierNumber.isEmpty()) {
        return queryLetters(QStringLiteral("SELECT %1 FROM letters l JOIN letter_dossiers ld ON ld.letter_id = l.id "
                                           "JOIN dossiers d ON d.id = ld.dossier_id "
                                           "WHERE d.number = ? OR (d.number || ' ' || d.addition) = ? "
                                           "OR (d.number || '-' || d.addition) = ? GROUP BY l.id ORDER BY ") +
                                QString::fromLatin1(kOndernummerOrder),
                            {dossierNumber.simplified().remove(QLatin1Char(' ')), dossierNumber.simplified(),
                             dossierNumber.simplified()});
    }
    return queryLetters(QStringLiteral("SELECT %1 FROM letters l LEFT JOIN letter_dossiers ld ON ld.letter_id = l.id "
                                       "AND ld.position = 0 LEFT JOIN dossiers d ON d.id = ld.dossier_id "
                                       "ORDER BY d.number IS NULL, d.number, d.addition, ") +
                            QString::fromLatin1(kOndernummerOrder) + QStringLiteral(", l.kind, l.date, l.id"),
                        {});
}

std::optional<LetterRecord> Library::letter(qint64 id) const
{
    QList<LetterRecord> list = queryLetters(QStringLiteral("SELECT %1 FROM letters l WHERE l.id = ?"), {id});
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

qint64 Library::resolveId(const QString& idOrKstId) const
{
    QSqlQuery q(db());
    bool numeric = false;
    const qint64 n = idOrKstId.toLongLong(&numeric);
    if (numeric) {
        q.prepare(QStringLiteral("SELECT id FROM letters WHERE id = ?"));
        q.addBindValue(n);
    } else {
        q.prepare(QStringLiteral("SELECT id FROM letters WHERE kst_id = ? OR key = ?"));
        q.addBindValue(idOrKstId);
        q.addBindValue(idOrKstId);
    }
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<DossierRecord> Library::dossiers() const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    QList<DossierRecord> out;
    if (!q.exec(QStringLiteral("SELECT d.id, d.number, d.addition, d.title, count(ld.letter_id) FROM dossiers d "
                               "LEFT JOIN letter_dossiers ld ON ld.dossier_id = d.id GROUP BY d.id "
                               "ORDER BY d.number, d.addition")))
        return out;
    while (q.next())
        out.append(DossierRecord{q.value(0).toLongLong(),
                                 Dossier{q.value(1).toString(), q.value(2).toString(), q.value(3).toString()},
                                 q.value(4).toInt()});
    return out;
}

QList<LetterRecord> Library::lettersInDossier(qint64 dossierId) const
{
    return queryLetters(QStringLiteral("SELECT %1 FROM letters l JOIN letter_dossiers ld ON ld.letter_id = l.id "
                                       "WHERE ld.dossier_id = ? ORDER BY ") +
                            QString::fromLatin1(kOndernummerOrder),
                        {dossierId});
}

QList<LetterRecord> Library::lettersWithoutDossier() const
{
    return queryLetters(QStringLiteral("SELECT %1 FROM letters l WHERE NOT EXISTS "
                                       "(SELECT 1 FROM letter_dossiers ld WHERE ld.letter_id = l.id) "
                                       "ORDER BY l.kind IS NULL, l.kind, l.date, l.id"),
                        {});
}

bool Library::setNamedAs(qint64 letterId, const QString& name)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE letters SET named_as = ?, modified = ? WHERE id = ?"));
    q.addBindValue(nullable(name.trimmed().toLower()));
    q.addBindValue(nowIso());
    q.addBindValue(letterId);
    if (!q.exec() || q.numRowsAffected() != 1)
        return false;
    notify({LibraryChange::Letters, {letterId}});
    return true;
}

qint64 Library::resolveTarget(const QString& target) const
{
    QSqlQuery q(db());
    if (target.startsWith(QLatin1String("named:"))) {
        q.prepare(QStringLiteral("SELECT id FROM letters WHERE named_as = ? ORDER BY id LIMIT 1"));
        q.addBindValue(target.mid(6));
    } else {
        q.prepare(QStringLiteral("SELECT id FROM letters WHERE kst_id = ?"));
        q.addBindValue(target);
    }
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<qint64> Library::citingLetters(qint64 letterId) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT DISTINCT r.letter_id FROM letter_references r, letters l WHERE l.id = ? "
                             "AND r.letter_id <> l.id AND (r.target = l.kst_id OR r.target = 'named:' || l.named_as) "
                             "ORDER BY r.letter_id"));
    q.addBindValue(letterId);
    QList<qint64> out;
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toLongLong());
    return out;
}

QStringList Library::pageTexts(qint64 renditionId) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT text FROM page_texts WHERE rendition_id = ? ORDER BY page"));
    q.addBindValue(renditionId);
    QStringList out;
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

QList<Reference> Library::references(qint64 renditionId) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT kind, target, text, start, end FROM letter_references WHERE rendition_id = ? "
                             "ORDER BY start"));
    q.addBindValue(renditionId);
    QList<Reference> out;
    if (q.exec())
        while (q.next())
            out.append(Reference{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toLongLong(), q.value(4).toLongLong()});
    return out;
}

QStringList Library::check() const
{
    QStringList problems;
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("PRAGMA integrity_check")))
        while (q.next())
            if (q.value(0).toString() != QLatin1String("ok"))
                problems.append(QStringLiteral("database: %1").arg(q.value(0).toString()));
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        while (q.next())
            problems.append(QStringLiteral("database: a row of %1 points to a missing row of %2")
                                .arg(q.value(0).toString(), q.value(2).toString()));
    if (q.exec(QStringLiteral("SELECT l.key FROM letters l WHERE NOT EXISTS "
                              "(SELECT 1 FROM renditions r WHERE r.letter_id = l.id)")))
        while (q.next())
            problems.append(QStringLiteral("letter %1 has no imported file").arg(q.value(0).toString()));
    if (q.exec(QStringLiteral("SELECT r.file, r.sha256, r.pages, (SELECT count(*) FROM page_texts p "
                              "WHERE p.rendition_id = r.id) FROM renditions r"))) {
        while (q.next()) {
            const QString path = m_folder + QStringLiteral("/files/") + q.value(0).toString();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                problems.append(QStringLiteral("%1: the library's copy is missing").arg(path));
                continue;
            }
            if (DocumentReader::sha256Hex(file.readAll()) != q.value(1).toString())
                problems.append(QStringLiteral("%1: the library's copy has changed (checksum differs)").arg(path));
            if (q.value(2).toInt() != q.value(3).toInt())
                problems.append(QStringLiteral("%1: %2 pages, but text for %3")
                                    .arg(path)
                                    .arg(q.value(2).toInt())
                                    .arg(q.value(3).toInt()));
        }
    }
    return problems;
}

void Library::notify(const LibraryChange& change)
{
    if (m_batchDepth > 0) {
        m_pending.merge(change);
        return;
    }
    Q_EMIT changed(change);
}

bool Library::checkExternalChanges()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return false;
    const qint64 version = q.value(0).toLongLong();
    const bool changedElsewhere = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    if (changedElsewhere)
        Q_EMIT changed({LibraryChange::External, {}});
    return changedElsewhere;
}

void Library::beginBatch()
{
    ++m_batchDepth;
}

void Library::endBatch()
{
    Q_ASSERT(m_batchDepth > 0);
    if (--m_batchDepth > 0 || !m_pending.what)
        return;
    const LibraryChange change = std::exchange(m_pending, LibraryChange{});
    Q_EMIT changed(change);
}

} // namespace kl
