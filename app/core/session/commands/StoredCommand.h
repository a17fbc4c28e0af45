#pragma once

#include "CommandOutcome.h"

#include <QUndoCommand>

namespace kl {

// An undoable step that writes to the library at once. A redo or undo the library refuses makes the command
// obsolete, so QUndoStack drops it rather than keep a step that does not match what is stored, and the failure
// is reported to the session.
class StoredCommand : public QUndoCommand {
protected:
    StoredCommand(const QString& text, CommandOutcome& outcome, QUndoCommand* parent = nullptr);
    // After a store call: `ok` false makes the command obsolete and reports `why`.
    bool check(bool ok, const QString& why);

    CommandOutcome& m_outcome;
};

} // namespace kl
