#pragma once

#include "RenditionRecord.h"
#include "document/DocumentMetadata.h"

#include <QJsonObject>
#include <QList>

namespace kl {

// A letter in the library: what it is, and the files it was imported from (the first is the primary one).
struct LetterRecord {
    qint64 id = 0;
    DocumentMetadata metadata;
    QList<RenditionRecord> renditions;

    // A title to show when the document has none of its own: the name of the file it came from.
    QString displayTitle() const;
    // The document object of DESIGN.md section 6 with id, format, pages and renditions (no references).
    QJsonObject toJson() const;
};

} // namespace kl
