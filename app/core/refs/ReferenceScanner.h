#pragma once

#include "document/Reference.h"

#include <QList>
#include <QString>

namespace kl {

// Finds the references a text contains (DESIGN.md section 5) and gives each its span and target id.
// Spans never overlap: where two patterns claim the same words, the earlier and longer one wins.
class ReferenceScanner {
public:
    // Raise when the scanner (or the KOOP XML reader's references) finds other references than before: a
    // library with an older reference index is scanned again when it opens (Schema::refreshIndexes).
    static constexpr int kIndexVersion = 1;
    static QList<Reference> scan(const QString& text);
    // The text with dashes, odd spaces and line breaks made plain, character for character, so that
    // offsets into it are offsets into the original.
    static QString normalizeForScan(const QString& text);
    // Adds `extra` to `base` where they do not overlap a reference already in `base`; keeps start order.
    static QList<Reference> merge(QList<Reference> base, const QList<Reference>& extra);
};

} // namespace kl
