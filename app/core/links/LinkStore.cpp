#include "LinkStore.h"

#include "base/ResultLog.h"
#include "library/Library.h"
#include "storage/LinkRepository.h"

namespace kl {

LinkStore::LinkStore(Library& library, QObject* parent)
    : QObject(parent)
    , m_library(library)
{
}

LinkRepository LinkStore::repository() const
{
    return LinkRepository(m_library.database());
}

bool LinkStore::add(Link& link, QString* error)
{
    if (!link.fromLetter || !link.toLetter)
        return succeeded(Error::invalid(QStringLiteral("a link needs a letter at both ends")), error);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!link.created.isValid())
        link.created = now;
    if (!link.modified.isValid())
        link.modified = now;
    if (!succeeded(repository().add(link), error))
        return false;
    m_library.notify({LibraryChange::Links, {link.fromLetter, link.toLetter}});
    return true;
}

bool LinkStore::update(Link& link, QString* error)
{
    link.modified = QDateTime::currentDateTimeUtc();
    if (!succeeded(repository().update(link), error))
        return false;
    m_library.notify({LibraryChange::Links, {link.fromLetter, link.toLetter}});
    return true;
}

bool LinkStore::remove(qint64 id, QString* error)
{
    const std::optional<Link> existing = link(id);
    if (!existing)
        return succeeded(Error::notFound(QStringLiteral("no link %1").arg(id)), error);
    if (!succeeded(repository().remove(id), error))
        return false;
    m_library.notify({LibraryChange::Links, {existing->fromLetter, existing->toLetter}});
    return true;
}

std::optional<Link> LinkStore::link(qint64 id) const
{
    return valueOrWarn(repository().link(id), "links");
}

QList<Link> LinkStore::linksFrom(qint64 letterId) const
{
    return valueOrWarn(repository().linksFrom(letterId), "links");
}

QList<Link> LinkStore::linksTo(qint64 letterId) const
{
    return valueOrWarn(repository().linksTo(letterId), "links");
}

} // namespace kl
