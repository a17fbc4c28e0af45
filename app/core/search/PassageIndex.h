#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace kl {

// Fills the `passages` table (and through its triggers the FTS5 index) from the page texts of a rendition.
// Runs inside the caller's transaction.
class PassageIndex {
public:
    static bool indexRendition(QSqlDatabase& db, qint64 letterId, qint64 renditionId, const QStringList& pages,
                               QString* error);
    // Every rendition of the library, for the migration that introduces the index.
    static bool indexAll(QSqlDatabase& db, QString* error);
};

} // namespace kl
