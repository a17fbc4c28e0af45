#include "LetterRepository.h"
#include "StoredFileName.h"

#include "Database.h"
#include "MetadataDetailsColumn.h"
#include "PageTextChecksums.h"
#include "PageWordsColumn.h"

#include <QHash>

namespace kl {

namespace {

// The SELECT list that query() reads, by these names.
const char* kLetterColumns = "l.id AS id, l.kst_id AS kst_id, l.chamber AS chamber, l.vergaderjaar AS vergaderjaar, "
                             "l.ondernummer AS ondernummer, l.kind AS kind, l.title AS title, l.date AS date, "
                             "l.sender AS sender, l.signatory AS signatory, l.named_as AS named_as, l.zaak AS zaak, "
                             "l.details AS details, "
                             "EXISTS (SELECT 1 FROM unread_letters u WHERE u.letter_id = l.id) AS unread, "
                             "EXISTS (SELECT 1 FROM official_records o WHERE o.letter_id = l.id AND o.deleted) "
                             "AS withdrawn, "
                             "(SELECT o.source FROM official_records o WHERE o.letter_id = l.id "
                             " ORDER BY o.source <> 'tk' LIMIT 1) AS official_source";

// Reading order within a dossier: numbers numerically, Eerste Kamer letters after, by length then letter.
const char* kOndernummerOrder = "CASE WHEN l.ondernummer GLOB '[0-9]*' THEN 0 ELSE 1 END, "
                                "CAST(l.ondernummer AS INTEGER), length(l.ondernummer), l.ondernummer";

QString letterSql(const char* from, const QString& orderBy = QString())
{
    return QStringLiteral("SELECT %1 FROM %2").arg(QLatin1String(kLetterColumns), QLatin1String(from)) + orderBy;
}

QString ondernummerOrder()
{
    return QString::fromLatin1(kOndernummerOrder);
}

// The columns from chamber to named_as, in the order both INSERT and UPDATE name them.
QVariantList metadataValues(const DocumentMetadata& m)
{
    return {m.chamber ? QVariant(m.chamber) : QVariant(QMetaType::fromType<int>()),
            sql::nullable(m.vergaderjaar),
            sql::nullable(m.ondernummer),
            sql::nullable(m.kind),
            sql::nullable(m.title),
            sql::nullable(m.date.toString(Qt::ISODate)),
            sql::nullable(m.sender),
            sql::nullable(m.signatory),
            sql::nullable(m.namedAs),
            sql::nullable(m.publicationId()),
            sql::nullable(m.zaak),
            sql::nullable(MetadataDetailsColumn::encode(m))};
}

Result<qint64> idOf(const Result<QVariant>& v)
{
    if (!v)
        return v.error();
    return v->toLongLong(); // no row: 0
}

} // namespace

LetterRepository::LetterRepository(Database& db)
    : m_db(db)
{
}

QString LetterRepository::primaryRenditionOf(const QString& letterId)
{
    // Same rule as LetterRecord::primaryRendition().
    return QStringLiteral("(SELECT id FROM renditions WHERE letter_id = %1 ORDER BY format <> 'pdf', id LIMIT 1)")
        .arg(letterId);
}

Result<int> LetterRepository::count() const
{
    Result<QVariant> n = m_db.scalar(QStringLiteral("SELECT count(*) FROM letters"));
    if (!n)
        return n.error();
    return n->toInt();
}

Result<QList<LetterRecord>> LetterRepository::query(const QString& sql, const QVariantList& binds) const
{
    Result<QList<LetterRecord>> out = m_db.list<LetterRecord>(sql, binds, [](const Row& row) {
        LetterRecord r;
        r.id = row.id("id");
        DocumentMetadata& m = r.metadata;
        m.kstId = row.text("kst_id");
        m.chamber = row.integer("chamber");
        m.vergaderjaar = row.text("vergaderjaar");
        m.ondernummer = row.text("ondernummer");
        m.kind = row.text("kind");
        m.title = row.text("title");
        m.date = QDate::fromString(row.text("date"), Qt::ISODate);
        m.sender = row.text("sender");
        m.signatory = row.text("signatory");
        m.namedAs = row.text("named_as");
        m.zaak = row.text("zaak");
        MetadataDetailsColumn::decode(row.text("details"), m);
        r.unread = row.integer("unread") != 0;
        r.withdrawn = row.integer("withdrawn") != 0;
        r.officialSource = row.text("official_source");
        return r;
    });
    if (!out)
        return out;
    if (Result<void> r = loadDossiersAndRenditions(*out); !r)
        return r.error();
    return out;
}

Result<void> LetterRepository::loadDossiersAndRenditions(QList<LetterRecord>& letters) const
{
    if (letters.isEmpty())
        return {};
    // Dossiers and renditions of all these letters in one query each; the ids are our own integers, safe to
    // inline.
    QHash<qint64, int> index;
    QStringList ids;
    for (int i = 0; i < letters.size(); ++i) {
        index.insert(letters[i].id, i);
        ids.append(QString::number(letters[i].id));
    }
    const QString idList = ids.join(QLatin1Char(','));
    Result<QList<std::pair<qint64, Dossier>>> dossiers = m_db.list<std::pair<qint64, Dossier>>(
        QStringLiteral("SELECT ld.letter_id AS letter_id, d.number AS number, d.addition AS addition, d.title AS title "
                       "FROM letter_dossiers ld JOIN dossiers d ON d.id = ld.dossier_id WHERE ld.letter_id IN (%1) "
                       "ORDER BY ld.letter_id, ld.position")
            .arg(idList),
        {}, [](const Row& r) {
            return std::pair{r.id("letter_id"), Dossier{r.text("number"), r.text("addition"), r.text("title")}};
        });
    if (!dossiers)
        return dossiers.error();
    for (const auto& [letterId, dossier] : *dossiers)
        if (const auto it = index.constFind(letterId); it != index.cend())
            letters[*it].metadata.dossiers.append(dossier);

    const QString folder = m_db.folder();
    Result<QList<RenditionRecord>> renditions = m_db.list<RenditionRecord>(
        QStringLiteral("SELECT id, letter_id, format, sha256, pages, file, original_name, imported, text_source, "
                       "ocr_state FROM renditions "
                       "WHERE letter_id IN (%1) ORDER BY id")
            .arg(idList),
        {}, [&folder](const Row& row) {
            RenditionRecord r;
            r.id = row.id("id");
            r.letterId = row.id("letter_id");
            r.format = row.text("format");
            r.sha256 = row.text("sha256");
            r.pages = row.integer("pages");
            r.storedPath = StoredFileName::path(folder, row.text("file"));
            r.originalName = row.text("original_name");
            r.imported = row.time("imported");
            r.textSource = row.text("text_source");
            r.ocrState = row.text("ocr_state");
            return r;
        });
    if (!renditions)
        return renditions.error();
    for (const RenditionRecord& r : *renditions)
        if (const auto it = index.constFind(r.letterId); it != index.cend())
            letters[*it].renditions.append(r);
    return {};
}

Result<QList<LetterRecord>> LetterRepository::letters(const QString& dossierNumber) const
{
    if (!dossierNumber.isEmpty()) {
        const QString number = dossierNumber.simplified();
        return query(letterSql("letters l JOIN letter_dossiers ld ON ld.letter_id = l.id JOIN dossiers d ON "
                               "d.id = ld.dossier_id WHERE d.number = ? OR (d.number || ' ' || d.addition) = ? "
                               "OR (d.number || '-' || d.addition) = ? GROUP BY l.id ORDER BY ",
                               ondernummerOrder()),
                     {QString(number).remove(QLatin1Char(' ')), number, number});
    }
    return query(letterSql("letters l LEFT JOIN letter_dossiers ld ON ld.letter_id = l.id AND ld.position = 0 "
                           "LEFT JOIN dossiers d ON d.id = ld.dossier_id "
                           "ORDER BY d.number IS NULL, d.number, d.addition, ",
                           ondernummerOrder() + QStringLiteral(", l.kind, l.date, l.id")),
                 {});
}

Result<std::optional<LetterRecord>> LetterRepository::letter(qint64 id) const
{
    Result<QList<LetterRecord>> list = query(letterSql("letters l WHERE l.id = ?"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<LetterRecord>();
    return std::optional<LetterRecord>(list->first());
}

Result<QList<LetterRecord>> LetterRepository::lettersInDossier(qint64 dossierId) const
{
    return query(letterSql("letters l JOIN letter_dossiers ld ON ld.letter_id = l.id WHERE ld.dossier_id = ? "
                           "ORDER BY ",
                           ondernummerOrder()),
                 {dossierId});
}

Result<QList<LetterRecord>> LetterRepository::lettersWithoutDossier() const
{
    return query(letterSql("letters l WHERE NOT EXISTS (SELECT 1 FROM letter_dossiers ld WHERE ld.letter_id = l.id) "
                           "ORDER BY l.kind IS NULL, l.kind, l.date, l.id"),
                 {});
}

Result<QList<DossierRecord>> LetterRepository::dossiers() const
{
    // Followed dossiers first (what the user tracks), each with its unread letters; a followed dossier without
    // letters yet (id 0) too, so the tree shows it from the moment it is followed.
    return m_db.list<DossierRecord>(
        QStringLiteral(
            "SELECT d.id AS id, d.number AS number, d.addition AS addition, d.title AS title, "
            "count(ld.letter_id) AS letters, count(u.letter_id) AS unread, "
            "EXISTS (SELECT 1 FROM followed_dossiers f WHERE f.number = d.number AND f.addition = d.addition) "
            "AS followed FROM dossiers d LEFT JOIN letter_dossiers ld ON ld.dossier_id = d.id "
            "LEFT JOIN unread_letters u ON u.letter_id = ld.letter_id GROUP BY d.id "
            "UNION ALL SELECT 0, f.number, f.addition, NULL, 0, 0, 1 FROM followed_dossiers f WHERE NOT EXISTS "
            "(SELECT 1 FROM dossiers d WHERE d.number = f.number AND d.addition = f.addition) "
            "ORDER BY followed DESC, number, addition"),
        {}, [](const Row& r) {
            return DossierRecord{r.id("id"), Dossier{r.text("number"), r.text("addition"), r.text("title")},
                                 r.integer("letters"), r.integer("unread"), r.integer("followed") != 0};
        });
}

Result<qint64> LetterRepository::resolveId(const QString& idOrKstId) const
{
    bool numeric = false;
    const qint64 n = idOrKstId.toLongLong(&numeric);
    if (numeric)
        return idOf(m_db.scalar(QStringLiteral("SELECT id FROM letters WHERE id = ?"), {n}));
    return idOf(m_db.scalar(
        QStringLiteral("SELECT id FROM letters WHERE kst_id = ? OR key = ? OR publication_id = ? ORDER BY id LIMIT 1"),
        {idOrKstId, idOrKstId, idOrKstId}));
}

Result<qint64> LetterRepository::resolveTarget(const QString& target) const
{
    if (target.startsWith(QLatin1String("named:")))
        return idOf(m_db.scalar(QStringLiteral("SELECT id FROM letters WHERE named_as = ? ORDER BY id LIMIT 1"),
                                {target.mid(6)}));
    // Kamervragen ("zaak:2024Z01234") lead to the publication that answers them.
    if (target.startsWith(QLatin1String("zaak:")))
        return idOf(
            m_db.scalar(QStringLiteral("SELECT id FROM letters WHERE zaak = ? ORDER BY id LIMIT 1"), {target.mid(5)}));
    return idOf(
        m_db.scalar(QStringLiteral("SELECT id FROM letters WHERE publication_id = ? ORDER BY id LIMIT 1"), {target}));
}

Result<qint64> LetterRepository::letterWithKey(const QString& key) const
{
    return idOf(m_db.scalar(QStringLiteral("SELECT id FROM letters WHERE key = ?"), {key}));
}

Result<std::optional<LetterRepository::Owner>> LetterRepository::ownerOfRendition(const QString& sha256) const
{
    Result<QList<Owner>> owners = m_db.list<Owner>(
        QStringLiteral("SELECT r.letter_id AS letter_id, l.key AS key FROM renditions r JOIN letters l ON "
                       "l.id = r.letter_id WHERE r.sha256 = ?"),
        {sha256}, [](const Row& r) {
            return Owner{r.id("letter_id"), r.text("key")};
        });
    if (!owners)
        return owners.error();
    return owners->isEmpty() ? std::optional<Owner>() : std::optional<Owner>(owners->first());
}

Result<qint64> LetterRepository::insertLetter(const QString& key, const DocumentMetadata& meta, const QString& now)
{
    QVariantList binds{key, sql::nullable(meta.kstId)};
    binds += metadataValues(meta);
    binds += QVariantList{now, now};
    return m_db.insert(QStringLiteral("INSERT INTO letters (key, kst_id, chamber, vergaderjaar, ondernummer, kind, "
                                      "title, date, sender, signatory, named_as, publication_id, zaak, details, "
                                      "created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       binds);
}

Result<void> LetterRepository::updateLetter(qint64 id, const DocumentMetadata& meta, const QString& now)
{
    QVariantList binds = metadataValues(meta);
    binds += QVariantList{now, id};
    return m_db.execute(QStringLiteral("UPDATE letters SET chamber = ?, vergaderjaar = ?, ondernummer = ?, kind = ?, "
                                       "title = ?, date = ?, sender = ?, signatory = ?, named_as = ?, "
                                       "publication_id = ?, zaak = ?, details = ?, modified = ? "
                                       "WHERE id = ?"),
                        binds);
}

Result<void> LetterRepository::fileInDossiers(qint64 letterId, const QList<Dossier>& dossiers)
{
    for (int i = 0; i < dossiers.size(); ++i) {
        const Dossier& d = dossiers[i];
        if (Result<void> r = m_db.execute(
                QStringLiteral("INSERT INTO dossiers (number, addition, title) VALUES (?, ?, ?) ON CONFLICT "
                               "(number, addition) DO UPDATE SET title = coalesce(dossiers.title, excluded.title)"),
                {d.number, sql::notNull(d.addition), sql::nullable(d.title)});
            !r)
            return r;
        if (Result<void> r =
                m_db.execute(QStringLiteral("INSERT OR IGNORE INTO letter_dossiers (letter_id, dossier_id, position) "
                                            "SELECT ?, id, ? FROM dossiers WHERE number = ? AND addition = ?"),
                             {letterId, i, d.number, sql::notNull(d.addition)});
            !r)
            return r;
    }
    return {};
}

Result<void> LetterRepository::setNamedAs(qint64 letterId, const QString& name, const QString& now)
{
    return m_db.changeOne(QStringLiteral("UPDATE letters SET named_as = ?, modified = ? WHERE id = ?"),
                          {sql::nullable(name), now, letterId}, QStringLiteral("letter %1").arg(letterId));
}

Result<qint64> LetterRepository::addRendition(qint64 letterId, const NewRendition& r, const QString& now)
{
    const Result<qint64> id = m_db.insert(
        QStringLiteral("INSERT INTO renditions (letter_id, format, sha256, file, original_name, pages, "
                       "imported, text_source, ocr_state, source_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {letterId, r.format, r.sha256, r.file, r.originalName, int(r.pageTexts.size()), now, r.textSource, r.ocrState,
         sql::nullable(r.sourcePath)});
    if (!id)
        return id;
    QList<QVariantList> pages;
    for (int i = 0; i < r.pageTexts.size(); ++i)
        pages.append({*id, i + 1, sql::notNull(r.pageTexts[i]), PageTextChecksums::of(r.pageTexts[i])});
    if (Result<void> done = m_db.runEach(
            QStringLiteral("INSERT INTO page_texts (rendition_id, page, text, checksum) VALUES (?, ?, ?, ?)"), pages);
        !done)
        return done.error();
    QList<QVariantList> words;
    for (auto it = r.ocrWords.cbegin(); it != r.ocrWords.cend(); ++it)
        words.append({*id, it.key() + 1, sql::encodeWords(*it)});
    if (Result<void> done =
            m_db.runEach(QStringLiteral("INSERT INTO page_words (rendition_id, page, words) VALUES (?, ?, ?)"), words);
        !done)
        return done.error();
    return id;
}

Result<QList<qint64>> LetterRepository::renditionsPendingOcr() const
{
    return m_db.list<qint64>(QStringLiteral("SELECT id FROM renditions WHERE ocr_state = 'pending' ORDER BY id"), {},
                             [](const Row& r) { return r.id("id"); });
}

Result<QHash<int, PageText>> LetterRepository::ocrPages(qint64 renditionId) const
{
    Result<QList<std::pair<int, PageText>>> rows = m_db.list<std::pair<int, PageText>>(
        QStringLiteral("SELECT w.page AS page, w.words AS words, t.text AS text FROM page_words w JOIN page_texts t "
                       "ON t.rendition_id = w.rendition_id AND t.page = w.page WHERE w.rendition_id = ?"),
        {renditionId}, [](const Row& r) {
            PageText page;
            page.text = r.text("text");
            page.words = sql::decodeWords(r.value("words").toByteArray());
            page.fromOcr = true;
            return std::pair{r.integer("page") - 1, page};
        });
    if (!rows)
        return rows.error();
    QHash<int, PageText> out;
    for (auto& [page, text] : *rows)
        out.insert(page, std::move(text));
    return out;
}

Result<void> LetterRepository::replaceOcrPages(qint64 renditionId, const QHash<int, PageText>& pages)
{
    QList<QVariantList> texts, words;
    for (auto it = pages.cbegin(); it != pages.cend(); ++it) {
        texts.append({sql::notNull(it->text), PageTextChecksums::of(it->text), renditionId, it.key() + 1});
        words.append({renditionId, it.key() + 1, sql::encodeWords(it->words)});
    }
    if (Result<void> r =
            m_db.runEach(QStringLiteral("UPDATE page_texts SET text = ?, checksum = ? WHERE rendition_id = ? AND "
                                        "page = ?"),
                         texts);
        !r)
        return r;
    return m_db.runEach(QStringLiteral("INSERT INTO page_words (rendition_id, page, words) VALUES (?, ?, ?) "
                                       "ON CONFLICT (rendition_id, page) DO UPDATE SET words = excluded.words"),
                        words);
}

Result<void> LetterRepository::setOcrState(qint64 renditionId, const QString& state, const QString& textSource)
{
    return m_db.changeOne(QStringLiteral("UPDATE renditions SET ocr_state = ?, text_source = ? WHERE id = ?"),
                          {state, textSource, renditionId}, QStringLiteral("rendition %1").arg(renditionId));
}

Result<void> LetterRepository::refileInDossiers(qint64 letterId, const QList<Dossier>& dossiers)
{
    if (Result<void> r = m_db.execute(QStringLiteral("DELETE FROM letter_dossiers WHERE letter_id = ?"), {letterId});
        !r)
        return r;
    if (Result<void> r = fileInDossiers(letterId, dossiers); !r)
        return r;
    return m_db.execute(QStringLiteral("DELETE FROM dossiers WHERE NOT EXISTS (SELECT 1 FROM letter_dossiers ld WHERE "
                                       "ld.dossier_id = dossiers.id)"));
}

Result<void> LetterRepository::setKstId(qint64 letterId, const QString& kstId)
{
    return m_db.execute(QStringLiteral("UPDATE letters SET kst_id = ? WHERE id = ?"), {sql::nullable(kstId), letterId});
}

Result<void> LetterRepository::setKey(qint64 letterId, const QString& key, const QString& kstId)
{
    return m_db.changeOne(QStringLiteral("UPDATE letters SET key = ?, kst_id = ? WHERE id = ?"),
                          {key, sql::nullable(kstId), letterId}, QStringLiteral("letter %1").arg(letterId));
}

Result<QStringList> LetterRepository::pageTexts(qint64 renditionId) const
{
    return m_db.list<QString>(QStringLiteral("SELECT text FROM page_texts WHERE rendition_id = ? ORDER BY page"),
                              {renditionId}, [](const Row& r) { return r.text("text"); });
}

Result<QList<LetterRepository::StoredRendition>> LetterRepository::allRenditions() const
{
    return m_db.list<StoredRendition>(
        QStringLiteral("SELECT r.id AS id, r.letter_id AS letter_id, r.format AS format, r.file AS file, "
                       "r.sha256 AS sha256, r.source_path AS source_path, r.pages AS pages, r.text_source AS "
                       "text_source, (SELECT count(*) FROM page_texts p WHERE p.rendition_id = r.id) AS page_texts "
                       "FROM renditions r ORDER BY r.id"),
        {}, [](const Row& r) {
            return StoredRendition{r.id("id"),         r.id("letter_id"),       r.text("format"),
                                   r.text("file"),     r.text("sha256"),        r.text("source_path"),
                                   r.integer("pages"), r.integer("page_texts"), r.text("text_source")};
        });
}

Result<void> LetterRepository::forEachRendition(
    const std::function<Result<void>(const StoredRendition&, const QStringList& pages)>& visit) const
{
    Result<QList<StoredRendition>> renditions = allRenditions();
    if (!renditions)
        return renditions.error();
    for (const StoredRendition& r : *renditions) {
        Result<QStringList> pages = pageTexts(r.id);
        if (!pages)
            return pages.error();
        if (Result<void> done = visit(r, *pages); !done)
            return done;
    }
    return {};
}

Result<QStringList> LetterRepository::keysOfLettersWithoutRendition() const
{
    return m_db.list<QString>(QStringLiteral("SELECT l.key AS key FROM letters l WHERE NOT EXISTS "
                                             "(SELECT 1 FROM renditions r WHERE r.letter_id = l.id)"),
                              {}, [](const Row& r) { return r.text("key"); });
}

} // namespace kl
