#include "SavedSearchStore.h"

#include "library/Library.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace kl {

SavedSearchStore::SavedSearchStore(Library& library, QObject* parent)
    : QObject(parent)
    , m_library(library)
{
}

QString SavedSearchStore::toJson(const SearchQuery& q)
{
    const QJsonObject o{{"text", q.text},
                        {"dossier", q.dossier},
                        {"kind", q.kind},
                        {"vergaderjaar", q.vergaderjaar},
                        {"from", q.from.toString(Qt::ISODate)},
                        {"to", q.to.toString(Qt::ISODate)},
                        {"sender", q.sender},
                        {"onlyNotes", q.onlyNotes},
                        {"includeNotes", q.includeNotes}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

SearchQuery SavedSearchStore::fromJson(const QString& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    SearchQuery q;
    q.text = o.value(QStringLiteral("text")).toString();
    q.dossier = o.value(QStringLiteral("dossier")).toString();
    q.kind = o.value(QStringLiteral("kind")).toString();
    q.vergaderjaar = o.value(QStringLiteral("vergaderjaar")).toString();
    q.from = QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate);
    q.to = QDate::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate);
    q.sender = o.value(QStringLiteral("sender")).toString();
    q.onlyNotes = o.value(QStringLiteral("onlyNotes")).toBool();
    q.includeNotes = o.value(QStringLiteral("includeNotes")).toBool(true);
    return q;
}

qint64 SavedSearchStore::save(const QString& name, const SearchQuery& query)
{
    QSqlQuery q(m_library.database().connection());
    q.prepare(QStringLiteral("INSERT INTO saved_searches (name, query, created) VALUES (?, ?, ?) "
                             "ON CONFLICT (name) DO UPDATE SET query = excluded.query RETURNING id"));
    q.addBindValue(name.trimmed());
    q.addBindValue(toJson(query));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (name.trimmed().isEmpty() || !q.exec() || !q.next())
        return 0;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    Q_EMIT changed();
    m_library.notify({LibraryChange::SavedSearches, {}});
    return id;
}

bool SavedSearchStore::remove(qint64 id)
{
    QSqlQuery q(m_library.database().connection());
    q.prepare(QStringLiteral("DELETE FROM saved_searches WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return false;
    Q_EMIT changed();
    m_library.notify({LibraryChange::SavedSearches, {}});
    return true;
}

QList<SavedSearchStore::Saved> SavedSearchStore::all() const
{
    QSqlQuery q(m_library.database().connection());
    QList<Saved> out;
    if (q.exec(QStringLiteral("SELECT id, name, query FROM saved_searches ORDER BY name COLLATE NOCASE")))
        while (q.next())
            out.append(Saved{q.value(0).toLongLong(), q.value(1).toString(), fromJson(q.value(2).toString())});
    return out;
}

} // namespace kl
