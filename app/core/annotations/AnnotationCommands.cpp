#include "AnnotationCommands.h"

#include "AnnotationStore.h"

#include <QCoreApplication>
#include <QDebug>

namespace kl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kl::AnnotationCommands", text);
}

bool onlyNoteDiffers(const Annotation& a, const Annotation& b)
{
    return a.id == b.id && a.color == b.color && a.style == b.style && a.tags == b.tags &&
           a.anchor.start == b.anchor.start && a.anchor.end == b.anchor.end && a.anchor.exact == b.anchor.exact;
}

} // namespace

AddAnnotationCommand::AddAnnotationCommand(AnnotationStore& store, const Annotation& annotation, QUndoCommand* parent)
    : QUndoCommand(annotation.style == Annotation::LetterNote ? tr("Add note to letter") : tr("Add highlight"), parent)
    , m_store(store)
    , m_annotation(annotation)
{
}

void AddAnnotationCommand::redo()
{
    QString error;
    if (!m_store.add(m_annotation, &error))
        qWarning() << "kamerlezer: cannot store the annotation:" << error;
}

void AddAnnotationCommand::undo()
{
    QString error;
    if (m_annotation.id && !m_store.remove(m_annotation.id, &error))
        qWarning() << "kamerlezer: cannot remove the annotation:" << error;
}

EditAnnotationCommand::EditAnnotationCommand(AnnotationStore& store, const Annotation& before, const Annotation& after,
                                             const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_store(store)
    , m_before(before)
    , m_after(after)
{
}

void EditAnnotationCommand::redo()
{
    QString error;
    if (!m_store.update(m_after, &error))
        qWarning() << "kamerlezer: cannot change the annotation:" << error;
}

void EditAnnotationCommand::undo()
{
    QString error;
    if (!m_store.update(m_before, &error))
        qWarning() << "kamerlezer: cannot change the annotation back:" << error;
}

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

RemoveAnnotationCommand::RemoveAnnotationCommand(AnnotationStore& store, const Annotation& annotation,
                                                 QUndoCommand* parent)
    : QUndoCommand(tr("Delete annotation"), parent)
    , m_store(store)
    , m_annotation(annotation)
{
}

void RemoveAnnotationCommand::redo()
{
    QString error;
    if (!m_store.remove(m_annotation.id, &error))
        qWarning() << "kamerlezer: cannot delete the annotation:" << error;
}

void RemoveAnnotationCommand::undo()
{
    // Put back exactly what was there: same id, same times, same tags.
    Annotation restored = m_annotation;
    QString error;
    if (!m_store.add(restored, &error))
        qWarning() << "kamerlezer: cannot restore the annotation:" << error;
}

} // namespace kl
