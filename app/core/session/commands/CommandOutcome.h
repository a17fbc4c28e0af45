#pragma once

#include "base/Error.h"

#include <functional>

namespace kl {

// Where the session's commands leave what they did: the id a new item got and the error of a step the library
// refused. A command may be deleted by QUndoStack as soon as it fails (it is obsolete), so it cannot be asked.
struct CommandOutcome {
    qint64 id = 0;
    Error error;
    std::function<void(const Error&)> onFailure; // the session's report: undo/redo from the menu fail here too

    void reset()
    {
        id = 0;
        error = Error();
    }
    void fail(const Error& e)
    {
        error = e;
        if (onFailure)
            onFailure(e);
    }
};

} // namespace kl
