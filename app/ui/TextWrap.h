#pragma once

#include <QString>

namespace kl {

// Item views do not wrap long text by themselves: this breaks it between words into lines of about `width`
// characters.
class TextWrap {
public:
    static QString wrapped(const QString& text, int width = 56);
};

} // namespace kl
