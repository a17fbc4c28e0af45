#pragma once

#include "base/Result.h"
#include "search/SearchHit.h"
#include "search/SearchQuery.h"

#include <QList>
#include <QStringList>

namespace kl {

class Database;

// The full-text index: the `passages` table (a derived index, see Schema::refreshIndexes) with its FTS5 table
// `passages_fts`, and `notes_fts` over the annotations; the FTS5 queries that search them. Writes run in the
// caller's transaction.
class SearchIndex {
public:
    explicit SearchIndex(Database& db);

    // Splits the page texts of a rendition into passages and indexes them.
    Result<void> indexRendition(qint64 letterId, qint64 renditionId, const QStringList& pages);
    // The passages of one rendition, again from its page texts (after OCR changed them).
    Result<void> reindexRendition(qint64 letterId, qint64 renditionId, const QStringList& pages);
    // Every rendition of the library again, from its page texts.
    Result<void> rebuildPassages();

    // `fts` is an FTS5 query (FtsQuery::translate); the query's other fields filter the letters. Best first;
    // one rendition per letter, its primary one.
    Result<QList<SearchHit>> passages(const QString& fts, const SearchQuery& filter, int limit) const;
    Result<QList<SearchHit>> notes(const QString& fts, const SearchQuery& filter, int limit) const;
    // Of these index terms (lower case, no diacritics), the ones in fewest passages, at most `limit`.
    Result<QStringList> rarestTerms(const QStringList& terms, int limit) const;

private:
    Result<QList<SearchHit>> hits(const QString& select, const QString& fts, const SearchQuery& filter, int limit,
                                  SearchHit::Source source) const;

    Database& m_db;
};

} // namespace kl
