#include "SetNamedAsCommand.h"

#include "library/Library.h"

#include <QCoreApplication>

namespace kl {

SetNamedAsCommand::SetNamedAsCommand(Library& library, qint64 letterId, const QString& name, CommandOutcome& outcome,
                                     QUndoCommand* parent)
    : StoredCommand(QCoreApplication::translate("kl::SetNamedAsCommand", "Set the name the document is known by"),
                    outcome, parent)
    , m_library(library)
    , m_letterId(letterId)
    , m_after(name.simplified().toLower())
{
    const std::optional<LetterRecord> letter = library.letter(letterId);
    m_before = letter ? letter->metadata.namedAs : QString();
}

void SetNamedAsCommand::redo()
{
    write(m_after);
}

void SetNamedAsCommand::undo()
{
    write(m_before);
}

void SetNamedAsCommand::write(const QString& name)
{
    check(m_library.setNamedAs(m_letterId, name),
          QCoreApplication::translate("kl::SetNamedAsCommand", "the document's name could not be stored"));
}

} // namespace kl
