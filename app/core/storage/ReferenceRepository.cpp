#include "ReferenceRepository.h"

#include "Database.h"
#include "LetterRepository.h"
#include "import/DocumentReader.h"
#include "refs/ReferenceScanner.h"

namespace kl {

namespace {

// The references that point to letter `l`: by its kstId or by the name it is known as, from another letter.
const char* kPointsToLetter =
    "r.letter_id <> l.id AND (r.target = l.publication_id OR r.target = 'named:' || l.named_as "
    "OR r.target = 'zaak:' || l.zaak)";

} // namespace

ReferenceRepository::ReferenceRepository(Database& db)
    : m_db(db)
{
}

Result<void> ReferenceRepository::store(qint64 letterId, qint64 renditionId, const QList<Reference>& references)
{
    QList<QVariantList> rows;
    for (const Reference& r : references)
        rows.append({letterId, renditionId, r.kind, r.target, sql::notNull(r.text), qint64(r.start), qint64(r.end)});
    return m_db.runEach(QStringLiteral("INSERT INTO letter_references (letter_id, rendition_id, kind, target, text, "
                                       "start, end) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        rows);
}

Result<void> ReferenceRepository::replace(qint64 letterId, qint64 renditionId, const QList<Reference>& references)
{
    if (Result<void> clear =
            m_db.execute(QStringLiteral("DELETE FROM letter_references WHERE rendition_id = ?"), {renditionId});
        !clear)
        return clear;
    return store(letterId, renditionId, references);
}

Result<QList<Reference>> ReferenceRepository::references(qint64 renditionId) const
{
    return m_db.list<Reference>(
        QStringLiteral("SELECT kind, target, text, start, end FROM letter_references WHERE rendition_id = ? "
                       "ORDER BY start"),
        {renditionId}, [](const Row& r) {
            return Reference{r.text("kind"), r.text("target"), r.text("text"), r.id("start"), r.id("end")};
        });
}

Result<QList<qint64>> ReferenceRepository::citingLetters(qint64 letterId) const
{
    return m_db.list<qint64>(QStringLiteral("SELECT DISTINCT r.letter_id AS letter_id FROM letter_references r, "
                                            "letters l WHERE l.id = ? AND %1 ORDER BY r.letter_id")
                                 .arg(QLatin1String(kPointsToLetter)),
                             {letterId}, [](const Row& r) { return r.id("letter_id"); });
}

Result<QList<ReferenceRepository::Citation>> ReferenceRepository::citationsOf(qint64 letterId) const
{
    return m_db.list<Citation>(
        QStringLiteral("SELECT r.letter_id AS letter_id, r.rendition_id AS rendition_id, r.start AS start, "
                       "r.end AS end, r.text AS text FROM letter_references r, letters l WHERE l.id = ? AND %1 "
                       "AND r.rendition_id = %2 ORDER BY r.letter_id, r.start")
            .arg(QLatin1String(kPointsToLetter), LetterRepository::primaryRenditionOf(QStringLiteral("r.letter_id"))),
        {letterId}, [](const Row& r) {
            return Citation{r.id("letter_id"), r.id("rendition_id"), r.id("start"), r.id("end"), r.text("text")};
        });
}

Result<QHash<qint64, int>> ReferenceRepository::citingCounts() const
{
    Result<QList<std::pair<qint64, int>>> rows = m_db.list<std::pair<qint64, int>>(
        QStringLiteral("SELECT cited, count(DISTINCT citing) AS citing FROM ("
                       " SELECT l.id AS cited, r.letter_id AS citing FROM letters l JOIN letter_references r"
                       " ON r.target = l.publication_id WHERE r.letter_id <> l.id"
                       " UNION SELECT l.id, r.letter_id FROM letters l JOIN letter_references r"
                       " ON r.target = 'zaak:' || l.zaak WHERE r.letter_id <> l.id"
                       " UNION SELECT l.id, r.letter_id FROM letters l JOIN letter_references r"
                       " ON r.target = 'named:' || l.named_as WHERE r.letter_id <> l.id"
                       " UNION SELECT to_letter, from_letter FROM links WHERE to_letter <> from_letter)"
                       " GROUP BY cited"),
        {}, [](const Row& r) {
            return std::pair{r.id("cited"), r.integer("citing")};
        });
    if (!rows)
        return rows.error();
    return QHash<qint64, int>(rows->cbegin(), rows->cend());
}

Result<void> ReferenceRepository::rescanAll()
{
    if (Result<void> clear = m_db.execute(QStringLiteral("DELETE FROM letter_references")); !clear)
        return clear;
    const LetterRepository letters(m_db);
    return letters.forEachRendition(
        [this, &letters](const LetterRepository::StoredRendition& r, const QStringList& pages) -> Result<void> {
            QList<Reference> refs;
            if (r.format == QLatin1String("xml")) {
                const DocumentReader::FileRead read =
                    DocumentReader::readFile(m_db.folder() + QStringLiteral("/files/") + r.file);
                if (read.result.ok())
                    refs = read.result.document.references;
            } else {
                // The letter as stored knows its own id and dossier, which its references leave out or complete.
                Result<std::optional<LetterRecord>> letter = letters.letter(r.letterId);
                if (!letter)
                    return letter.error();
                refs = ReferenceScanner::scanDocument(pages, *letter ? (*letter)->metadata : DocumentMetadata());
            }
            return store(r.letterId, r.id, refs);
        });
}

} // namespace kl
