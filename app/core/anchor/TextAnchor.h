#pragma once

#include <QString>

namespace kl {

// Where an annotation sits, the way the W3C Web Annotation model says it: the quoted text with 32 characters
// of context either side (TextQuoteSelector) and its offsets (TextPositionSelector) in the letter's normalized
// text of one rendition.
struct TextAnchor {
    static constexpr int kContext = 32;

    QString exact;
    QString prefix;
    QString suffix;
    qsizetype start = 0;
    qsizetype end = 0;

    static TextAnchor fromRange(const QString& text, qsizetype start, qsizetype end);
    bool isEmpty() const { return exact.isEmpty(); }
};

} // namespace kl
