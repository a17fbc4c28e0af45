#pragma once

#include "DocumentMetadata.h"
#include "VoteResult.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace kl {

// What an official source (the Tweede Kamer's open data, KOOP's officiële publicaties) says of a publication,
// kept beside what Kamerlezer reads from its text (DESIGN.md section 3): the official values win where they
// differ, and both are kept, so the Details dock can show where each value came from.
struct OfficialRecord {
    QString source;         // "tk" (Tweede Kamer open data) or "koop"
    QString tkDocumentId;   // the Tweede Kamer's Document GUID
    QString documentNumber; // the Tweede Kamer's document number, "2024D40329"
    QString modified;       // the source's change stamp (ApiGewijzigdOp, dt.modified), as written
    bool deleted = false;   // the source withdrew the document (Verwijderd)
    DocumentMetadata metadata;
    VoteResult votes;

    // The fields the source gives, named as in the JSON of DESIGN.md section 6 ("title", "date", ...).
    QStringList fields() const;
    // Puts the official values over `m`: what identifies the document (id, dossier, number, kind, title, date,
    // zaak) wins; the people (sender, signatories, questioners) only fill gaps, since the text prints them
    // more fully. Returns what the text said of each field it changed ({"title": "MOTIE VAN ..."}).
    QJsonObject applyTo(DocumentMetadata& m) const;

    // The official metadata as JSON, and back: the columns of the library's official_records table.
    static QJsonObject encode(const DocumentMetadata& m);
    static DocumentMetadata decode(const QJsonObject& o);
};

} // namespace kl
