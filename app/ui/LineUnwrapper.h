#pragma once

#include <QString>

namespace kl {

// A text file's paragraphs often carry the line breaks of the width they were written or converted at (OCR,
// KOOP HTML saved as text, e-mail): those break sentences in the middle. This tells them from the line breaks a
// paragraph means (an address, a list, a signature under its role), keeping the text's length, so that offsets
// into it stay valid: a wrapped line's break becomes a space, a meant one a line separator (U+2028).
class LineUnwrapper {
public:
    static QString unwrap(const QString& paragraph);
};

} // namespace kl
