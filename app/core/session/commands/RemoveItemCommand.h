#pragma once

#include "StoredCommand.h"

namespace kl {

// Removes an item from its store; undo puts back exactly what was there (same id, times and tags).
template <typename Store, typename Item>
class RemoveItemCommand : public StoredCommand {
public:
    RemoveItemCommand(Store& store, const Item& item, const QString& text, CommandOutcome& outcome,
                      QUndoCommand* parent = nullptr)
        : StoredCommand(text, outcome, parent)
        , m_store(store)
        , m_item(item)
    {
    }

    void redo() override
    {
        QString why;
        check(m_store.remove(m_item.id, &why), why);
    }
    void undo() override
    {
        Item restored = m_item;
        QString why;
        check(m_store.add(restored, &why), why);
    }

private:
    Store& m_store;
    Item m_item;
};

} // namespace kl
