#pragma once

#include <QString>

namespace kl {

// Item views do not wrap long text by themselves: this breaks it between words into lines of about `width`
// characters.
class TextWrap {
public:
    static QString wrapped(const QString& text, int width = 56);
    // At most `length` characters, cut at a word's end with "…" when it was cut (a quote, a title in a menu).
    static QString shortened(const QString& text, int length);
};

} // namespace kl
