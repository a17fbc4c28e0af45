#pragma once

#include "document/DocumentMetadata.h"

#include <QString>

namespace kl {

// The official repository's ids of the publications that are not Kamerstukken (DESIGN.md section 3), read back
// into the fields they are made of: "ah-tk-20202021-3235", "h-tk-20232024-40-6", "kv-tk-2024Z01234",
// "blg-1007826".
class PublicationId {
public:
    // Fills chamber, vergaderjaar, kind and number fields from the id; false when it is none of these.
    static bool apply(const QString& id, DocumentMetadata& m);
    // Any official id, Kamerstukken too ("kst-36600-VI-48": kstId, dossier 36600 VI, number 48), as the
    // official sources give it; false when it is none.
    static bool applyAny(const QString& id, DocumentMetadata& m);
    // The id a page prints as its own, on a line of its own, or empty.
    static QString ownIdLine(const QStringList& lines);
};

} // namespace kl
