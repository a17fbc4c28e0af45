#include "OfficialStore.h"

#include "Library.h"
#include "LibraryBatch.h"
#include "StoredTime.h"

#include "base/ResultLog.h"
#include "storage/Database.h"
#include "storage/FollowRepository.h"
#include "storage/LetterRepository.h"
#include "storage/OfficialRecordRepository.h"

#include <QDateTime>

namespace kl {

namespace {

// Merges what the text said of the fields a source changed, over several renditions.
void unite(QJsonObject& into, const QJsonObject& more)
{
    for (auto it = more.begin(); it != more.end(); ++it)
        if (!into.contains(it.key()))
            into.insert(it.key(), it.value());
}

// Puts the record's values over the stored letter's and files it in the official dossiers.
Result<QJsonObject> applyToLetter(Database& db, qint64 letterId, const OfficialRecord& record)
{
    LetterRepository letters(db);
    Result<std::optional<LetterRecord>> stored = letters.letter(letterId);
    if (!stored)
        return stored.error();
    if (!*stored)
        return Error::notFound(QStringLiteral("letter %1 is not in the library").arg(letterId));
    DocumentMetadata merged = (*stored)->metadata;
    const QJsonObject textSaid = record.applyTo(merged);
    if (Result<void> r = letters.updateLetter(letterId, merged, storedNow()); !r)
        return r.error();
    if (Result<void> r = letters.fileInDossiers(letterId, merged.dossiers); !r)
        return r.error();
    return textSaid;
}

} // namespace

OfficialStore::OfficialStore(Library& library)
    : m_library(library)
{
}

ImportOutcome OfficialStore::storeFetched(const QList<DocumentReader::FileRead>& reads, const QStringList& names,
                                          const OfficialRecord& record, bool markUnread,
                                          const QList<OfficialRecord>& alsoSays)
{
    ImportOutcome out;
    Database& db = m_library.database();
    auto fail = [&](const QString& why) {
        out.status = ImportOutcome::Failed;
        out.message = why;
        return out;
    };
    if (reads.isEmpty())
        return fail(QStringLiteral("no rendition to store"));
    LibraryBatch batch(m_library);
    Transaction transaction(db);
    if (!transaction.ok())
        return fail(QStringLiteral("cannot store in the library: %1").arg(transaction.error().detail()));
    QJsonObject textSaid;
    bool isNew = false;
    bool added = false;
    for (int i = 0; i < reads.size(); ++i) {
        DocumentReader::FileRead read = reads[i];
        if (!read.result.ok())
            return fail(read.result.error);
        // The official id keys the letter, so every rendition joins the same one whatever its text says.
        unite(textSaid, record.applyTo(read.result.document.metadata));
        const ImportOutcome one = m_library.store(read, names.value(i));
        if (one.failed())
            return fail(one.message);
        if (out.letterId != 0 && one.letterId != out.letterId)
            return fail(QStringLiteral("the renditions of %1 are different documents").arg(one.letterKey));
        out.letterId = one.letterId;
        out.letterKey = one.letterKey;
        out.warnings += one.warnings;
        isNew = isNew || one.status == ImportOutcome::Imported;
        added = added || one.status == ImportOutcome::AddedRendition;
    }
    out.status = isNew ? ImportOutcome::Imported : added ? ImportOutcome::AddedRendition : ImportOutcome::Unchanged;
    // A letter that was here already takes the official values too.
    Result<QJsonObject> applied = applyToLetter(db, out.letterId, record);
    if (!applied)
        return fail(applied.error().detail());
    unite(textSaid, *applied);
    if (Result<void> r = OfficialRecordRepository(db).store(out.letterId, record, textSaid, storedNow()); !r)
        return fail(r.error().detail());
    for (const OfficialRecord& other : alsoSays) {
        Result<QJsonObject> also = applyToLetter(db, out.letterId, other);
        if (!also)
            return fail(also.error().detail());
        if (Result<void> r = OfficialRecordRepository(db).store(out.letterId, other, *also, storedNow()); !r)
            return fail(r.error().detail());
    }
    if (isNew && markUnread)
        if (Result<void> r = FollowRepository(db).markUnread(out.letterId, storedNow()); !r)
            return fail(r.error().detail());
    if (Result<void> r = transaction.commit(); !r)
        return fail(r.error().detail());
    m_library.notify({LibraryChange::Letters | LibraryChange::Followed, {out.letterId}});
    return out;
}

bool OfficialStore::updateRecord(qint64 letterId, const OfficialRecord& record, QString* error)
{
    Database& db = m_library.database();
    Transaction transaction(db);
    if (!transaction.ok())
        return succeeded(transaction.error(), error);
    Result<QJsonObject> applied = applyToLetter(db, letterId, record);
    if (!applied)
        return succeeded(applied.error(), error);
    if (!succeeded(OfficialRecordRepository(db).store(letterId, record, *applied, storedNow()), error) ||
        !succeeded(transaction.commit(), error))
        return false;
    m_library.notify({LibraryChange::Letters, {letterId}});
    return true;
}

bool OfficialStore::markWithdrawn(qint64 letterId, const QString& source, const QString& modified, QString* error)
{
    if (!succeeded(OfficialRecordRepository(m_library.database()).markDeleted(letterId, source, modified), error))
        return false;
    m_library.notify({LibraryChange::Letters, {letterId}});
    return true;
}

QList<OfficialSource> OfficialStore::sources(qint64 letterId) const
{
    return valueOrWarn(OfficialRecordRepository(m_library.database()).records(letterId), "official: sources");
}

qint64 OfficialStore::letterWithTkDocument(const QString& guidOrNumber) const
{
    return valueOrWarn(OfficialRecordRepository(m_library.database()).letterWithTkDocument(guidOrNumber),
                       "official: letterWithTkDocument");
}

QString OfficialStore::modifiedOf(qint64 letterId, const QString& source) const
{
    return valueOrWarn(OfficialRecordRepository(m_library.database()).modifiedOf(letterId, source),
                       "official: modifiedOf");
}

void OfficialStore::markRead(qint64 letterId)
{
    FollowRepository follow(m_library.database());
    const Result<bool> unread = follow.isUnread(letterId);
    if (!unread || !*unread)
        return;
    if (Result<void> r = follow.markRead(letterId); !r) {
        qWarning("official: markRead: %s", qPrintable(r.error().detail()));
        return;
    }
    m_library.notify({LibraryChange::Letters | LibraryChange::Followed, {letterId}});
}

} // namespace kl
