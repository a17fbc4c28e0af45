#pragma once

#include "Result.h"

#include <QString>
#include <QtGlobal>

#include <utility>

namespace kl {

// The value, or `fallback` with the Error said on the log: for the reads whose callers take a plain value (an
// empty list, 0), so a failed query is never silent. Code that must act on the failure takes the Result itself.
template <typename T> T valueOrWarn(Result<T> result, const char* what, T fallback = T())
{
    if (result)
        return std::move(result).value();
    qWarning("%s: %s", what, qPrintable(result.error().message()));
    return fallback;
}

// For the callers that take a bool and a message: true, or false with the Error's detail in `error` (when given).
inline bool succeeded(const Result<void>& result, QString* error)
{
    if (result)
        return true;
    if (error)
        *error = result.error().detail();
    return false;
}

} // namespace kl
