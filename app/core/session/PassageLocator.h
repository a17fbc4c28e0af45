#pragma once

#include "Passage.h"
#include "base/Result.h"

#include <QString>

namespace kl {

class Library;

// Finds a quote in a letter: the one rule the window, the related-passages panel and the CLI share, so the same
// quote anchors on the same passage wherever it was given. Spaces and line breaks do not matter (a quote copied
// from the PDF matches the text rendition); the primary rendition is searched first, then the others.
class PassageLocator {
public:
    explicit PassageLocator(const Library& library);

    // The `occurrence`-th (1-based) place of `quote` in the letter.
    Result<Passage> find(qint64 letterId, const QString& quote, int occurrence = 1) const;
    // The span [start, end) of a rendition's text as a passage, with page and line boxes on a PDF.
    Result<Passage> at(qint64 letterId, qint64 renditionId, qsizetype start, qsizetype end) const;

private:
    const Library& m_library;
};

} // namespace kl
