#pragma once

#include "base/Result.h"
#include "library/OfficialSource.h"

#include <QList>

namespace kl {

class Database;

// The SQL of `official_records`: what each official source says of a letter.
class OfficialRecordRepository {
public:
    explicit OfficialRecordRepository(Database& db);

    // Inserts or replaces the letter's record of `record.source`.
    Result<void> store(qint64 letterId, const OfficialRecord& record, const QJsonObject& textValues,
                       const QString& now);
    Result<void> setVotes(qint64 letterId, const QString& source, const VoteResult& votes);
    Result<void> markDeleted(qint64 letterId, const QString& source, const QString& modified);
    // Every source's record of the letter, the Tweede Kamer's first.
    Result<QList<OfficialSource>> records(qint64 letterId) const;
    // The letter the Tweede Kamer's document GUID or document number ("2024D40329") belongs to; 0 when none.
    Result<qint64> letterWithTkDocument(const QString& guidOrNumber) const;
    // The source's change stamp of the letter's record; empty when the source has none.
    Result<QString> modifiedOf(qint64 letterId, const QString& source) const;

private:
    Database& m_db;
};

} // namespace kl
