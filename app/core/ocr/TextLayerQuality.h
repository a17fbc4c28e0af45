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
        Broken,  // words, but broken into pieces: a poor OCR layer ("Wetsvo o rstel terugdrin gen")
    };

    // 0..1: the share of the text's non-space characters that are in word-like tokens (letters with vowels,
    // an ordinary share of them), weighted down when none of the tokens is a common word.
    static double score(const QString& text);
    static Verdict judge(const QString& text);
    // 0..1: the share of the words of letters only that are pieces of one or two letters that are no word of
    // their own ("vo", "o", "gen" of a word OCR broke into syllables). Prose has a few ("u", "ca"); a poor OCR
    // layer (a Woo release's) a third.
    static double brokenShare(const QString& text);
    // No text at all, or a page number: a page that is only an image.
    static bool isEmpty(const QString& text);
    // Fewer non-space characters than this on a page is "(nearly) no text layer": a title, a page number.
    static constexpr int kMinCharacters = 40;
    static constexpr int kEmptyCharacters = 3;
    // A page whose text scores below this is garbage.
    static constexpr double kMinScore = 0.45;
    // A page with more of its words in pieces than this is Broken: prose stays under 0.07, the poor OCR layers
    // seen are over 0.25.
    static constexpr double kMaxBrokenShare = 0.15;
    // Fewer words of letters than this say too little to call a page broken.
    static constexpr int kMinWordsForBroken = 30;
};

} // namespace kl
