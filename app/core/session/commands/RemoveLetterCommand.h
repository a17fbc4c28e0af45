#pragma once

#include "StoredCommand.h"

#include "library/LetterRemover.h"

namespace kl {

// Removes a letter from the library, undoably: undo puts back its rows with their ids and its stored copies,
// so every other step on the stack still finds what it refers to.
class RemoveLetterCommand : public StoredCommand {
public:
    RemoveLetterCommand(Library& library, qint64 letterId, LetterRemover::Annotations annotations,
                        CommandOutcome& outcome, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Library& m_library;
    qint64 m_letterId;
    LetterRemover::Annotations m_annotations;
    RemovedLetter m_removed;
};

} // namespace kl
