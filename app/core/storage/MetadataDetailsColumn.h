#pragma once

#include "document/DocumentMetadata.h"

#include <QString>

namespace kl {

// The metadata fields that have no column of their own (signatories, the printed date, the Aanhangsel's number
// and parties, the Handelingen item, the source's id), stored as one JSON object in letters.details: they are
// read with the letter and never searched on, except the zaak, which has its column.
class MetadataDetailsColumn {
public:
    static QString encode(const DocumentMetadata& m); // empty when there is nothing to store
    static void decode(const QString& json, DocumentMetadata& m);
};

} // namespace kl
