#pragma once

#include "StoredCommand.h"

#include "library/LetterMerger.h"

namespace kl {

// Merges one letter into another, undoably: undo puts both back with their ids, so every other step on the
// stack still finds what it refers to.
class MergeLettersCommand : public StoredCommand {
public:
    MergeLettersCommand(Library& library, qint64 keep, qint64 other, CommandOutcome& outcome,
                        QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Library& m_library;
    qint64 m_keep;
    qint64 m_other;
    MergedLetters m_merged;
};

} // namespace kl
