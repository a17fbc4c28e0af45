#pragma once

#include "Link.h"

#include <QList>
#include <QObject>

#include <optional>

namespace kl {

class Library;
class LinkRepository;

// The hand-made cross-references of the library. Every change is a committed transaction.
class LinkStore : public QObject {
    Q_OBJECT
public:
    explicit LinkStore(Library& library, QObject* parent = nullptr);

    // Stores a new link and sets its id and times; a link that has an id keeps it (undo of a delete).
    bool add(Link& link, QString* error = nullptr);
    bool update(Link& link, QString* error = nullptr);
    bool remove(qint64 id, QString* error = nullptr);

    std::optional<Link> link(qint64 id) const;
    QList<Link> linksFrom(qint64 letterId) const;
    QList<Link> linksTo(qint64 letterId) const;

private:
    LinkRepository repository() const;
    Library& m_library;
};

} // namespace kl
