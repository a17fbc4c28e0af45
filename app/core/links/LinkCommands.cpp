#include "LinkCommands.h"

#include "LinkStore.h"

#include <QCoreApplication>
#include <QDebug>

namespace kl {

static QString tr(const char* text)
{
    return QCoreApplication::translate("kl::LinkCommands", text);
}

AddLinkCommand::AddLinkCommand(LinkStore& store, const Link& link, QUndoCommand* parent)
    : QUndoCommand(tr("Add cross-reference"), parent)
    , m_store(store)
    , m_link(link)
{
}

void AddLinkCommand::redo()
{
    QString error;
    if (!m_store.add(m_link, &error))
        qWarning() << "kamerlezer: cannot store the cross-reference:" << error;
}

void AddLinkCommand::undo()
{
    QString error;
    if (m_link.id && !m_store.remove(m_link.id, &error))
        qWarning() << "kamerlezer: cannot remove the cross-reference:" << error;
}

EditLinkCommand::EditLinkCommand(LinkStore& store, const Link& before, const Link& after, QUndoCommand* parent)
    : QUndoCommand(tr("Edit cross-reference"), parent)
    , m_store(store)
    , m_before(before)
    , m_after(after)
{
}

void EditLinkCommand::redo()
{
    QString error;
    if (!m_store.update(m_after, &error))
        qWarning() << "kamerlezer: cannot change the cross-reference:" << error;
}

void EditLinkCommand::undo()
{
    QString error;
    if (!m_store.update(m_before, &error))
        qWarning() << "kamerlezer: cannot change the cross-reference back:" << error;
}

RemoveLinkCommand::RemoveLinkCommand(LinkStore& store, const Link& link, QUndoCommand* parent)
    : QUndoCommand(tr("Delete cross-reference"), parent)
    , m_store(store)
    , m_link(link)
{
}

void RemoveLinkCommand::redo()
{
    QString error;
    if (!m_store.remove(m_link.id, &error))
        qWarning() << "kamerlezer: cannot delete the cross-reference:" << error;
}

void RemoveLinkCommand::undo()
{
    Link restored = m_link;
    QString error;
    if (!m_store.add(restored, &error))
        qWarning() << "kamerlezer: cannot restore the cross-reference:" << error;
}

} // namespace kl
