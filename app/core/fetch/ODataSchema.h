#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace kl {

// The field names of the Tweede Kamer's OData service, read from its $metadata: version 5 renames some of
// version 4's (DocumentNummer -> Nummer, Volgnummer -> Ondernummer), so none is written into the code.
class ODataSchema {
public:
    // False when the CSDL has no entity types (not a $metadata document).
    bool parse(const QByteArray& csdl);
    bool hasProperty(const QString& entity, const QString& property) const;

    // The first of `candidates` that `entity` has; the first candidate when the schema is not known.
    QString field(const QString& entity, const QStringList& candidates) const;
    QString documentNumber() const;
    QString documentOndernummer() const;

    // A schema as version 4 of the service has it, for a client that could not read $metadata.
    static ODataSchema version4();

private:
    QHash<QString, QSet<QString>> m_properties; // entity type -> its properties
};

} // namespace kl
