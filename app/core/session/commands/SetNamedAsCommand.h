#pragma once

#include "StoredCommand.h"

#include <QString>

namespace kl {

class Library;

// Marks a letter as the document named references point to ("regeerprogramma"), undoably.
class SetNamedAsCommand : public StoredCommand {
public:
    SetNamedAsCommand(Library& library, qint64 letterId, const QString& name, CommandOutcome& outcome,
                      QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void write(const QString& name);

    Library& m_library;
    qint64 m_letterId;
    QString m_before;
    QString m_after;
};

} // namespace kl
