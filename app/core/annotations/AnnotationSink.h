#pragma once

#include "Annotation.h"

#include <functional>

namespace kl {

// Where importers put the annotations they make: the session adds each as a step of one undoable import.
// Sets the annotation's id and returns true when stored; else false and why.
using AnnotationSink = std::function<bool(Annotation& annotation, QString* why)>;

} // namespace kl
