#pragma once

#include "MergedLetters.h"

namespace kl {

class Library;

// Makes two letters that are the same document one (a PDF and a text imported apart, a fetched record and an
// imported file that recognition did not match): the other letter's renditions, annotations, links, references
// and what else hangs on it move to the kept one, whose details stay; the other letter goes. Cross-references
// between the two are dropped (they would point from the document to itself). One transaction, one change
// notice; LibrarySession makes it an undo step.
class LetterMerger {
public:
    explicit LetterMerger(Library& library);

    Result<MergedLetters> merge(qint64 keep, qint64 other);
    Result<void> undo(const MergedLetters& merged);

private:
    Library& m_library;
};

} // namespace kl
