#pragma once

#include "WordBox.h"

#include <QList>
#include <QSizeF>
#include <QString>

namespace kl {

// The normalized text of one page; for PDF pages also where every word sits.
struct PageText {
    QString text;
    QList<WordBox> words; // empty for text and XML renditions
    QSizeF sizePt;        // page size in points (PDF), empty otherwise
    // Read by OCR from the page image: the PDF's own text layer was missing or garbage. Its words are then
    // stored with the page, since Poppler cannot give them again.
    bool fromOcr = false;
};

} // namespace kl
