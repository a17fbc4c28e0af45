#pragma once

#include "base/Result.h"

#include <QString>

namespace kl {

class Database;
class RowSnapshot;

// The annotations of removed documents that the user chose to keep: stored with the document's key, they come
// back, re-anchored by their quotes, when a document with that key is imported again.
class KeptAnnotationRepository {
public:
    explicit KeptAnnotationRepository(const Database& db);

    // Keeps the annotations (and their tags) in `removed`, a snapshot of the letter; 0 when it had none.
    Result<qint64> keep(const QString& letterKey, const QString& title, const RowSnapshot& removed, const QString& now);
    Result<void> forget(qint64 id);
    // Gives the letter the annotations kept under its key and forgets them; how many came back.
    Result<int> restoreInto(qint64 letterId, const QString& letterKey);
    Result<int> count() const;

private:
    const Database& m_db;
};

} // namespace kl
