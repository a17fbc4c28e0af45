#pragma once

#include <QList>
#include <QRectF>

namespace kl {

// One word of a PDF page: its span in the page's text and its box, normalized 0..1 with a top-left origin.
struct WordBox {
    qsizetype start = 0; // offset in PageText::text
    qsizetype end = 0;
    QRectF rect;
    // Normalized x of each character's right edge, so a span can start or end inside a word ("voortgang" of
    // "voortgang."). Empty when unknown: then characters are taken as equally wide.
    QList<float> charRight;

    // Left and right edge of the characters [from, to) of this word (offsets within the word).
    std::pair<double, double> xRange(qsizetype from, qsizetype to) const;
};

} // namespace kl
