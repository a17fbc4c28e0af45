#include "AnnotationRepository.h"

#include "AnchorColumns.h"
#include "Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kl {

namespace {

QString rectsToJson(const QList<QRectF>& rects)
{
    QJsonArray array;
    for (const QRectF& r : rects)
        array.append(QJsonArray{r.x(), r.y(), r.width(), r.height()});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<QRectF> rectsFromJson(const QString& json)
{
    QList<QRectF> rects;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonArray a = v.toArray();
        if (a.size() == 4)
            rects.append(QRectF(a[0].toDouble(), a[1].toDouble(), a[2].toDouble(), a[3].toDouble()));
    }
    return rects;
}

// The columns from rendition_id to rects, in the order both INSERT and UPDATE name them.
QVariantList contentValues(const Annotation& a)
{
    QVariantList values{sql::nullableId(a.renditionId), Annotation::styleName(a.style), a.color, sql::notNull(a.note)};
    values += sql::anchorValues(a.anchor);
    values += QVariantList{a.page, rectsToJson(a.rects)};
    return values;
}

} // namespace

AnnotationRepository::AnnotationRepository(Database& db)
    : m_db(db)
{
}

Result<void> AnnotationRepository::writeTags(qint64 id, const QStringList& tags)
{
    if (Result<void> del = m_db.execute(QStringLiteral("DELETE FROM annotation_tags WHERE annotation_id = ?"), {id});
        !del)
        return del;
    QList<QVariantList> rows;
    for (const QString& tag : tags)
        if (!tag.trimmed().isEmpty())
            rows.append({id, tag.trimmed()});
    return m_db.runEach(QStringLiteral("INSERT OR IGNORE INTO annotation_tags (annotation_id, tag) VALUES (?, ?)"),
                        rows);
}

Result<void> AnnotationRepository::add(Annotation& a)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    QVariantList binds{sql::nullableId(a.id), a.letterId};
    binds += contentValues(a);
    binds += QVariantList{a.created.toString(Qt::ISODateWithMs), a.modified.toString(Qt::ISODateWithMs)};
    const Result<qint64> id =
        m_db.insert(QStringLiteral("INSERT INTO annotations (id, letter_id, rendition_id, style, color, note, exact, "
                                   "prefix, suffix, start, end, page, rects, created, modified) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    binds);
    if (!id)
        return id.error();
    if (Result<void> tags = writeTags(*id, a.tags); !tags)
        return tags;
    if (Result<void> done = transaction.commit(); !done)
        return done;
    a.id = *id;
    return {};
}

Result<void> AnnotationRepository::update(const Annotation& a)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    QVariantList binds = contentValues(a);
    binds += QVariantList{a.modified.toString(Qt::ISODateWithMs), a.id};
    if (Result<void> changed = m_db.changeOne(
            QStringLiteral(
                "UPDATE annotations SET rendition_id = ?, style = ?, color = ?, note = ?, exact = ?, "
                "prefix = ?, suffix = ?, start = ?, end = ?, page = ?, rects = ?, modified = ? WHERE id = ?"),
            binds, QStringLiteral("no annotation %1").arg(a.id));
        !changed)
        return changed;
    if (Result<void> tags = writeTags(a.id, a.tags); !tags)
        return tags;
    return transaction.commit();
}

Result<void> AnnotationRepository::remove(qint64 id)
{
    // The tags go with it (ON DELETE CASCADE).
    return m_db.changeOne(QStringLiteral("DELETE FROM annotations WHERE id = ?"), {id},
                          QStringLiteral("no annotation %1").arg(id));
}

Result<QList<Annotation>> AnnotationRepository::query(const QString& where, const QVariantList& binds) const
{
    Result<QList<Annotation>> out = m_db.list<Annotation>(
        QStringLiteral("SELECT id, letter_id, rendition_id, style, color, note, exact, prefix, suffix, start, end, "
                       "page, rects, created, modified FROM annotations ") +
            where,
        binds, [](const Row& row) {
            Annotation a;
            a.id = row.id("id");
            a.letterId = row.id("letter_id");
            a.renditionId = row.id("rendition_id");
            a.style = Annotation::styleFromName(row.text("style"));
            a.color = row.text("color");
            a.note = row.text("note");
            a.anchor = sql::anchorOf(row);
            a.page = row.integer("page");
            a.rects = rectsFromJson(row.text("rects"));
            a.created = row.time("created");
            a.modified = row.time("modified");
            return a;
        });
    if (!out || out->isEmpty())
        return out;
    QHash<qint64, int> index;
    for (int i = 0; i < out->size(); ++i)
        index.insert(out->at(i).id, i);
    Result<QList<std::pair<qint64, QString>>> tags = m_db.list<std::pair<qint64, QString>>(
        QStringLiteral("SELECT annotation_id, tag FROM annotation_tags WHERE annotation_id IN (SELECT id FROM "
                       "annotations %1) ORDER BY tag")
            .arg(where),
        binds, [](const Row& r) {
            return std::pair{r.id("annotation_id"), r.text("tag")};
        });
    if (!tags)
        return tags.error();
    for (const auto& [id, tag] : *tags)
        if (const auto it = index.constFind(id); it != index.cend())
            (*out)[*it].tags.append(tag);
    return out;
}

Result<std::optional<Annotation>> AnnotationRepository::annotation(qint64 id) const
{
    Result<QList<Annotation>> list = query(QStringLiteral("WHERE id = ?"), {id});
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<Annotation>() : std::optional<Annotation>(list->first());
}

Result<QList<Annotation>> AnnotationRepository::forLetter(qint64 letterId) const
{
    return query(QStringLiteral("WHERE letter_id = ? ORDER BY style <> 'letter-note', start, id"), {letterId});
}

Result<QHash<qint64, int>> AnnotationRepository::countsByLetter() const
{
    Result<QList<std::pair<qint64, int>>> rows = m_db.list<std::pair<qint64, int>>(
        QStringLiteral("SELECT letter_id, count(*) AS annotations FROM annotations GROUP BY letter_id"), {},
        [](const Row& r) {
            return std::pair{r.id("letter_id"), r.integer("annotations")};
        });
    if (!rows)
        return rows.error();
    return QHash<qint64, int>(rows->cbegin(), rows->cend());
}

Result<QString> AnnotationRepository::colorMeaning(const QString& color) const
{
    Result<QVariant> meaning =
        m_db.scalar(QStringLiteral("SELECT meaning FROM color_meanings WHERE color = ?"), {color});
    if (!meaning)
        return meaning.error();
    return meaning->toString();
}

Result<void> AnnotationRepository::setColorMeaning(const QString& color, const QString& meaning)
{
    if (meaning.isEmpty())
        return m_db.execute(QStringLiteral("DELETE FROM color_meanings WHERE color = ?"), {color});
    return m_db.execute(QStringLiteral("INSERT INTO color_meanings (color, meaning) VALUES (?, ?) "
                                       "ON CONFLICT (color) DO UPDATE SET meaning = excluded.meaning"),
                        {color, meaning});
}

} // namespace kl
