#pragma once

#include "base/Result.h"

#include <QList>
#include <QString>

namespace kl {

class Database;

// The SQL of `saved_searches`: a name and the search as JSON (SavedSearchStore::toJson).
class SavedSearchRepository {
public:
    explicit SavedSearchRepository(Database& db);

    struct Stored {
        qint64 id = 0;
        QString name;
        QString json;
    };
    // Under `name`, replacing a search of that name; its id.
    Result<qint64> save(const QString& name, const QString& json);
    Result<void> remove(qint64 id);
    // By name, any case.
    Result<QList<Stored>> all() const;

private:
    Database& m_db;
};

} // namespace kl
