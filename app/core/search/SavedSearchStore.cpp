#include "SavedSearchStore.h"

#include "base/ResultLog.h"
#include "library/Library.h"
#include "storage/SavedSearchRepository.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

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
    if (name.trimmed().isEmpty())
        return 0;
    const qint64 id = valueOrWarn(SavedSearchRepository(m_library.database()).save(name.trimmed(), toJson(query)),
                                  "saved searches", qint64(0));
    if (!id)
        return 0;
    m_library.notify({LibraryChange::SavedSearches, {}});
    return id;
}

bool SavedSearchStore::remove(qint64 id)
{
    QString error;
    if (!succeeded(SavedSearchRepository(m_library.database()).remove(id), &error)) {
        qWarning("saved searches: %s", qPrintable(error));
        return false;
    }
    m_library.notify({LibraryChange::SavedSearches, {}});
    return true;
}

QList<SavedSearchStore::Saved> SavedSearchStore::all() const
{
    QList<Saved> out;
    for (const SavedSearchRepository::Stored& s :
         valueOrWarn(SavedSearchRepository(m_library.database()).all(), "saved searches"))
        out.append(Saved{s.id, s.name, fromJson(s.json)});
    return out;
}

} // namespace kl
