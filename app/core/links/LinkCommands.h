#pragma once

#include "Link.h"

#include <QUndoCommand>

namespace kl {

class LinkStore;

// Undoable edits of hand-made cross-references; each redo and undo is written to the library at once.
class AddLinkCommand : public QUndoCommand {
public:
    AddLinkCommand(LinkStore& store, const Link& link, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 linkId() const { return m_link.id; }

private:
    LinkStore& m_store;
    Link m_link;
};

class EditLinkCommand : public QUndoCommand {
public:
    EditLinkCommand(LinkStore& store, const Link& before, const Link& after, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    LinkStore& m_store;
    Link m_before;
    Link m_after;
};

class RemoveLinkCommand : public QUndoCommand {
public:
    RemoveLinkCommand(LinkStore& store, const Link& link, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    LinkStore& m_store;
    Link m_link;
};

} // namespace kl
