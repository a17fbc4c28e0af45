#pragma once

#include <QString>
#include <QUndoCommand>

namespace kl {

class Library;

// Marks a letter as the document named references point to ("regeerprogramma"), undoably.
class SetNamedAsCommand : public QUndoCommand {
public:
    SetNamedAsCommand(Library& library, qint64 letterId, const QString& name, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Library& m_library;
    qint64 m_letterId;
    QString m_before;
    QString m_after;
};

} // namespace kl
