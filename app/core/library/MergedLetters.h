#pragma once

#include "storage/RowSnapshot.h"

namespace kl {

// What merging two letters changed, to put both back on undo: each letter's rows as they were, with their ids.
struct MergedLetters {
    qint64 kept = 0;
    qint64 merged = 0; // the letter that went into `kept`
    RowSnapshot keptRows;
    RowSnapshot mergedRows;
};

} // namespace kl
