#pragma once

#include "StoredCommand.h"

namespace kl {

// Changes an item in its store from `before` to `after`; undo writes `before` back.
template <typename Store, typename Item> class EditItemCommand : public StoredCommand {
public:
    EditItemCommand(Store& store, const Item& before, const Item& after, const QString& text, CommandOutcome& outcome,
                    QUndoCommand* parent = nullptr)
        : StoredCommand(text, outcome, parent)
        , m_store(store)
        , m_before(before)
        , m_after(after)
    {
    }

    void redo() override { write(m_after); }
    void undo() override { write(m_before); }

protected:
    Store& m_store;
    Item m_before;
    Item m_after;

private:
    void write(const Item& item)
    {
        Item copy = item;
        QString why;
        check(m_store.update(copy, &why), why);
    }
};

} // namespace kl
