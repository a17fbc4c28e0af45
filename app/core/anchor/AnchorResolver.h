#pragma once

#include "TextAnchor.h"

namespace kl {

// Finds an anchor in a text, which may be another rendition of the letter or a re-imported version
// (DESIGN.md section 4): the position if the text there is the quote; else the occurrence of the quote nearest
// the position, ties broken by prefix and suffix; else the closest approximate match within an edit distance of
// a quarter of the quote; else nothing: the annotation is an orphan, kept, never deleted.
class AnchorResolver {
public:
    enum Method { Position, Quote, Fuzzy, Orphan };
    struct Result {
        Method method = Orphan;
        qsizetype start = 0;
        qsizetype end = 0;
        bool found() const { return method != Orphan; }
    };

    static Result resolve(const QString& text, const TextAnchor& anchor);
};

} // namespace kl
