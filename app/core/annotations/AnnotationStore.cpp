#include "AnnotationStore.h"

#include "AnnotationColor.h"
#include "library/Library.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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

QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

// The columns from rendition_id to rects, in the order both INSERT and UPDATE name them.
void bindContent(QSqlQuery& q, const Annotation& a)
{
    q.addBindValue(a.renditionId ? QVariant(a.renditionId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(Annotation::styleName(a.style));
    q.addBindValue(a.color);
    q.addBindValue(text(a.note));
    q.addBindValue(text(a.anchor.exact));
    q.addBindValue(text(a.anchor.prefix));
    q.addBindValue(text(a.anchor.suffix));
    q.addBindValue(qint64(a.anchor.start));
    q.addBindValue(qint64(a.anchor.end));
    q.addBindValue(a.page);
    q.addBindValue(rectsToJson(a.rects));
}

void setError(QString* error, const QString& why)
{
    if (error)
        *error = why;
}

// A valid colour (normalized in place), then an open transaction.
bool begin(Annotation& a, QSqlDatabase& db, QString* error)
{
    const QString color = AnnotationColor::normalized(a.color);
    if (color.isEmpty()) {
        setError(error, QStringLiteral("unknown colour '%1'").arg(a.color));
        return false;
    }
    a.color = color;
    if (!db.transaction()) {
        setError(error, db.lastError().text());
        return false;
    }
    return true;
}

} // namespace

AnnotationStore::AnnotationStore(Library& library, QObject* parent)
    : QObject(parent)
    , m_library(library)
{
}

bool AnnotationStore::writeTags(qint64 id, const QStringList& tags, QString* error)
{
    QSqlDatabase db = m_library.database().connection();
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM annotation_tags WHERE annotation_id = ?"));
    del.addBindValue(id);
    if (!del.exec()) {
        setError(error, del.lastError().text());
        return false;
    }
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT OR IGNORE INTO annotation_tags (annotation_id, tag) VALUES (?, ?)"));
    for (const QString& tag : tags) {
        if (tag.trimmed().isEmpty())
            continue;
        ins.bindValue(0, id);
        ins.bindValue(1, tag.trimmed());
        if (!ins.exec()) {
            setError(error, ins.lastError().text());
            return false;
        }
    }
    return true;
}

bool AnnotationStore::add(Annotation& a, QString* error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!a.created.isValid())
        a.created = now;
    a.modified = a.modified.isValid() ? a.modified : now;
    QSqlDatabase db = m_library.database().connection();
    if (!begin(a, db, error))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO annotations (id, letter_id, rendition_id, style, color, note, exact, prefix, "
                             "suffix, start, end, page, rects, created, modified) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(a.id ? QVariant(a.id) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(a.letterId);
    bindContent(q, a);
    q.addBindValue(a.created.toString(Qt::ISODateWithMs));
    q.addBindValue(a.modified.toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        setError(error, q.lastError().text());
        db.rollback();
        return false;
    }
    a.id = q.lastInsertId().toLongLong();
    if (!writeTags(a.id, a.tags, error) || !db.commit()) {
        db.rollback();
        return false;
    }
    Q_EMIT annotationsChanged(a.letterId);
    m_library.notify({LibraryChange::Annotations, {a.letterId}});
    return true;
}

bool AnnotationStore::update(Annotation& a, QString* error)
{
    a.modified = QDateTime::currentDateTimeUtc();
    QSqlDatabase db = m_library.database().connection();
    if (!begin(a, db, error))
        return false;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE annotations SET rendition_id = ?, style = ?, color = ?, note = ?, exact = ?, "
                       "prefix = ?, suffix = ?, start = ?, end = ?, page = ?, rects = ?, modified = ? WHERE id = ?"));
    bindContent(q, a);
    q.addBindValue(a.modified.toString(Qt::ISODateWithMs));
    q.addBindValue(a.id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        setError(error, q.numRowsAffected() == 0 ? QStringLiteral("no annotation %1").arg(a.id) : q.lastError().text());
        db.rollback();
        return false;
    }
    if (!writeTags(a.id, a.tags, error) || !db.commit()) {
        db.rollback();
        return false;
    }
    Q_EMIT annotationsChanged(a.letterId);
    m_library.notify({LibraryChange::Annotations, {a.letterId}});
    return true;
}

