#pragma once

#include "base/Result.h"
#include "document/Reference.h"

#include <QHash>
#include <QList>

namespace kl {

class Database;

// The detected references of every rendition: the SQL of `letter_references`, a derived index (see
// Schema::refreshIndexes). Writes run in the caller's transaction.
class ReferenceRepository {
public:
    explicit ReferenceRepository(Database& db);

    Result<void> store(qint64 letterId, qint64 renditionId, const QList<Reference>& references);
    // The rendition's references replaced by these (found again after OCR changed its text).
    Result<void> replace(qint64 letterId, qint64 renditionId, const QList<Reference>& references);
    // In the order they stand in the rendition's text.
    Result<QList<Reference>> references(qint64 renditionId) const;

    // Letters whose detected references point to this letter (its kstId, or the name it is known as), oldest
    // import first.
    Result<QList<qint64>> citingLetters(qint64 letterId) const;
    // Those references themselves, as they stand in each citing letter's primary rendition.
    struct Citation {
        qint64 letterId = 0, renditionId = 0;
        qint64 start = 0, end = 0;
        QString text;
    };
    Result<QList<Citation>> citationsOf(qint64 letterId) const;
    // For every letter that is cited, by reference or by a link made by hand: how many other letters cite it.
    Result<QHash<qint64, int>> citingCounts() const;

    // Scans every rendition again with the current scanner: page texts for PDF and text, the stored copy for
    // KOOP XML (whose own tags are references as they stand).
    Result<void> rescanAll();

private:
    Database& m_db;
};

} // namespace kl
