#include "EditAnnotationCommand.h"

namespace kl {

namespace {

bool onlyNoteDiffers(const Annotation& a, const Annotation& b)
{
    return a.id == b.id && a.color == b.color && a.style == b.style && a.tags == b.tags &&
           a.anchor.start == b.anchor.start && a.anchor.end == b.anchor.end && a.anchor.exact == b.anchor.exact;
}

} // namespace

int EditAnnotationCommand::id() const
{
    return onlyNoteDiffers(m_before, m_after) ? 0x6b6c01 : -1;
}

bool EditAnnotationCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const EditAnnotationCommand*>(other);
    if (!next || next->m_after.id != m_after.id || !onlyNoteDiffers(next->m_before, next->m_after))
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace kl