bool AnnotationStore::remove(qint64 id, QString* error)
{
    const std::optional<Annotation> existing = annotation(id);
    if (!existing) {
        setError(error, QStringLiteral("no annotation %1").arg(id));
        return false;
    }
    QSqlQuery q(m_library.database().connection());
    q.prepare(QStringLiteral("DELETE FROM annotations WHERE id = ?")); // tags go with it (ON DELETE CASCADE)
    q.addBindValue(id);
    if (!q.exec()) {
        setError(error, q.lastError().text());
        return false;
    }
    Q_EMIT annotationsChanged(existing->letterId);
    m_library.notify({LibraryChange::Annotations, {existing->letterId}});
    return true;
}

QList<Annotation> AnnotationStore::query(const QString& where, const QVariantList& binds) const
{
    QSqlDatabase db = m_library.database().connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, letter_id, rendition_id, style, color, note, exact, prefix, suffix, start, "
                             "end, page, rects, created, modified FROM annotations ") +
              where);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    QList<Annotation> out;
    if (!q.exec())
        return out;
    QHash<qint64, int> index;
    while (q.next()) {
        Annotation a;
        a.id = q.value(0).toLongLong();
        a.letterId = q.value(1).toLongLong();
        a.renditionId = q.value(2).toLongLong();
        a.style = Annotation::styleFromName(q.value(3).toString());
        a.color = q.value(4).toString();
        a.note = q.value(5).toString();
        a.anchor.exact = q.value(6).toString();
        a.anchor.prefix = q.value(7).toString();
        a.anchor.suffix = q.value(8).toString();
        a.anchor.start = q.value(9).toLongLong();
        a.anchor.end = q.value(10).toLongLong();
        a.page = q.value(11).toInt();
        a.rects = rectsFromJson(q.value(12).toString());
        a.created = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
        a.modified = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
        index.insert(a.id, int(out.size()));
        out.append(a);
    }
    if (out.isEmpty())
        return out;
    QSqlQuery t(db);
    t.setForwardOnly(true);
    QString tagSql = QStringLiteral("SELECT annotation_id, tag FROM annotation_tags WHERE annotation_id IN (SELECT id "
                                    "FROM annotations ") +
                     where + QStringLiteral(") ORDER BY tag");
    t.prepare(tagSql);
    for (const QVariant& v : binds)
        t.addBindValue(v);
    if (t.exec())
        while (t.next())
            if (const auto it = index.constFind(t.value(0).toLongLong()); it != index.cend())
                out[*it].tags.append(t.value(1).toString());
    return out;
}

std::optional<Annotation> AnnotationStore::annotation(qint64 id) const
{
    const QList<Annotation> list = query(QStringLiteral("WHERE id = ?"), {id});
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<Annotation> AnnotationStore::forLetter(qint64 letterId) const
{
    return query(QStringLiteral("WHERE letter_id = ? ORDER BY style <> 'letter-note', start, id"), {letterId});
}

QHash<qint64, int> AnnotationStore::countsByLetter() const
{
    QHash<qint64, int> counts;
    QSqlQuery q(m_library.database().connection());
    if (q.exec(QStringLiteral("SELECT letter_id, count(*) FROM annotations GROUP BY letter_id")))
        while (q.next())
            counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return counts;
}

QString AnnotationStore::colorMeaning(const QString& color) const
{
    QSqlQuery q(m_library.database().connection());
    q.prepare(QStringLiteral("SELECT meaning FROM color_meanings WHERE color = ?"));
    q.addBindValue(AnnotationColor::normalized(color));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool AnnotationStore::setColorMeaning(const QString& color, const QString& meaning)
{
    QSqlQuery q(m_library.database().connection());
    if (meaning.trimmed().isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM color_meanings WHERE color = ?"));
        q.addBindValue(AnnotationColor::normalized(color));
    } else {
        q.prepare(QStringLiteral("INSERT INTO color_meanings (color, meaning) VALUES (?, ?) "
                                 "ON CONFLICT (color) DO UPDATE SET meaning = excluded.meaning"));
        q.addBindValue(AnnotationColor::normalized(color));
        q.addBindValue(meaning.trimmed());
    }
    if (!q.exec())
        return false;
    m_library.notify({LibraryChange::ColorMeanings, {}});
    return true;
}

} // namespace kl
