#pragma once

#include "document/PageText.h"

namespace Poppler {
class Page;
}

namespace kl {

// The text of one PDF page in reading order, NFKC-normalized, with the box of every word. The importer and
// the reader both use it, so offsets stored at import mean the same words on screen.
class PdfTextExtractor {
public:
    static PageText extract(const Poppler::Page& page);
};

} // namespace kl
