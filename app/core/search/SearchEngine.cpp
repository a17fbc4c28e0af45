#include "SearchEngine.h"

#include "FtsQuery.h"
#include "library/Library.h"
#include "storage/SearchIndex.h"

#include <QRegularExpression>

#include <algorithm>

namespace kl {

SearchEngine::SearchEngine(const Library& library)
    : m_library(library)
{
}

namespace {

// The hits, or none and what went wrong in `error`.
QList<SearchHit> hitsOr(Result<QList<SearchHit>> hits, QString* error)
{
    if (hits)
        return std::move(hits).value();
    if (error)
        *error = hits.error().detail();
    return {};
}

} // namespace

QList<SearchHit> SearchEngine::search(const SearchQuery& query, int limit, QString* error) const
{
    const QString fts = FtsQuery::translate(query.text);
    if (fts.isEmpty())
        return {};
    QList<SearchHit> hits;
    if (!query.onlyNotes)
        hits = hitsOr(SearchIndex(m_library.database()).passages(fts, query, limit), error);
    if (query.includeNotes || query.onlyNotes)
        hits += hitsOr(SearchIndex(m_library.database()).notes(fts, query, limit), error);
    std::stable_sort(hits.begin(), hits.end(),
                     [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

QList<SearchHit> SearchEngine::similar(const QString& text, qint64 excludeLetter, int limit, QString* error) const
{
    // The passage's words as the index spells them (lower case, no diacritics), OR-ed; only the rarest dozen count:
    // common words ("het", "van") make the query slow and the ranking no better.
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]{3,}"));
    QStringList terms;
    for (auto it = word.globalMatch(text.normalized(QString::NormalizationForm_D)); it.hasNext();) {
        QString w = it.next().captured(0).toLower();
        w.remove(QRegularExpression(QStringLiteral("\\p{Mn}")));
        if (!terms.contains(w))
            terms.append(w);
    }
    if (terms.isEmpty())
        return {};
    const SearchIndex index(m_library.database());
    Result<QStringList> rarest = index.rarestTerms(terms, 12);
    if (!rarest) {
        if (error)
            *error = rarest.error().detail();
        return {};
    }
    QStringList rare;
    for (const QString& t : *rarest)
        rare.append(QLatin1Char('"') + t + QLatin1Char('"'));
    if (rare.isEmpty())
        return {};
    QList<SearchHit> hits = hitsOr(index.passages(rare.join(QStringLiteral(" OR ")), SearchQuery{}, limit + 20), error);
    hits.erase(
        std::remove_if(hits.begin(), hits.end(), [&](const SearchHit& h) { return h.letterId == excludeLetter; }),
        hits.end());
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace kl
