#include "RemoveLetterCommand.h"

#include <QCoreApplication>

namespace kl {

RemoveLetterCommand::RemoveLetterCommand(Library& library, qint64 letterId, LetterRemover::Annotations annotations,
                                         CommandOutcome& outcome, QUndoCommand* parent)
    : StoredCommand(QCoreApplication::translate("kl::RemoveLetterCommand", "Remove document"), outcome, parent)
    , m_library(library)
    , m_letterId(letterId)
    , m_annotations(annotations)
{
}

void RemoveLetterCommand::redo()
{
    Result<RemovedLetter> removed = LetterRemover(m_library).remove(m_letterId, m_annotations);
    if (check(removed.ok(), removed.error().detail())) {
        m_removed = std::move(removed).value();
        m_outcome.id = m_letterId;
    }
}

void RemoveLetterCommand::undo()
{
    const Result<void> restored = LetterRemover(m_library).restore(m_removed);
    check(restored.ok(), restored.error().detail());
}

} // namespace kl
