#include "SetNamedAsCommand.h"

#include "Library.h"

#include <QCoreApplication>

namespace kl {

SetNamedAsCommand::SetNamedAsCommand(Library& library, qint64 letterId, const QString& name, QUndoCommand* parent)
    : QUndoCommand(QCoreApplication::translate("kl::SetNamedAsCommand", "Set the name the document is known by"),
                   parent)
    , m_library(library)
    , m_letterId(letterId)
    , m_after(name.simplified().toLower())
{
    const std::optional<LetterRecord> letter = library.letter(letterId);
    m_before = letter ? letter->metadata.namedAs : QString();
}

void SetNamedAsCommand::redo()
{
    m_library.setNamedAs(m_letterId, m_after);
}

void SetNamedAsCommand::undo()
{
    m_library.setNamedAs(m_letterId, m_before);
}

} // namespace kl
