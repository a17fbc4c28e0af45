#include "LinkRepository.h"

#include "AnchorColumns.h"
#include "Database.h"

namespace kl {

namespace {

// from_rendition to note, in the order both INSERT and UPDATE name them.
QVariantList contentValues(const Link& link)
{
    QVariantList values{sql::nullableId(link.fromRendition)};
    values += sql::anchorValues(link.from);
    values += QVariantList{link.toLetter, sql::nullableId(link.toRendition)};
    values += sql::anchorValues(link.to);
    values += sql::notNull(link.note);
    return values;
}

const char* kColumns = "id, from_letter, from_rendition, from_exact, from_prefix, from_suffix, from_start, from_end, "
                       "to_letter, to_rendition, to_exact, to_prefix, to_suffix, to_start, to_end, note, created, "
                       "modified";

} // namespace

LinkRepository::LinkRepository(Database& db)
    : m_db(db)
{
}

Result<void> LinkRepository::add(Link& link)
{
    QVariantList binds{sql::nullableId(link.id), link.fromLetter};
    binds += contentValues(link);
    binds += QVariantList{link.created.toString(Qt::ISODateWithMs), link.modified.toString(Qt::ISODateWithMs)};
    const Result<qint64> id = m_db.insert(
        QStringLiteral("INSERT INTO links (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(QLatin1String(kColumns)),
        binds);
    if (!id)
        return id.error();
    link.id = *id;
    return {};
}

Result<void> LinkRepository::update(const Link& link)
{
    QVariantList binds = contentValues(link);
    binds += QVariantList{link.modified.toString(Qt::ISODateWithMs), link.id};
    return m_db.changeOne(QStringLiteral("UPDATE links SET from_rendition = ?, from_exact = ?, from_prefix = ?, "
                                         "from_suffix = ?, from_start = ?, from_end = ?, to_letter = ?, "
                                         "to_rendition = ?, to_exact = ?, to_prefix = ?, to_suffix = ?, to_start = ?, "
                                         "to_end = ?, note = ?, modified = ? WHERE id = ?"),
                          binds, QStringLiteral("no link %1").arg(link.id));
}

Result<void> LinkRepository::remove(qint64 id)
{
    return m_db.changeOne(QStringLiteral("DELETE FROM links WHERE id = ?"), {id}, QStringLiteral("no link %1").arg(id));
}

Result<QList<Link>> LinkRepository::query(const QString& where, qint64 bind) const
{
    return m_db.list<Link>(QStringLiteral("SELECT %1 FROM links %2").arg(QLatin1String(kColumns), where), {bind},
                           [](const Row& row) {
                               Link l;
                               l.id = row.id("id");
                               l.fromLetter = row.id("from_letter");
                               l.fromRendition = row.id("from_rendition");
                               l.from = sql::anchorOf(row, QStringLiteral("from_"));
                               l.toLetter = row.id("to_letter");
                               l.toRendition = row.id("to_rendition");
                               l.to = sql::anchorOf(row, QStringLiteral("to_"));
                               l.note = row.text("note");
                               l.created = row.time("created");
                               l.modified = row.time("modified");
                               return l;
                           });
}

Result<std::optional<Link>> LinkRepository::link(qint64 id) const
{
    Result<QList<Link>> list = query(QStringLiteral("WHERE id = ?"), id);
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<Link>() : std::optional<Link>(list->first());
}

Result<QList<Link>> LinkRepository::linksFrom(qint64 letterId) const
{
    return query(QStringLiteral("WHERE from_letter = ? ORDER BY from_start, id"), letterId);
}

Result<QList<Link>> LinkRepository::linksTo(qint64 letterId) const
{
    return query(QStringLiteral("WHERE to_letter = ? ORDER BY from_letter, from_start, id"), letterId);
}

} // namespace kl
