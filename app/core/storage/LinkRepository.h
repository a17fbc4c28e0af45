#pragma once

#include "base/Result.h"
#include "links/Link.h"

#include <QList>

#include <optional>

namespace kl {

class Database;

// The SQL of `links`, the cross-references made by hand.
class LinkRepository {
public:
    explicit LinkRepository(Database& db);

    // Sets the link's id when it had none (one that has an id keeps it).
    Result<void> add(Link& link);
    // Error NotFound when there is no such link.
    Result<void> update(const Link& link);
    Result<void> remove(qint64 id);

    Result<std::optional<Link>> link(qint64 id) const;
    // In the order of the citing text.
    Result<QList<Link>> linksFrom(qint64 letterId) const;
    Result<QList<Link>> linksTo(qint64 letterId) const;

private:
    Result<QList<Link>> query(const QString& where, qint64 bind) const;

    Database& m_db;
};

} // namespace kl
