#include "ToezeggingStore.h"

#include "base/ResultLog.h"
#include "library/Library.h"
#include "storage/Database.h"

namespace kl {

ToezeggingStore::ToezeggingStore(Library& library, QObject* parent)
    : QObject(parent)
    , m_library(library)
{
}

ToezeggingRepository ToezeggingStore::repository() const
{
    return ToezeggingRepository(m_library.database());
}

void ToezeggingStore::notify(const Toezegging& t)
{
    QSet<qint64> letters;
    if (t.letterId)
        letters.insert(t.letterId);
    for (const ToezeggingFulfilment& f : t.keptBy)
        if (f.letterId)
            letters.insert(f.letterId);
    m_library.notify({LibraryChange::Toezeggingen, letters});
}

bool ToezeggingStore::add(Toezegging& t, QString* error)
{
    if (t.text.trimmed().isEmpty())
        return succeeded(Error::invalid(QStringLiteral("a toezegging needs its words")), error);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!t.created.isValid())
        t.created = now;
    if (!t.modified.isValid())
        t.modified = now;
    Transaction transaction(m_library.database());
    if (!transaction.ok())
        return succeeded(transaction.error(), error);
    if (!succeeded(repository().add(t), error) || !succeeded(transaction.commit(), error))
        return false;
    notify(t);
    return true;
}

bool ToezeggingStore::update(Toezegging& t, QString* error)
{
    const std::optional<Toezegging> before = toezegging(t.id);
    t.modified = QDateTime::currentDateTimeUtc();
    // A detection the user touched differs from one never touched by its time: a detection run keeps it.
    if (t.modified == t.created)
        t.modified = t.modified.addMSecs(1);
    Transaction transaction(m_library.database());
    if (!transaction.ok())
        return succeeded(transaction.error(), error);
    if (!succeeded(repository().update(t), error) || !succeeded(transaction.commit(), error))
        return false;
    if (before)
        notify(*before);
    notify(t);
    return true;
}

bool ToezeggingStore::remove(qint64 id, QString* error)
{
    const std::optional<Toezegging> existing = toezegging(id);
    if (!existing)
        return succeeded(Error::notFound(QStringLiteral("no toezegging %1").arg(id)), error);
    if (!succeeded(repository().remove(id), error))
        return false;
    notify(*existing);
    return true;
}

std::optional<Toezegging> ToezeggingStore::toezegging(qint64 id) const
{
    return valueOrWarn(repository().toezegging(id), "toezeggingen");
}

std::optional<Toezegging> ToezeggingStore::find(const QString& idOrNumber) const
{
    bool isNumber = false;
    const qint64 id = idOrNumber.trimmed().toLongLong(&isNumber);
    if (isNumber)
        return toezegging(id);
    return valueOrWarn(repository().byNumber(idOrNumber), "toezeggingen");
}

QList<Toezegging> ToezeggingStore::list(const ToezeggingRepository::Filter& filter) const
{
    return valueOrWarn(repository().list(filter), "toezeggingen");
}

QList<Toezegging> ToezeggingStore::keptBy(qint64 letterId) const
{
    return valueOrWarn(repository().keptBy(letterId), "toezeggingen");
}

} // namespace kl
