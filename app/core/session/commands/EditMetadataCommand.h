#pragma once

#include "StoredCommand.h"

#include "document/DocumentMetadata.h"

namespace kl {

class Library;

// A correction of a letter's description (title, kind, dossier, number, date, sender), undoably: undo puts the
// description it had back.
class EditMetadataCommand : public StoredCommand {
public:
    EditMetadataCommand(Library& library, qint64 letterId, const DocumentMetadata& before,
                        const DocumentMetadata& after, CommandOutcome& outcome, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void write(const DocumentMetadata& m);

    Library& m_library;
    qint64 m_letterId;
    DocumentMetadata m_before;
    DocumentMetadata m_after;
};

} // namespace kl
