#include "LinkStore.h"

#include "library/Library.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kl {

namespace {

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

void bindAnchor(QSqlQuery& q, const TextAnchor& a)
{
    q.addBindValue(text(a.exact));
    q.addBindValue(text(a.prefix));
    q.addBindValue(text(a.suffix));
    q.addBindValue(qint64(a.start));
    q.addBindValue(qint64(a.end));
}

// from_rendition to note, in the order both INSERT and UPDATE name them.
void bindContent(QSqlQuery& q, const Link& link)
{
    q.addBindValue(idOrNull(link.fromRendition));
    bindAnchor(q, link.from);
    q.addBindValue(link.toLetter);
    q.addBindValue(idOrNull(link.toRendition));
    bindAnchor(q, link.to);
    q.addBindValue(text(link.note));
}

void setError(QString* error, const QString& why)
{
    if (error)
        *error = why;
}

const char* kColumns = "id, from_letter, from_rendition, from_exact, from_prefix, from_suffix, from_start, from_end, "
                       "to_letter, to_rendition, to_exact, to_prefix, to_suffix, to_start, to_end, note, created, "
                       "modified";

} // namespace

LinkStore::LinkStore(Library& library, QObject* parent)
    : QObject(parent)
    , m_library(library)
{
}

bool LinkStore::add(Link& link, QString* error)
{
    if (!link.fromLetter || !link.toLetter) {
        setError(error, QStringLiteral("a link needs a letter at both ends"));
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!link.created.isValid())
        link.created = now;
    if (!link.modified.isValid())
        link.modified = now;
    QSqlQuery q(m_library.database().connection());
    q.prepare(QStringLiteral("INSERT INTO links (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(idOrNull(link.id));
    q.addBindValue(link.fromLetter);
    bindContent(q, link);
    q.addBindValue(link.created.toString(Qt::ISODateWithMs));
    q.addBindValue(link.modified.toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        setError(error, q.lastError().text());
        return false;
    }
    link.id = q.lastInsertId().toLongLong();
    Q_EMIT linksChanged(link.fromLetter, link.toLetter);
    m_library.notify({LibraryChange::Links, {link.fromLetter, link.toLetter}});
    return true;
}

bool LinkStore::update(Link& link, QString* error)
{
    link.modified = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_library.database().connection());
    q.prepare(QStringLiteral("UPDATE links SET from_rendition = ?, from_exact = ?, from_prefix = ?, from_suffix = ?, "
                             "from_start = ?, from_end = ?, to_letter = ?, to_rendition = ?, to_exact = ?, "
                             "to_prefix = ?, to_suffix = ?, to_start = ?, to_end = ?, note = ?, modified = ? "
                             "WHERE id = ?"));
    bindContent(q, link);
    q.addBindValue(link.modified.toString(Qt::ISODateWithMs));
    q.addBindValue(link.id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        setError(error, q.numRowsAffected() == 0 ? QStringLiteral("no link %1").arg(link.id) : q.lastError().text());
        return false;
    }
    Q_EMIT linksChanged(link.fromLetter, link.toLetter);
    m_library.notify({LibraryChange::Links, {link.fromLetter, link.toLetter}});
    return true;
}

bool LinkStore::remove(qint64 id, QString* error)
{
    const std::optional<Link> existing = link(id);
    if (!existing) {
        setError(error, QStringLiteral("no link %1").arg(id));
        return false;
    }
    QSqlQuery q(m_library.database().connection());
    q.prepare(QStringLiteral("DELETE FROM links WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        setError(error, q.lastError().text());
        return false;
    }
    Q_EMIT linksChanged(existing->fromLetter, existing->toLetter);
    m_library.notify({LibraryChange::Links, {existing->fromLetter, existing->toLetter}});
    return true;
}

QList<Link> LinkStore::query(const QString& where, qint64 bind) const
{
    QSqlQuery q(m_library.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM links %2").arg(QLatin1String(kColumns), where));
    q.addBindValue(bind);
    QList<Link> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Link l;
        l.id = q.value(0).toLongLong();
        l.fromLetter = q.value(1).toLongLong();
        l.fromRendition = q.value(2).toLongLong();
        l.from = TextAnchor{q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                            q.value(6).toLongLong(), q.value(7).toLongLong()};
        l.toLetter = q.value(8).toLongLong();
        l.toRendition = q.value(9).toLongLong();
        l.to = TextAnchor{q.value(10).toString(), q.value(11).toString(), q.value(12).toString(),
                          q.value(13).toLongLong(), q.value(14).toLongLong()};
        l.note = q.value(15).toString();
        l.created = QDateTime::fromString(q.value(16).toString(), Qt::ISODateWithMs);
        l.modified = QDateTime::fromString(q.value(17).toString(), Qt::ISODateWithMs);
        out.append(l);
    }
    return out;
}

std::optional<Link> LinkStore::link(qint64 id) const
{
    const QList<Link> list = query(QStringLiteral("WHERE id = ?"), id);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<Link> LinkStore::linksFrom(qint64 letterId) const
{
    return query(QStringLiteral("WHERE from_letter = ? ORDER BY from_start, id"), letterId);
}

QList<Link> LinkStore::linksTo(qint64 letterId) const
{
    return query(QStringLiteral("WHERE to_letter = ? ORDER BY from_letter, from_start, id"), letterId);
}

} // namespace kl
