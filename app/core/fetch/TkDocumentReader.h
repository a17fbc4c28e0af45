#pragma once

#include "FetchItem.h"
#include "ODataSchema.h"

#include <QJsonObject>
#include <QString>

namespace kl {

class FetchSources;

// A Document row of the Tweede Kamer's OData service (with HuidigeDocumentVersie/DocumentPublicatie, Zaak and
// Kamerstukdossier expanded) as a publication to fetch: the official metadata, and the files: the KOOP XML and
// PDF of its publication, or, while there is none, the original file (Document(Id)/resource).
class TkDocumentReader {
public:
    TkDocumentReader(const ODataSchema& schema, const FetchSources& sources);

    FetchItem read(const QJsonObject& row) const;
    // "Motie" -> "motie", "Brief regering" -> "brief", ...; empty for a kind DESIGN.md section 6 does not name.
    static QString kindOf(const QString& soort);

private:
    const ODataSchema& m_schema;
    const FetchSources& m_sources;
};

} // namespace kl
