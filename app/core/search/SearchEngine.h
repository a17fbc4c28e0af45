#pragma once

#include "SearchHit.h"
#include "SearchQuery.h"

#include <QList>

namespace kl {

class Library;

// Full-text search over the passages of every letter and over the user's notes (FTS5, diacritics ignored),
// ranked by bm25.
class SearchEngine {
public:
    explicit SearchEngine(const Library& library);

    // Best hits first. `error` says what is wrong with a query FTS5 cannot read, or why the index failed.
    QList<SearchHit> search(const SearchQuery& query, int limit = 50, QString* error = nullptr) const;
    // The passages most like `text` in other letters than `excludeLetter` (bm25 over its words).
    QList<SearchHit> similar(const QString& text, qint64 excludeLetter, int limit = 10, QString* error = nullptr) const;

private:
    const Library& m_library;
};

} // namespace kl
