#pragma once

#include "BriefingPackContent.h"

#include <QImage>

namespace Poppler {
class Page;
}

namespace kl {

// Renders a page of a letter's PDF with the letter's highlights and underlines multiplied into it, as a marker
// on paper would: the briefing pack's original pages.
class HighlightedPageRenderer {
public:
    // `page` is the PDF's 1-based page `number`; `letter` holds its placed annotations and text.
    static QImage render(Poppler::Page& page, int number, const BriefingPackContent::Letter& letter, int dpi);
};

} // namespace kl
