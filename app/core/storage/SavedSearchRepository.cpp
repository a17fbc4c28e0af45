#include "SavedSearchRepository.h"

#include "Database.h"

#include <QDateTime>

namespace kl {

SavedSearchRepository::SavedSearchRepository(Database& db)
    : m_db(db)
{
}

Result<qint64> SavedSearchRepository::save(const QString& name, const QString& json)
{
    Result<QVariant> id = m_db.scalar(QStringLiteral("INSERT INTO saved_searches (name, query, created) "
                                                     "VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
                                                     "query = excluded.query RETURNING id"),
                                      {name, json, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    if (!id)
        return id.error();
    if (!id->isValid())
        return Error::storage(QStringLiteral("the saved search got no id"));
    return id->toLongLong();
}

Result<void> SavedSearchRepository::remove(qint64 id)
{
    return m_db.execute(QStringLiteral("DELETE FROM saved_searches WHERE id = ?"), {id});
}

Result<QList<SavedSearchRepository::Stored>> SavedSearchRepository::all() const
{
    return m_db.list<Stored>(QStringLiteral("SELECT id, name, query FROM saved_searches ORDER BY name COLLATE NOCASE"),
                             {}, [](const Row& r) {
                                 return Stored{r.id("id"), r.text("name"), r.text("query")};
                             });
}

} // namespace kl
