#pragma once

#include "base/Result.h"
#include "library/FollowedDossier.h"

#include <QList>

namespace kl {

class Database;

// The SQL of `followed_dossiers` and `unread_letters`: what the user follows, and what came in since they looked.
class FollowRepository {
public:
    explicit FollowRepository(Database& db);

    // Follows the dossier; one followed already keeps its cursors. Returns its id.
    Result<qint64> follow(const Dossier& dossier, const QString& now);
    // Error NotFound when the dossier is not followed.
    Result<void> unfollow(const Dossier& dossier);
    Result<QList<FollowedDossier>> followed() const;
    Result<void> setCursors(qint64 id, const QString& tkCursor, const QString& koopCursor);
    Result<void> setChecked(qint64 id, const QString& now, const QString& error);

    Result<void> markUnread(qint64 letterId, const QString& now);
    Result<void> markRead(qint64 letterId);
    Result<bool> isUnread(qint64 letterId) const;

private:
    Database& m_db;
};

} // namespace kl
