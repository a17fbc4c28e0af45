#pragma once

#include "StoredCommand.h"

namespace kl {

// Stores a new item (an annotation, a link) in its store; undo removes it. The item keeps the id it got the
// first time, so a redo after an undo brings back the same item.
template <typename Store, typename Item>
class AddItemCommand : public StoredCommand {
public:
    AddItemCommand(Store& store, const Item& item, const QString& text, CommandOutcome& outcome,
                   QUndoCommand* parent = nullptr)
        : StoredCommand(text, outcome, parent)
        , m_store(store)
        , m_item(item)
    {
    }

    void redo() override
    {
        QString why;
        if (check(m_store.add(m_item, &why), why))
            m_outcome.id = m_item.id;
    }
    void undo() override
    {
        QString why;
        check(m_store.remove(m_item.id, &why), why);
    }

private:
    Store& m_store;
    Item m_item;
};

} // namespace kl
