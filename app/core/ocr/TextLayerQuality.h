#pragma once

#include <QString>

namespace kl {

// How readable a page's text is as Dutch (or English) prose: a text layer from a broken font encoding
// ("2343567837 4 435774743", "!\"#$%&74'") reads as digits and symbols, or as letters without vowels and
// without a single common word. Used to decide which pages need OCR and whether OCR read them better.
class TextLayerQuality {
public:
    enum class Verdict {
        Good,    // reads as words
        Missing, // (nearly) no text: a scan, or a page with only a picture
        Garbage, // text, but not words
    };

    // 0..1: the share of the text's non-space characters that are in word-like tokens (letters with vowels,
    // an ordinary share of them), weighted down when none of the tokens is a common word.
    static double score(const QString& text);
    static Verdict judge(const QString& text);
    // No text at all, or a page number: a page that is only an image.
    static bool isEmpty(const QString& text);
    // Fewer non-space characters than this on a page is "(nearly) no text layer": a title, a page number.
    static constexpr int kMinCharacters = 40;
    static constexpr int kEmptyCharacters = 3;
    // A page whose text scores below this is garbage.
    static constexpr double kMinScore = 0.45;
};

} // namespace kl
