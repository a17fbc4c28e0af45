#include "FollowRepository.h"

#include "Database.h"

namespace kl {

FollowRepository::FollowRepository(Database& db)
    : m_db(db)
{
}

Result<qint64> FollowRepository::follow(const Dossier& dossier, const QString& now)
{
    if (Result<void> r = m_db.execute(QStringLiteral("INSERT OR IGNORE INTO followed_dossiers (number, addition, "
                                                     "followed) VALUES (?, ?, ?)"),
                                      {dossier.number, sql::notNull(dossier.addition), now});
        !r)
        return r.error();
    Result<QVariant> id = m_db.scalar(QStringLiteral("SELECT id FROM followed_dossiers WHERE number = ? AND "
                                                     "addition = ?"),
                                      {dossier.number, sql::notNull(dossier.addition)});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<void> FollowRepository::unfollow(const Dossier& dossier)
{
    return m_db.changeOne(QStringLiteral("DELETE FROM followed_dossiers WHERE number = ? AND addition = ?"),
                          {dossier.number, sql::notNull(dossier.addition)},
                          QStringLiteral("dossier %1 is not followed").arg(dossier.display()));
}

Result<QList<FollowedDossier>> FollowRepository::followed() const
{
    // The unread letters of a dossier are those filed under it.
    return m_db.list<FollowedDossier>(
        QStringLiteral("SELECT f.id AS id, f.number AS number, f.addition AS addition, d.title AS title, "
                       "f.tk_cursor AS tk_cursor, f.koop_cursor AS koop_cursor, f.followed AS followed, "
                       "f.checked AS checked, f.last_error AS last_error, "
                       "(SELECT count(*) FROM unread_letters u JOIN letter_dossiers ld ON ld.letter_id = u.letter_id "
                       " WHERE ld.dossier_id = d.id) AS unread "
                       "FROM followed_dossiers f LEFT JOIN dossiers d ON d.number = f.number AND "
                       "d.addition = f.addition ORDER BY CAST(f.number AS INTEGER), f.addition"),
        {}, [](const Row& row) {
            FollowedDossier f;
            f.id = row.id("id");
            f.dossier = {row.text("number"), row.text("addition"), row.text("title")};
            f.tkCursor = row.text("tk_cursor");
            f.koopCursor = row.text("koop_cursor");
            f.followed = row.time("followed");
            f.checked = row.time("checked");
            f.lastError = row.text("last_error");
            f.unread = row.integer("unread");
            return f;
        });
}

Result<void> FollowRepository::setCursors(qint64 id, const QString& tkCursor, const QString& koopCursor)
{
    return m_db.execute(QStringLiteral("UPDATE followed_dossiers SET tk_cursor = ?, koop_cursor = ? WHERE id = ?"),
                        {sql::nullable(tkCursor), sql::nullable(koopCursor), id});
}

Result<void> FollowRepository::setChecked(qint64 id, const QString& now, const QString& error)
{
    return m_db.execute(
        QStringLiteral("UPDATE followed_dossiers SET checked = coalesce(?, checked), last_error = ? "
                       "WHERE id = ?"),
        {error.isEmpty() ? QVariant(now) : QVariant(QMetaType::fromType<QString>()), sql::nullable(error), id});
}

Result<void> FollowRepository::markUnread(qint64 letterId, const QString& now)
{
    return m_db.execute(QStringLiteral("INSERT OR IGNORE INTO unread_letters (letter_id, since) VALUES (?, ?)"),
                        {letterId, now});
}

Result<void> FollowRepository::markRead(qint64 letterId)
{
    return m_db.execute(QStringLiteral("DELETE FROM unread_letters WHERE letter_id = ?"), {letterId});
}

Result<bool> FollowRepository::isUnread(qint64 letterId) const
{
    Result<QVariant> v = m_db.scalar(QStringLiteral("SELECT 1 FROM unread_letters WHERE letter_id = ?"), {letterId});
    if (!v)
        return v.error();
    return v->isValid();
}

} // namespace kl
