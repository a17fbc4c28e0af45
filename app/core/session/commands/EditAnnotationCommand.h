#pragma once

#include "EditItemCommand.h"
#include "annotations/Annotation.h"
#include "annotations/AnnotationStore.h"

namespace kl {

// An edit of an annotation. Typing in a note gives one undo step per note, not one per keystroke.
class EditAnnotationCommand : public EditItemCommand<AnnotationStore, Annotation> {
public:
    using EditItemCommand::EditItemCommand;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;
};

} // namespace kl
