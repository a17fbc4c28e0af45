#pragma once

#include <QColor>
#include <QImage>
#include <QRectF>

#include <functional>

// How much of a box a mark (a highlight) colours, measured so it means the same on any machine: over the whole
// box, only where the page drawn without the mark is background. The glyphs in the box depend on the fonts a
// machine substitutes for a PDF's unembedded ones, so a pixel that is ink without the mark is not counted.
// `marked` and `plain` are the same page at the same size; `box` is in page coordinates from 0 to 1.
double markedShare(const QImage& marked, const QImage& plain, const QRectF& box,
                   const std::function<bool(const QColor&)>& isMarkColour);
