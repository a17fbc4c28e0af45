#include "OfficialRecordRepository.h"

#include "Database.h"

#include <QJsonDocument>

namespace kl {

namespace {

QString json(const QJsonObject& o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

OfficialRecordRepository::OfficialRecordRepository(Database& db)
    : m_db(db)
{
}

Result<void> OfficialRecordRepository::store(qint64 letterId, const OfficialRecord& record,
                                             const QJsonObject& textValues, const QString& now)
{
    return m_db.execute(
        QStringLiteral("INSERT INTO official_records (letter_id, source, tk_document_id, document_number, modified, "
                       "deleted, metadata, text_values, votes, fetched) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (letter_id, source) DO UPDATE SET tk_document_id = excluded.tk_document_id, "
                       "document_number = excluded.document_number, modified = excluded.modified, "
                       "deleted = excluded.deleted, metadata = excluded.metadata, "
                       "text_values = coalesce(excluded.text_values, official_records.text_values), "
                       "votes = coalesce(excluded.votes, official_records.votes), fetched = excluded.fetched"),
        {letterId, record.source, sql::nullable(record.tkDocumentId), sql::nullable(record.documentNumber),
         sql::nullable(record.modified), record.deleted ? 1 : 0, json(OfficialRecord::encode(record.metadata)),
         sql::nullable(json(textValues)),
         sql::nullable(record.votes.isEmpty() ? QString() : json(record.votes.toJson())), now});
}

Result<void> OfficialRecordRepository::setVotes(qint64 letterId, const QString& source, const VoteResult& votes)
{
    return m_db.execute(QStringLiteral("UPDATE official_records SET votes = ? WHERE letter_id = ? AND source = ?"),
                        {sql::nullable(votes.isEmpty() ? QString() : json(votes.toJson())), letterId, source});
}

Result<void> OfficialRecordRepository::markDeleted(qint64 letterId, const QString& source, const QString& modified)
{
    return m_db.execute(
        QStringLiteral("UPDATE official_records SET deleted = 1, modified = ? WHERE letter_id = ? AND source = ?"),
        {sql::nullable(modified), letterId, source});
}

Result<QList<OfficialSource>> OfficialRecordRepository::records(qint64 letterId) const
{
    return m_db.list<OfficialSource>(
        QStringLiteral("SELECT source, tk_document_id, document_number, modified, deleted, metadata, text_values, "
                       "votes, fetched FROM official_records WHERE letter_id = ? ORDER BY source <> 'tk', source"),
        {letterId}, [](const Row& row) {
            OfficialSource s;
            s.record.source = row.text("source");
            s.record.tkDocumentId = row.text("tk_document_id");
            s.record.documentNumber = row.text("document_number");
            s.record.modified = row.text("modified");
            s.record.deleted = row.integer("deleted") != 0;
            s.record.metadata = OfficialRecord::decode(object(row.text("metadata")));
            s.record.votes = VoteResult::fromJson(object(row.text("votes")));
            s.textValues = object(row.text("text_values"));
            s.fetched = row.time("fetched");
            return s;
        });
}

Result<qint64> OfficialRecordRepository::letterWithTkDocument(const QString& guidOrNumber) const
{
    Result<QVariant> v = m_db.scalar(QStringLiteral("SELECT letter_id FROM official_records WHERE tk_document_id = ? "
                                                    "OR document_number = ? ORDER BY letter_id LIMIT 1"),
                                     {guidOrNumber, guidOrNumber});
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<QString> OfficialRecordRepository::modifiedOf(qint64 letterId, const QString& source) const
{
    Result<QVariant> v = m_db.scalar(
        QStringLiteral("SELECT modified FROM official_records WHERE letter_id = ? AND source = ?"), {letterId, source});
    if (!v)
        return v.error();
    return v->toString();
}

} // namespace kl
