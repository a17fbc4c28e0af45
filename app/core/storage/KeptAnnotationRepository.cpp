#include "KeptAnnotationRepository.h"

#include "Database.h"
#include "RowSnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMultiHash>

namespace kl {

namespace {

// Columns that tie an annotation to the rows it had; the letter it returns to gives them anew.
bool tiesToOldRows(const QString& column)
{
    return column == QLatin1String("id") || column == QLatin1String("letter_id") ||
           column == QLatin1String("rendition_id");
}

} // namespace

KeptAnnotationRepository::KeptAnnotationRepository(const Database& db)
    : m_db(db)
{
}

Result<qint64> KeptAnnotationRepository::keep(const QString& letterKey, const QString& title,
                                              const RowSnapshot& removed, const QString& now)
{
    const RowSnapshot::Table* annotations = removed.table(QStringLiteral("annotations"));
    if (!annotations || annotations->rows.isEmpty())
        return qint64(0);
    QMultiHash<qint64, QString> tags;
    if (const RowSnapshot::Table* t = removed.table(QStringLiteral("annotation_tags"))) {
        const qsizetype owner = t->columns.indexOf(QStringLiteral("annotation_id"));
        const qsizetype tag = t->columns.indexOf(QStringLiteral("tag"));
        for (const QVariantList& row : t->rows)
            tags.insert(row[owner].toLongLong(), row[tag].toString());
    }
    const qsizetype idColumn = annotations->columns.indexOf(QStringLiteral("id"));
    QJsonArray list;
    for (const QVariantList& row : annotations->rows) {
        QJsonObject o;
        for (qsizetype i = 0; i < annotations->columns.size(); ++i)
            if (!tiesToOldRows(annotations->columns[i]))
                o.insert(annotations->columns[i], QJsonValue::fromVariant(row[i]));
        o.insert(QStringLiteral("kl_tags"), QJsonArray::fromStringList(tags.values(row[idColumn].toLongLong())));
        list.append(o);
    }
    return m_db.insert(
        QStringLiteral("INSERT INTO kept_annotations (letter_key, title, removed, annotations) VALUES (?, ?, ?, ?)"),
        {letterKey, title, now, QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact))});
}

Result<void> KeptAnnotationRepository::forget(qint64 id)
{
    return m_db.execute(QStringLiteral("DELETE FROM kept_annotations WHERE id = ?"), {id});
}

Result<int> KeptAnnotationRepository::restoreInto(qint64 letterId, const QString& letterKey)
{
    Result<QList<std::pair<qint64, QString>>> kept = m_db.list<std::pair<qint64, QString>>(
        QStringLiteral("SELECT id, annotations FROM kept_annotations WHERE letter_key = ? ORDER BY id"), {letterKey},
        [](const Row& r) {
            return std::pair{r.id("id"), r.text("annotations")};
        });
    if (!kept)
        return kept.error();
    // Only the columns annotations have: the stored text names them, and a damaged library must not name others.
    Result<QList<QString>> columns =
        m_db.list<QString>(QStringLiteral("SELECT name FROM pragma_table_info('annotations')"), {},
                           [](const Row& r) { return r.text("name"); });
    if (!columns)
        return columns.error();
    int restored = 0;
    for (const auto& [keptId, json] : *kept) {
        const QJsonArray list = QJsonDocument::fromJson(json.toUtf8()).array();
        for (const QJsonValue& v : list) {
            QJsonObject o = v.toObject();
            const QStringList tags = o.take(QStringLiteral("kl_tags")).toVariant().toStringList();
            QStringList names{QStringLiteral("letter_id")}, marks{QStringLiteral("?")};
            QVariantList values{letterId};
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                if (!columns->contains(it.key()) || tiesToOldRows(it.key()))
                    continue;
                names.append(QLatin1Char('"') + it.key() + QLatin1Char('"'));
                marks.append(QStringLiteral("?"));
                values.append(it.value().toVariant());
            }
            Result<qint64> id = m_db.insert(QStringLiteral("INSERT INTO annotations (%1) VALUES (%2)")
                                                .arg(names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))),
                                            values);
            if (!id)
                return id.error();
            for (const QString& tag : tags)
                if (Result<void> r = m_db.execute(
                        QStringLiteral("INSERT OR IGNORE INTO annotation_tags (annotation_id, tag) VALUES (?, ?)"),
                        {*id, tag});
                    !r)
                    return r.error();
            ++restored;
        }
        if (Result<void> r = forget(keptId); !r)
            return r.error();
    }
    return restored;
}

Result<int> KeptAnnotationRepository::count() const
{
    Result<QVariant> n = m_db.scalar(QStringLiteral("SELECT count(*) FROM kept_annotations"));
    if (!n)
        return n.error();
    return n->toInt();
}

} // namespace kl
