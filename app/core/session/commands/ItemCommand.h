#pragma once

#include "StoredCommand.h"

namespace kl {

// Adds an item (an annotation, a link) to its store, or removes it; undo does the other. The item keeps the id
// it got when first stored, and its times and tags, so a redo after an undo brings back the very same item.
template <typename Store, typename Item> class ItemCommand : public StoredCommand {
public:
    enum Action { Add, Remove };

    ItemCommand(Action action, Store& store, const Item& item, const QString& text, CommandOutcome& outcome,
                QUndoCommand* parent = nullptr)
        : StoredCommand(text, outcome, parent)
        , m_action(action)
        , m_store(store)
        , m_item(item)
    {
    }

    void redo() override { apply(m_action == Add); }
    void undo() override { apply(m_action == Remove); }

private:
    void apply(bool add)
    {
        QString why;
        if (!add) {
            check(m_store.remove(m_item.id, &why), why);
            return;
        }
        if (check(m_store.add(m_item, &why), why))
            m_outcome.id = m_item.id;
    }

    Action m_action;
    Store& m_store;
    Item m_item;
};

} // namespace kl
