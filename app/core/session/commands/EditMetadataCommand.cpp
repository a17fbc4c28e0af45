#include "EditMetadataCommand.h"

#include "library/LetterEditor.h"

#include <QCoreApplication>

namespace kl {

EditMetadataCommand::EditMetadataCommand(Library& library, qint64 letterId, const DocumentMetadata& before,
                                         const DocumentMetadata& after, CommandOutcome& outcome, QUndoCommand* parent)
    : StoredCommand(QCoreApplication::translate("kl::EditMetadataCommand", "Edit the document's details"), outcome,
                    parent)
    , m_library(library)
    , m_letterId(letterId)
    , m_before(before)
    , m_after(after)
{
}

void EditMetadataCommand::redo()
{
    write(m_after);
}

void EditMetadataCommand::undo()
{
    write(m_before);
}

void EditMetadataCommand::write(const DocumentMetadata& m)
{
    QString error;
    const bool stored = LetterEditor(m_library).setMetadata(m_letterId, m, &error); // before the message reads it
    check(stored,
          QCoreApplication::translate("kl::EditMetadataCommand", "the document's details could not be stored: %1")
              .arg(error));
}

} // namespace kl
