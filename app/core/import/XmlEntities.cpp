#include "XmlEntities.h"

#include <QXmlStreamReader>

namespace kl {

QString XmlEntities::refusal(const QXmlStreamReader& xml)
{
    if (xml.tokenType() != QXmlStreamReader::DTD || xml.entityDeclarations().isEmpty())
        return {};
    return tr("the XML declares entities of its own (<!ENTITY>), which official publications never do: not read");
}

} // namespace kl
