#pragma once

#include "document/Reference.h"

#include <QList>
#include <QSqlDatabase>

namespace kl {

// The detected references of every rendition, kept in `letter_references`. Runs in the caller's transaction.
class ReferenceIndex {
public:
    static bool store(QSqlDatabase& db, qint64 letterId, qint64 renditionId, const QList<Reference>& references,
                      QString* error);
    // Scans every rendition again with the current scanner: page texts for PDF and text, the stored copy for
    // KOOP XML (whose own tags are references as they stand). For the migration that brings a library up to a
    // newer scanner.
    static bool rescanAll(QSqlDatabase& db, const QString& libraryFolder, QString* error);
};

} // namespace kl
