#include "RowSnapshot.h"

#include "Database.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <map>

namespace kl {

namespace {

struct ForeignKey {
    QString child;
    QString column;       // in the child
    QString parentColumn; // in the parent
};

// Every foreign key of the schema, by the table it points to.
Result<QHash<QString, QList<ForeignKey>>> foreignKeysByParent(const Database& db)
{
    Result<QList<QString>> tables = db.list<QString>(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"), {},
        [](const Row& r) { return r.text("name"); });
    if (!tables)
        return tables.error();
    QHash<QString, QList<ForeignKey>> out;
    for (const QString& table : *tables) {
        Result<QList<std::pair<QString, ForeignKey>>> keys = db.list<std::pair<QString, ForeignKey>>(
            QStringLiteral("SELECT \"table\" AS parent, \"from\" AS col, \"to\" AS parent_col"
                           " FROM pragma_foreign_key_list(?)"),
            {table}, [&](const Row& r) {
                return std::pair{r.text("parent"), ForeignKey{table, r.text("col"), r.text("parent_col")}};
            });
        if (!keys)
            return keys.error();
        for (const auto& [parent, key] : *keys)
            out[parent].append(
                {key.child, key.column, key.parentColumn.isEmpty() ? QStringLiteral("id") : key.parentColumn});
    }
    return out;
}

// SQLite's limit on bound values is far above this; chunks keep each statement small.
constexpr qsizetype kChunk = 400;

} // namespace

Result<RowSnapshot> RowSnapshot::capture(const Database& db, const QString& table, qint64 id)
{
    Result<QHash<QString, QList<ForeignKey>>> keys = foreignKeysByParent(db);
    if (!keys)
        return keys.error();

    struct Taken {
        Table table;
        QSet<qint64> rowids;
    };
    std::map<QString, Taken> taken; // std::map: a reference to a table stays good while others are added
    QStringList order;              // first reached first; sorted into parents-first below

    // Takes the rows of `name` where `column` is one of `values`; returns false on a storage error.
    std::optional<Error> failure;
    auto take = [&](const QString& name, const QString& column, const QVariantList& values) {
        QVariantList fresh;
        for (qsizetype at = 0; at < values.size(); at += kChunk) {
            const QVariantList chunk = values.mid(at, kChunk);
            QStringList marks(chunk.size(), QStringLiteral("?"));
            Result<QSqlQuery> q = db.run(QStringLiteral("SELECT rowid AS kl_rowid, * FROM \"%1\" WHERE \"%2\" IN (%3)")
                                             .arg(name, column, marks.join(QLatin1Char(','))),
                                         chunk);
            if (!q) {
                failure = q.error();
                return false;
            }
            Taken& t = taken[name];
            if (t.table.name.isEmpty()) {
                t.table.name = name;
                const QSqlRecord record = q->record();
                for (int i = 1; i < record.count(); ++i)
                    t.table.columns.append(record.fieldName(i));
                order.append(name);
            }
            while (q->next()) {
                const qint64 rowid = q->value(0).toLongLong();
                if (t.rowids.contains(rowid))
                    continue;
                t.rowids.insert(rowid);
                QVariantList row;
                for (int i = 1; i <= t.table.columns.size(); ++i)
                    row.append(q->value(i));
                t.table.rows.append(row);
                fresh.append(rowid);
            }
        }
        return true;
    };

    if (!take(table, QStringLiteral("rowid"), {id}))
        return *failure;
    if (taken.at(table).table.rows.isEmpty())
        return Error::notFound(QStringLiteral("no row %1 in %2").arg(id).arg(table));

    // Breadth first: new rows of a table lead to the rows pointing at them, until nothing new is found.
    QList<std::pair<QString, qsizetype>> queue{{table, 0}}; // a table and the first of its rows not yet followed
    while (!queue.isEmpty()) {
        const auto [parent, from] = queue.takeFirst();
        for (const ForeignKey& key : keys->value(parent)) {
            const Table& parentRows = taken.at(parent).table;
            const qsizetype column = parentRows.columns.indexOf(key.parentColumn);
            if (column < 0 || key.child == parent)
                continue;
            QVariantList values;
            for (qsizetype i = from; i < parentRows.rows.size(); ++i)
                values.append(parentRows.rows[i][column]);
            if (values.isEmpty())
                continue;
            const auto child = taken.find(key.child);
            const qsizetype before = child == taken.end() ? 0 : child->second.table.rows.size();
            if (!take(key.child, key.column, values))
                return *failure;
            if (taken.at(key.child).table.rows.size() > before)
                queue.append({key.child, before});
        }
    }

    // Parents before children: a table goes after every table it points to that is in the snapshot.
    QHash<QString, QSet<QString>> parentsOf;
    for (auto it = keys->cbegin(); it != keys->cend(); ++it)
        for (const ForeignKey& key : it.value())
            if (key.child != it.key())
                parentsOf[key.child].insert(it.key());
    RowSnapshot out;
    QSet<QString> placed;
    while (placed.size() < order.size()) {
        bool progress = false;
        for (const QString& name : std::as_const(order)) {
            if (placed.contains(name))
                continue;
            bool ready = true;
            for (const QString& p : parentsOf.value(name))
                ready = ready && (placed.contains(p) || !taken.count(p));
            if (!ready)
                continue;
            placed.insert(name);
            if (!taken.at(name).table.rows.isEmpty())
                out.m_tables.append(std::move(taken.at(name).table));
            progress = true;
        }
        if (!progress)
            return Error::storage(QStringLiteral("the foreign keys of the library form a cycle"));
    }
    return out;
}

Result<void> RowSnapshot::restore(const Database& db, Existing existing) const
{
    for (const Table& t : m_tables) {
        QStringList names, marks;
        for (const QString& c : t.columns) {
            names.append(QLatin1Char('"') + c + QLatin1Char('"'));
            marks.append(QStringLiteral("?"));
        }
        const QString sql = QStringLiteral("INSERT %1INTO \"%2\" (%3) VALUES (%4)")
                                .arg(existing == Existing::Skip ? QStringLiteral("OR IGNORE ") : QString(), t.name,
                                     names.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
        if (Result<void> r = db.runEach(sql, t.rows); !r)
            return Error::storage(QStringLiteral("%1: %2").arg(t.name, r.error().detail()));
    }
    return {};
}

const RowSnapshot::Table* RowSnapshot::table(const QString& name) const
{
    for (const Table& t : m_tables)
        if (t.name == name)
            return &t;
    return nullptr;
}

int RowSnapshot::rowCount(const QString& name) const
{
    const Table* t = table(name);
    return t ? int(t->rows.size()) : 0;
}

} // namespace kl
