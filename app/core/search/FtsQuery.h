#pragma once

#include <QString>

namespace kl {

// Turns what a user types into an FTS5 query: words, "phrases", prefixes (migra*), AND/OR/NOT and brackets.
// Every word is quoted, so "opt-out" or "36 600" are searched as written rather than read as FTS5 syntax.
class FtsQuery {
public:
    // Empty when the input holds nothing to search for.
    static QString translate(const QString& userQuery);
};

} // namespace kl
