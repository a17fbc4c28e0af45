#include "VlosXmlImporter.h"

#include "XmlEntities.h"
#include "refs/ReferenceScanner.h"

#include <QXmlStreamReader>

namespace kl {

ReadResult VlosXmlImporter::read(const QByteArray& bytes)
{
    QXmlStreamReader xml(bytes);
    ReadResult r;
    ImportedDocument& doc = r.document;
    DocumentMetadata& m = doc.metadata;
    doc.format = QStringLiteral("xml");
    m.kind = QStringLiteral("handelingen");

    QStringList paragraphs;
    QStringList path;
    QString paragraph;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (const QString refused = XmlEntities::refusal(xml); !refused.isEmpty())
            return ReadResult::failure(refused);
        if (token == QXmlStreamReader::StartElement) {
            const QString name = xml.name().toString();
            if (name == QLatin1String("vergadering") && path.size() == 1) {
                const QString kamer = xml.attributes().value(QLatin1String("kamer")).toString();
                m.chamber = kamer.startsWith(QLatin1String("Eerste"))   ? 1
                            : kamer.startsWith(QLatin1String("Tweede")) ? 2
                                                                        : 0;
            }
            path.append(name);
            if (name == QLatin1String("alineaitem"))
                paragraph.clear();
        } else if (token == QXmlStreamReader::Characters) {
            const QString& el = path.isEmpty() ? QString() : path.last();
            const QString parent = path.size() >= 2 ? path.at(path.size() - 2) : QString();
            const QString chars = xml.text().toString();
            if (path.contains(QLatin1String("alineaitem"))) {
                paragraph += chars;
            } else if (parent == QLatin1String("vergadering")) {
                if (el == QLatin1String("titel") && m.title.isEmpty())
                    m.title = chars.simplified();
                else if (el == QLatin1String("vergaderjaar"))
                    m.vergaderjaar = chars.trimmed();
                else if (el == QLatin1String("vergaderingnummer"))
                    m.vergadering = chars.trimmed().toInt();
                else if (el == QLatin1String("datum"))
                    m.date = QDate::fromString(chars.trimmed().left(10), Qt::ISODate);
            } else if (el == QLatin1String("onderwerp") && parent == QLatin1String("activiteit")) {
                // Each agenda item's subject opens its part of the day.
                paragraphs.append(chars.simplified());
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (path.last() == QLatin1String("alineaitem") && !paragraph.simplified().isEmpty())
                paragraphs.append(paragraph.simplified());
            path.removeLast();
        }
    }
    if (xml.hasError())
        return ReadResult::failure(
            VlosXmlImporter::tr("damaged XML at line %1: %2").arg(xml.lineNumber()).arg(xml.errorString()));
    if (!m.title.isEmpty())
        paragraphs.prepend(m.title);
    const QString text = paragraphs.join(QStringLiteral("\n\n"));
    if (text.trimmed().isEmpty())
        return ReadResult::failure(VlosXmlImporter::tr("the XML holds no text"));
    doc.pages.append(PageText{text, {}, {}});
    doc.references = ReferenceScanner::scan(text);
    return r;
}

} // namespace kl
