#pragma once

#include "base/Result.h"

#include <QList>
#include <QString>

namespace kl {

class Database;

// The checksum of each stored page text (`page_texts.checksum`), written with the text, so `check` can tell a
// text that changed in the database since import (a damaged page, an edit outside Kamerlezer) from one that did
// not, and `check --repair` can tell whether the text read again from the copy is the one that was stored.
class PageTextChecksums {
public:
    struct Page {
        qint64 renditionId = 0;
        int page = 0; // from 1
    };

    explicit PageTextChecksums(Database& db);

    static QString of(const QString& text);
    // The checksum stored for a page; empty when there is none (a library from before checksums, until filled).
    Result<QString> stored(qint64 renditionId, int page) const;
    // Gives the pages stored before checksums theirs: the texts as they are now are taken as the good ones.
    Result<void> fillMissing();
    // The pages whose text no longer matches its checksum, in order.
    Result<QList<Page>> changedPages() const;
    // Puts a page's text back, with its checksum.
    Result<void> restore(const Page& page, const QString& text);

private:
    Database& m_db;
};

} // namespace kl
