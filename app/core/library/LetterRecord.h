#pragma once

#include "RenditionRecord.h"
#include "document/DocumentMetadata.h"

#include <QJsonObject>
#include <QList>

namespace kl {

// A letter in the library: what it is, and the files it was imported from, in the order they were imported.
struct LetterRecord {
    qint64 id = 0;
    DocumentMetadata metadata;
    QList<RenditionRecord> renditions;
    // Fetched from the official sources: "tk" or "koop" (the Tweede Kamer's when both), empty when only imported.
    QString officialSource;
    bool unread = false;    // fetched for a followed dossier and not opened since
    bool withdrawn = false; // the source withdrew the document (Verwijderd); kept with its annotations

    // The rendition that stands for the letter wherever one is needed: the one the reader opens, search hits
    // and citations point into, `show`, exports and quotes use. The PDF when there is one (the document as
    // published, with the pages a citation names), else the first imported. Nothing stored depends on it
    // (annotations keep their own rendition and quote), so a PDF imported later may take over. nullptr when the
    // letter has no rendition. LetterRepository::primaryRenditionOf() is the same rule in SQL.
    const RenditionRecord* primaryRendition() const;
    // A title to show when the document has none of its own: the name of the file it came from.
    QString displayTitle() const;
    // The document object of DESIGN.md section 6 with id, format, pages and renditions (no references).
    QJsonObject toJson() const;
};

} // namespace kl
