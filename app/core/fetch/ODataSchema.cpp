#include "ODataSchema.h"

#include <QXmlStreamReader>

namespace kl {

bool ODataSchema::parse(const QByteArray& csdl)
{
    m_properties.clear();
    QXmlStreamReader xml(csdl);
    QString entity;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("EntityType"))
                entity = xml.attributes().value(QLatin1String("Name")).toString();
            else if (!entity.isEmpty() &&
                     (xml.name() == QLatin1String("Property") || xml.name() == QLatin1String("NavigationProperty")))
                m_properties[entity].insert(xml.attributes().value(QLatin1String("Name")).toString());
        } else if (xml.isEndElement() && xml.name() == QLatin1String("EntityType")) {
            entity.clear();
        }
    }
    if (xml.hasError())
        m_properties.clear();
    return !m_properties.isEmpty();
}

bool ODataSchema::hasProperty(const QString& entity, const QString& property) const
{
    return m_properties.value(entity).contains(property);
}

QString ODataSchema::field(const QString& entity, const QStringList& candidates) const
{
    for (const QString& c : candidates)
        if (hasProperty(entity, c))
            return c;
    return candidates.value(0);
}

QString ODataSchema::documentNumber() const
{
    return field(QStringLiteral("Document"), {QStringLiteral("DocumentNummer"), QStringLiteral("Nummer")});
}

QString ODataSchema::documentOndernummer() const
{
    return field(QStringLiteral("Document"), {QStringLiteral("Volgnummer"), QStringLiteral("Ondernummer")});
}

ODataSchema ODataSchema::version4()
{
    ODataSchema s;
    s.m_properties.insert(QStringLiteral("Document"), {QStringLiteral("DocumentNummer"), QStringLiteral("Volgnummer")});
    return s;
}

} // namespace kl
