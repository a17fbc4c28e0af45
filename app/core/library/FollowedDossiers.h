#pragma once

#include "FollowedDossier.h"

#include <QList>
#include <QString>

#include <optional>

namespace kl {

class Library;

// The dossiers the user follows (File > Follow Dossier, `kamerlezer-cli follow`), with the cursors of the last
// update. Each change is stored at once and noticed (LibraryChange::Followed).
class FollowedDossiers {
public:
    explicit FollowedDossiers(Library& library);

    // "19637", "36600 VI", "36600-VI", "36 600 VI": the dossier, or nothing when the text names none.
    static std::optional<Dossier> parse(const QString& text);

    // Follows the dossier (one followed already stays as it is); its id, 0 with `error` when it cannot.
    qint64 follow(const Dossier& dossier, QString* error = nullptr);
    bool unfollow(const Dossier& dossier, QString* error = nullptr);
    QList<FollowedDossier> all() const;
    std::optional<FollowedDossier> find(const Dossier& dossier) const;
    // After an update: the newest change stamps seen, and what went wrong (empty when all went well).
    bool recordUpdate(qint64 id, const QString& tkCursor, const QString& koopCursor, const QString& problem,
                      QString* error = nullptr);

private:
    Library& m_library;
};

} // namespace kl
