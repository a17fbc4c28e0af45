#include "StoredCommand.h"

namespace kl {

StoredCommand::StoredCommand(const QString& text, CommandOutcome& outcome, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_outcome(outcome)
{
}

bool StoredCommand::check(bool ok, const QString& why)
{
    if (ok)
        return true;
    setObsolete(true);
    m_outcome.fail(Error::storage(why));
    return false;
}

} // namespace kl
