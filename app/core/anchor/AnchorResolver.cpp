#include "AnchorResolver.h"

#include "FoldedText.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace kl {

namespace {

// Characters the two strings share at the end of `a` and the start of `b` respectively, compared from the
// quote outwards: how well the context around an occurrence agrees with the anchor's.
int sharedSuffix(const QString& a, const QString& b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n])
        ++n;
    return n;
}

int sharedPrefix(const QString& a, const QString& b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n])
        ++n;
    return n;
}

struct Approximate {
    qsizetype start = -1;
    qsizetype end = -1;
};

// Semi-global edit distance (Sellers): where in `text` a substring lies closest to `pattern`. A forward column
// pass finds the best end, a backward one from there the best start.
Approximate approximateMatch(QStringView text, QStringView pattern, int maxDistance)
{
    const qsizetype m = pattern.size();
    std::vector<int> column(size_t(m) + 1);
    for (qsizetype i = 0; i <= m; ++i)
        column[size_t(i)] = int(i);
    int bestDistance = std::numeric_limits<int>::max();
    qsizetype bestEnd = -1;
    for (qsizetype j = 0; j < text.size(); ++j) {
        int diagonal = 0; // a match may start anywhere in the text
        column[0] = 0;
        for (qsizetype i = 1; i <= m; ++i) {
            const int substitution = diagonal + (pattern[i - 1] == text[j] ? 0 : 1);
            diagonal = column[size_t(i)];
            column[size_t(i)] = std::min({substitution, column[size_t(i)] + 1, column[size_t(i - 1)] + 1});
        }
        if (column[size_t(m)] < bestDistance) {
            bestDistance = column[size_t(m)];
            bestEnd = j + 1;
        }
    }
    if (bestDistance > maxDistance)
        return {};
    // The start: the same distance read backwards from the end found, over the reversed text before it and the
    // reversed pattern, the match anchored at that end and free where it begins. One pass of m × (m + k) cells,
    // not a full distance for each of the 2k + 1 lengths the distance allows (that was 4·10⁹ cells for a quote
    // of 2,000 characters).
    const qsizetype span = std::min<qsizetype>(bestEnd, m + maxDistance);
    for (qsizetype i = 0; i <= m; ++i)
        column[size_t(i)] = int(i);
    int startDistance = column[size_t(m)]; // the whole pattern against nothing: length 0
    qsizetype bestLength = 0;
    for (qsizetype j = 1; j <= span; ++j) {
        const QChar c = text[bestEnd - j];
        int diagonal = column[0];
        column[0] = int(j); // anchored at the end: every text character skipped there costs one
        for (qsizetype i = 1; i <= m; ++i) {
            const int substitution = diagonal + (pattern[m - i] == c ? 0 : 1);
            diagonal = column[size_t(i)];
            column[size_t(i)] = std::min({substitution, column[size_t(i)] + 1, column[size_t(i - 1)] + 1});
        }
        if (column[size_t(m)] < startDistance) {
            startDistance = column[size_t(m)];
            bestLength = j;
        }
    }
    if (bestLength == 0)
        return {};
    return Approximate{bestEnd - bestLength, bestEnd};
}

} // namespace

AnchorResolver::Result AnchorResolver::resolve(const QString& text, const TextAnchor& anchor)
{
    Result r;
    if (anchor.exact.isEmpty())
        return r;
    // The stored position is a hint that may come from another program's file: checked before any arithmetic
    // on it (a start of INT64_MIN must not overflow).
    const bool positionInText = anchor.start >= 0 && anchor.start <= anchor.end && anchor.end <= text.size();
    if (positionInText && anchor.end - anchor.start == anchor.exact.size() &&
        QStringView(text).mid(anchor.start, anchor.end - anchor.start) == anchor.exact) {
        return Result{Position, anchor.start, anchor.end};
    }

    const FoldedText folded(text);
    const QString exact = FoldedText::fold(anchor.exact);
    const QString prefix = FoldedText::fold(anchor.prefix);
    const QString suffix = FoldedText::fold(anchor.suffix);
    const qsizetype expected = folded.toFolded(std::clamp<qsizetype>(anchor.start, 0, text.size()));
    const QList<qsizetype> hits = folded.occurrences(exact);
    if (!hits.isEmpty()) {
        // Context first (an exact quote with the same surroundings is the same passage), then distance.
        qsizetype best = hits.first();
        long long bestScore = std::numeric_limits<long long>::min();
        for (qsizetype at : hits) {
            const QString before =
                folded.folded().mid(std::max<qsizetype>(0, at - prefix.size()), std::min(at, prefix.size()));
            const QString after = folded.folded().mid(at + exact.size(), suffix.size());
            const long long context = sharedSuffix(before, prefix) + sharedPrefix(after, suffix);
            const long long distance = std::llabs(static_cast<long long>(at - expected));
            const long long score = context * 1'000'000'000LL - distance;
            if (score > bestScore) {
                bestScore = score;
                best = at;
            }
        }
        return Result{Quote, folded.toOriginal(best), folded.toOriginal(best + exact.size() - 1) + 1};
    }

    // A quote is a passage, not a document: one of more than 5,000 characters that is not there as it is, is not
    // looked for letter by letter (the search costs its length times the letter's).
    constexpr qsizetype kLongestFuzzyQuote = 5000;
    const int maxDistance = int(exact.size() / 4);
    if (maxDistance == 0 || exact.size() > kLongestFuzzyQuote)
        return r;
    const Approximate match = approximateMatch(folded.folded(), exact, maxDistance);
    if (match.start < 0)
        return r;
    return Result{Fuzzy, folded.toOriginal(match.start), folded.toOriginal(match.end - 1) + 1};
}

} // namespace kl
