#include "ReferenceRepository.h"

#include "Database.h"
#include "LetterRepository.h"
#include "import/DocumentReader.h"
#include "refs/ReferenceScanner.h"

namespace kl {

namespace {

// The references that point to letter `l`: by its kstId or by the name it is known as, from another letter.
const char* kPointsToLetter = "r.letter_id <> l.id AND (r.target = l.kst_id OR r.target = 'named:' || l.named_as)";

} // namespace

ReferenceRepository::ReferenceRepository(Database& db)
    : m_db(db)
{
}

Result<void> ReferenceRepository::store(qint64 letterId, qint64 renditionId, const QList<Reference>& references)
{
    Result<QSqlQuery> q =
        m_db.prepare(QStringLiteral("INSERT INTO letter_references (letter_id, rendition_id, kind, target, text, "
                                    "start, end) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    for (const Reference& r : references) {
        q->bindValue(0, letterId);
        q->bindValue(1, renditionId);
        q->bindValue(2, r.kind);
        q->bindValue(3, r.target);
        q->bindValue(4, sql::notNull(r.text));
        q->bindValue(5, qint64(r.start));
        q->bindValue(6, qint64(r.end));
        if (Result<void> done = Database::exec(*q); !done)
            return done;
    }
    return {};
}

Result<QList<Reference>> ReferenceRepository::references(qint64 renditionId) const
{
    Result<QSqlQuery> q = m_db.run(QStringLiteral("SELECT kind, target, text, start, end FROM letter_references "
                                                  "WHERE rendition_id = ? ORDER BY start"),
                                   {renditionId});
    if (!q)
        return q.error();
    const Row row(*q);
    QList<Reference> out;
    while (q->next())
        out.append(Reference{row.text("kind"), row.text("target"), row.text("text"), row.id("start"), row.id("end")});
    return out;
}

Result<QList<qint64>> ReferenceRepository::citingLetters(qint64 letterId) const
{
    Result<QSqlQuery> q = m_db.run(QStringLiteral("SELECT DISTINCT r.letter_id AS letter_id FROM letter_references r, "
                                                  "letters l WHERE l.id = ? AND %1 ORDER BY r.letter_id")
                                       .arg(QLatin1String(kPointsToLetter)),
                                   {letterId});
    if (!q)
        return q.error();
    const Row row(*q);
    QList<qint64> out;
    while (q->next())
        out.append(row.id("letter_id"));
    return out;
}

Result<QList<ReferenceRepository::Citation>> ReferenceRepository::citationsOf(qint64 letterId) const
{
    Result<QSqlQuery> q = m_db.run(
        QStringLiteral("SELECT r.letter_id AS letter_id, r.rendition_id AS rendition_id, r.start AS start, "
                       "r.end AS end, r.text AS text FROM letter_references r, letters l WHERE l.id = ? AND %1 "
                       "AND r.rendition_id = %2 ORDER BY r.letter_id, r.start")
            .arg(QLatin1String(kPointsToLetter), LetterRepository::primaryRenditionOf(QStringLiteral("r.letter_id"))),
        {letterId});
    if (!q)
        return q.error();
    const Row row(*q);
    QList<Citation> out;
    while (q->next())
        out.append(
            Citation{row.id("letter_id"), row.id("rendition_id"), row.id("start"), row.id("end"), row.text("text")});
    return out;
}

Result<QHash<qint64, int>> ReferenceRepository::citingCounts() const
{
    Result<QSqlQuery> q =
        m_db.run(QStringLiteral("SELECT cited, count(DISTINCT citing) AS citing FROM ("
                                " SELECT l.id AS cited, r.letter_id AS citing FROM letters l JOIN letter_references r"
                                " ON r.target = l.kst_id WHERE r.letter_id <> l.id"
                                " UNION SELECT l.id, r.letter_id FROM letters l JOIN letter_references r"
                                " ON r.target = 'named:' || l.named_as WHERE r.letter_id <> l.id"
                                " UNION SELECT to_letter, from_letter FROM links WHERE to_letter <> from_letter)"
                                " GROUP BY cited"));
    if (!q)
        return q.error();
    const Row row(*q);
    QHash<qint64, int> counts;
    while (q->next())
        counts.insert(row.id("cited"), row.integer("citing"));
    return counts;
}

Result<void> ReferenceRepository::rescanAll()
{
    LetterRepository letters(m_db);
    Result<QList<LetterRepository::StoredRendition>> renditions = letters.allRenditions();
    if (!renditions)
        return renditions.error();
    if (Result<QSqlQuery> clear = m_db.run(QStringLiteral("DELETE FROM letter_references")); !clear)
        return clear.error();
    for (const LetterRepository::StoredRendition& r : *renditions) {
        QList<Reference> refs;
        if (r.format == QLatin1String("xml")) {
            const DocumentReader::FileRead read =
                DocumentReader::readFile(m_db.folder() + QStringLiteral("/files/") + r.file);
            if (read.result.ok())
                refs = read.result.document.references;
        } else {
            Result<QStringList> texts = letters.pageTexts(r.id);
            if (!texts)
                return texts.error();
            refs = ReferenceScanner::scan(texts->join(QLatin1Char('\f')));
        }
        if (Result<void> stored = store(r.letterId, r.id, refs); !stored)
            return stored;
    }
    return {};
}

} // namespace kl
