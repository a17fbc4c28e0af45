#include "MergeLettersCommand.h"

#include <QCoreApplication>

namespace kl {

MergeLettersCommand::MergeLettersCommand(Library& library, qint64 keep, qint64 other, CommandOutcome& outcome,
                                         QUndoCommand* parent)
    : StoredCommand(QCoreApplication::translate("kl::MergeLettersCommand", "Merge documents"), outcome, parent)
    , m_library(library)
    , m_keep(keep)
    , m_other(other)
{
}

void MergeLettersCommand::redo()
{
    Result<MergedLetters> merged = LetterMerger(m_library).merge(m_keep, m_other);
    if (check(merged.ok(), merged.error().detail())) {
        m_merged = std::move(merged).value();
        m_outcome.id = m_keep;
    }
}

void MergeLettersCommand::undo()
{
    const Result<void> restored = LetterMerger(m_library).undo(m_merged);
    check(restored.ok(), restored.error().detail());
}

} // namespace kl
