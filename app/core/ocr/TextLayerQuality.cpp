#include "TextLayerQuality.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

namespace kl {

namespace {

bool isVowel(QChar c)
{
    if (c.unicode() < 0x80)
        return QStringLiteral("aeiouyAEIOUY").contains(c);
    // "ë" of "financiële", "é" of "café": the base letter counts.
    const QString base = QString(c).normalized(QString::NormalizationForm_D);
    return QStringLiteral("aeiouyAEIOUY").contains(base.at(0));
}

// The most frequent words of Dutch (and a few of English) letters and nota's: a real text layer of a page has
// several; a garbage one, whatever letters it has, has none.
const QSet<QString>& commonWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char* w :
             {"de",       "het",        "een",   "van",   "en",    "in",     "is",    "dat",    "op",  "te",
              "voor",     "met",        "zijn",  "niet",  "aan",   "er",     "die",   "worden", "ook", "wordt",
              "bij",      "door",       "als",   "naar",  "om",    "of",     "over",  "uit",    "kan", "deze",
              "dit",      "ik",         "u",     "we",    "wij",   "hun",    "heeft", "hebben", "zal", "zou",
              "tot",      "nog",        "maar",  "al",    "meer",  "geen",   "onder", "tussen", "na",  "waar",
              "the",      "of",         "and",   "to",    "for",   "with",   "on",    "be",     "by",  "this",
              "minister", "ministerie", "datum", "kamer", "brief", "betreft"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

// Tokens between white space, as views: the importer judges every page of every PDF.
QList<QStringView> tokens(const QString& text)
{
    QList<QStringView> out;
    for (qsizetype i = 0; i < text.size();) {
        while (i < text.size() && text[i].isSpace())
            ++i;
        const qsizetype start = i;
        while (i < text.size() && !text[i].isSpace())
            ++i;
        if (i > start)
            out.append(QStringView(text).mid(start, i - start));
    }
    return out;
}

// The words of one or two letters of Dutch (and English) prose, and the abbreviations written without dots: what
// else has one or two letters is a piece of a longer word.
const QSet<QString>& shortWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char* w :
             {"de", "en", "in", "op", "te", "u",  "ik", "we", "is", "of", "al", "na", "om", "er", "ze", "zo", "nu",
              "ja", "a",  "i",  "an", "at", "to", "be", "by", "on", "or", "as", "it", "no", "so", "up", "us", "he",
              "me", "my", "ca", "nr", "mr", "dr", "bv", "nv", "cc", "ii", "vs", "ad", "ex", "id", "pp", "t",  "s"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

} // namespace

double TextLayerQuality::brokenShare(const QString& text)
{
    int words = 0, pieces = 0;
    for (const QStringView raw : tokens(text)) {
        qsizetype b = 0, e = raw.size();
        while (b < e && !raw[b].isLetter())
            ++b;
        while (e > b && !raw[e - 1].isLetter())
            --e;
        const QStringView token = raw.mid(b, e - b);
        if (token.isEmpty() || !std::all_of(token.begin(), token.end(), [](QChar c) { return c.isLetter(); }))
            continue;
        ++words;
        // Abbreviations in capitals ("EU", "ZN") are words; a piece has a small letter.
        const bool lower = std::any_of(token.begin(), token.end(), [](QChar c) { return c.isLower(); });
        pieces += token.size() <= 2 && lower && !shortWords().contains(token.toString().toLower());
    }
    return words < kMinWordsForBroken ? 0 : double(pieces) / double(words);
}

double TextLayerQuality::score(const QString& text)
{
    qsizetype nonSpace = 0, wordChars = 0;
    int tokenCount = 0, common = 0;
    for (const QStringView raw : tokens(text)) {
        nonSpace += raw.size();
        ++tokenCount;
        // Punctuation around a word is part of prose: "(de", "beleid,", "Kamer."
        qsizetype b = 0, e = raw.size();
        while (b < e && !raw[b].isLetterOrNumber())
            ++b;
        while (e > b && !raw[e - 1].isLetterOrNumber())
            --e;
        const QStringView token = raw.mid(b, e - b);
        if (token.isEmpty())
            continue;
        int letters = 0, vowels = 0, digits = 0, others = 0;
        for (QChar c : token) {
            if (c.isLetter()) {
                ++letters;
                vowels += isVowel(c);
            } else if (c.isDigit()) {
                ++digits;
            } else if (c != QLatin1Char('-') && c != QLatin1Char('\'')) {
                ++others;
            }
        }
        // A number ("2024", "36.471", "12a", "3879362-1068315") is ordinary in a letter; ten digits in a row, or
        // digits with brackets and signs between them ("7687-(375787", "47.6/3460717823"), are what a broken
        // font encoding gives.
        const bool number = letters <= 1 && digits > 0 && digits <= 8 && others <= 3 && token.size() <= 16;
        const bool word = digits == 0 && others == 0 && letters > 0 &&
                          (letters <= 2 || (vowels * 5 >= letters && vowels * 5 <= letters * 4)) && letters <= 30;
        if (word || number)
            wordChars += raw.size();
        if (word && token.size() <= 10 && commonWords().contains(token.toString().toLower()))
            ++common;
    }
    if (nonSpace == 0)
        return 0;
    double score = double(wordChars) / double(nonSpace);
    // Letters that happen to look like words (a font whose codes are shifted) still have no "de", "van", "het".
    if (tokenCount >= 30 && common * 50 < tokenCount)
        score *= 0.5;
    return score;
}

TextLayerQuality::Verdict TextLayerQuality::judge(const QString& text)
{
    qsizetype characters = 0;
    for (QChar c : text)
        characters += !c.isSpace();
    if (characters < kMinCharacters)
        return Verdict::Missing;
    if (score(text) < kMinScore)
        return Verdict::Garbage;
    return brokenShare(text) > kMaxBrokenShare ? Verdict::Broken : Verdict::Good;
}

bool TextLayerQuality::isEmpty(const QString& text)
{
    qsizetype characters = 0;
    for (QChar c : text)
        characters += !c.isSpace();
    return characters <= kEmptyCharacters;
}

} // namespace kl
