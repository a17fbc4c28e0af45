#pragma once

#include "SearchQuery.h"

#include <QList>
#include <QObject>

namespace kl {

class Library;

// Named searches (query and filters) kept in the library, so they travel with it.
class SavedSearchStore : public QObject {
    Q_OBJECT
public:
    struct Saved {
        qint64 id = 0;
        QString name;
        SearchQuery query;
    };

    explicit SavedSearchStore(Library& library, QObject* parent = nullptr);
    // Saves under `name`, replacing a search of that name. Returns its id, 0 on failure.
    qint64 save(const QString& name, const SearchQuery& query);
    bool remove(qint64 id);
    QList<Saved> all() const; // by name

    static QString toJson(const SearchQuery& query);
    static SearchQuery fromJson(const QString& json);

private:
    Library& m_library;
};

} // namespace kl
