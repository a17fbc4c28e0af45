#pragma once

#include "Annotation.h"

#include <QUndoCommand>

namespace kl {

class AnnotationStore;

// The undoable edits of annotations. Each redo and undo is written to the library at once.
class AddAnnotationCommand : public QUndoCommand {
public:
    AddAnnotationCommand(AnnotationStore& store, const Annotation& annotation, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    // The id the annotation got when first stored (0 before the first redo or when storing failed).
    qint64 annotationId() const { return m_annotation.id; }

private:
    AnnotationStore& m_store;
    Annotation m_annotation;
};

class EditAnnotationCommand : public QUndoCommand {
public:
    EditAnnotationCommand(AnnotationStore& store, const Annotation& before, const Annotation& after,
                          const QString& text, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    // Typing in a note gives one undo step per note, not per keystroke.
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    AnnotationStore& m_store;
    Annotation m_before;
    Annotation m_after;
};

class RemoveAnnotationCommand : public QUndoCommand {
public:
    RemoveAnnotationCommand(AnnotationStore& store, const Annotation& annotation, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationStore& m_store;
    Annotation m_annotation;
};

} // namespace kl
