#include "KoopXmlImporter.h"

#include "XmlEntities.h"
#include "metadata/AanhangselReader.h"
#include "metadata/DocumentKind.h"
#include "metadata/MetadataParser.h"
#include "metadata/PublicationId.h"
#include "metadata/SignatureFinder.h"
#include "metadata/TitleCase.h"
#include "refs/ReferenceScanner.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace kl {

namespace {

// Elements whose text is one paragraph of the reading text.
const QSet<QString>& blockElements()
{
    static const QSet<QString> set{
        QStringLiteral("al"),        QStringLiteral("tekstregel"), QStringLiteral("dossiernummer"),
        QStringLiteral("titel"),     QStringLiteral("stuknr"),     QStringLiteral("datumtekst"),
        QStringLiteral("tussenkop"), QStringLiteral("kop"),        QStringLiteral("dagtekening"),
        QStringLiteral("functie"),   QStringLiteral("naam")};
    return set;
}

QString kindFromPrefix(const QString& target)
{
    if (target.startsWith(QLatin1String("kst-")))
        return QStringLiteral("kamerstuk");
    if (target.startsWith(QLatin1String("dossier-")))
        return QStringLiteral("dossier");
    if (target.startsWith(QLatin1String("h-")))
        return QStringLiteral("handelingen");
    if (target.startsWith(QLatin1String("ah-")))
        return QStringLiteral("aanhangsel");
    if (target.startsWith(QLatin1String("stb-")) || target.startsWith(QLatin1String("stcrt-")) ||
        target.startsWith(QLatin1String("trb-")))
        return QStringLiteral("staatsblad");
    return QStringLiteral("other");
}

// Builds the reading text block by block, collapsing the XML's layout whitespace as it goes.
class TextBuilder {
public:
    QString text;
    void openBlock() { block.clear(); }
    void append(QStringView chars)
    {
        for (QChar c : chars) {
            if (c.isSpace()) {
                if (!block.isEmpty() && !block.endsWith(QLatin1Char(' ')))
                    block += QLatin1Char(' ');
            } else {
                block += c;
            }
        }
    }
    qsizetype position() const { return text.size() + (text.isEmpty() ? 0 : 2) + block.size(); }
    QString closeBlock()
    {
        while (block.endsWith(QLatin1Char(' ')))
            block.chop(1);
        if (!block.isEmpty())
            text += (text.isEmpty() ? QString() : QStringLiteral("\n\n")) + block;
        return block;
    }
    QString block;
};

} // namespace

ReadResult KoopXmlImporter::read(const QByteArray& bytes)
{
    QXmlStreamReader xml(bytes);
    ReadResult r;
    ImportedDocument& doc = r.document;
    DocumentMetadata& m = doc.metadata;
    doc.format = QStringLiteral("xml");

    QHash<QString, QString> meta;
    QStringList path;
    TextBuilder builder;
    int blockDepth = -1; // depth of the open block element, -1 when none
    qsizetype refStart = -1;
    QString refTarget;
    QString isoDate, kamernummer;
    bool skipBlock = false;
    bool questions = false; // <kamervragen>: the Aanhangsel van de Handelingen
    bool handelingen = false;

    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (const QString refused = XmlEntities::refusal(xml); !refused.isEmpty())
            return ReadResult::failure(refused);
        if (token == QXmlStreamReader::StartElement) {
            const QString name = xml.name().toString();
            const auto attrs = xml.attributes();
            // The parts of a name (<voorletters>, <achternaam>) are words of their own.
            if (blockDepth >= 0 && path.endsWith(QLatin1String("naam")))
                builder.append(u" ");
            path.append(name);
            if (name == QLatin1String("kamervragen"))
                questions = true;
            else if (name == QLatin1String("handelingen"))
                handelingen = true;
            if (name == QLatin1String("meta")) {
                const QString key = attrs.value(QLatin1String("name")).toString();
                const QString scheme = attrs.value(QLatin1String("scheme")).toString();
                meta.insert(key + QLatin1Char('|') + scheme, attrs.value(QLatin1String("content")).toString());
                meta.insert(key, attrs.value(QLatin1String("content")).toString());
            } else if (name == QLatin1String("dossier") && path.contains(QLatin1String("kamerstuk"))) {
                m.dossiers.append(Dossier{});
            } else if (name == QLatin1String("datum") && path.contains(QLatin1String("datumtekst"))) {
                isoDate = attrs.value(QLatin1String("isodatum")).toString();
            } else if (name == QLatin1String("extref") || name == QLatin1String("dossierref")) {
                refTarget = name == QLatin1String("extref")
                                ? attrs.value(QLatin1String("doc")).toString()
                                : QStringLiteral("dossier-") + attrs.value(QLatin1String("dossier")).toString();
                refStart = builder.position();
            }
            // Kamervragen: the sentence that says who asked whom, the number, "Vraag 1" and "Antwoord 1".
            const bool questionBlock = path.contains(QLatin1String("kamervragen")) &&
                                       (name == QLatin1String("kamervraagomschrijving") ||
                                        name == QLatin1String("kamervraagnummer") || name == QLatin1String("nr"));
            if (blockDepth < 0 && (blockElements().contains(name) || questionBlock) &&
                !path.contains(QLatin1String("metadata"))) {
                const QString inhoud = attrs.value(QLatin1String("inhoud")).toString();
                skipBlock = inhoud == QLatin1String("kamernummer") || inhoud == QLatin1String("documenttype");
                blockDepth = int(path.size());
                builder.openBlock();
            }
        } else if (token == QXmlStreamReader::Characters) {
            const QString chars = xml.text().toString();
            const QString& el = path.isEmpty() ? QString() : path.last();
            if (el == QLatin1String("dossiernr") && !m.dossiers.isEmpty())
                m.dossiers.last().number += QString(chars).remove(QRegularExpression(QStringLiteral("\\D")));
            else if ((el == QLatin1String("raadnr") || el == QLatin1String("begrotingshoofdstuk")) &&
                     !m.dossiers.isEmpty())
                m.dossiers.last().addition += chars.trimmed();
            else if (el == QLatin1String("ondernummer"))
                m.ondernummer += chars.trimmed();
            else if (el == QLatin1String("tekstregel") && path.contains(QLatin1String("kamerstukkop")) &&
                     chars.contains(QLatin1String("ergaderjaar")))
                m.vergaderjaar = QString(chars).remove(QRegularExpression(QStringLiteral("[^0-9]")));
            if (path.contains(QLatin1String("kamerstukkop")) && chars.trimmed() == QLatin1String("2"))
                kamernummer = QStringLiteral("2");
            else if (path.contains(QLatin1String("kamerstukkop")) && chars.trimmed() == QLatin1String("1"))
                kamernummer = QStringLiteral("1");
            if (blockDepth >= 0 && !skipBlock)
                builder.append(chars);
        } else if (token == QXmlStreamReader::EndElement) {
            const QString name = path.isEmpty() ? QString() : path.last();
            if ((name == QLatin1String("extref") || name == QLatin1String("dossierref")) && refStart >= 0) {
                const qsizetype end = builder.position() - (builder.block.endsWith(QLatin1Char(' ')) ? 1 : 0);
                const qsizetype blockStart = builder.position() - builder.block.size();
                doc.references.append(Reference{kindFromPrefix(refTarget), refTarget,
                                                builder.block.mid(refStart - blockStart, end - refStart), refStart,
                                                end});
                refStart = -1;
            }
            if (blockDepth == int(path.size())) {
                const QString block = skipBlock ? QString() : builder.closeBlock();
                if (skipBlock)
                    builder.block.clear();
                if (name == QLatin1String("titel") && path.contains(QLatin1String("dossier")) && !m.dossiers.isEmpty())
                    m.dossiers.last().title = block;
                else if (name == QLatin1String("titel") && path.contains(QLatin1String("stuk")) && m.title.isEmpty())
                    m.title = block;
                blockDepth = -1;
                skipBlock = false;
            }
            path.removeLast();
        }
    }
    if (xml.hasError())
        return ReadResult::failure(
            KoopXmlImporter::tr("damaged XML at line %1: %2").arg(xml.lineNumber()).arg(xml.errorString()));

    if (m.vergaderjaar.size() == 8)
        m.vergaderjaar.insert(4, QLatin1Char('-'));
    else
        m.vergaderjaar = meta.value(QStringLiteral("OVERHEIDop.vergaderjaar"));
    m.chamber = kamernummer.toInt();
    QString parlId = meta.value(QStringLiteral("DC.identifier|OVERHEIDop.ParlID"));
    if (parlId.isEmpty()) {
        // Stripped metadata keeps only the address of the record, which names the publication.
        static const QRegularExpression record(QStringLiteral("/((?:kst|ah|h|kv|blg)-[^/]+)/metadata\\.xml$"));
        parlId = record.match(meta.value(QStringLiteral("OVERHEIDop.externMetadataRecord"))).captured(1);
    }
    if (m.ondernummer.isEmpty())
        m.ondernummer = meta.value(QStringLiteral("OVERHEIDop.ondernummer"));
    if (m.dossiers.isEmpty() && !meta.value(QStringLiteral("OVERHEIDop.dossiernummer")).isEmpty())
        m.dossiers.append(Dossier{meta.value(QStringLiteral("OVERHEIDop.dossiernummer")),
                                  {},
                                  meta.value(QStringLiteral("OVERHEIDop.dossiertitel"))});
    if (!m.dossiers.isEmpty() && !m.ondernummer.isEmpty()) {
        const Dossier& d = m.dossiers.first();
        m.kstId = QStringLiteral("kst-") + d.number +
                  (d.addition.isEmpty() ? QString() : QLatin1Char('-') + d.addition) + QLatin1Char('-') + m.ondernummer;
    } else if (parlId.startsWith(QLatin1String("kst-"))) {
        m.kstId = parlId;
    }
    const QString typeMeta = meta.value(QStringLiteral("DC.type|OVERHEIDop.KamerstukTypen"));
    m.kind = DocumentKind::fromTitle(typeMeta.isEmpty() ? m.title : typeMeta);
    if (m.kstId.isEmpty() && PublicationId::apply(parlId, m) && m.title.isEmpty())
        m.title = meta.value(QStringLiteral("DC.title"));
    if (handelingen)
        m.kind = QStringLiteral("handelingen");
    m.date = QDate::fromString(isoDate, Qt::ISODate);

    if (builder.text.trimmed().isEmpty())
        return ReadResult::failure(KoopXmlImporter::tr("the XML holds no text"));
    if (questions) {
        // The Aanhangsel's number and parties are in its text; its id may be in the metadata.
        const QStringList lines = builder.text.split(QStringLiteral("\n\n"));
        AanhangselReader::read(lines, builder.text, m);
        if (parlId.startsWith(QLatin1String("ah-")))
            m.sourceId = parlId;
        if (m.aanhangselNumber.isEmpty())
            m.aanhangselNumber = meta.value(QStringLiteral("OVERHEIDop.aanhangselNummer"));
        doc.pages.append(PageText{builder.text, {}, {}});
        doc.references = ReferenceScanner::merge(doc.references, ReferenceScanner::scan(builder.text));
        return r;
    }
    // A letter in XML carries its date line and signature as text (<dagtekening>, <ondertekening>): read them the
    // way the text of a PDF is read. The identity stays what the XML says.
    const DocumentMetadata fromText = MetadataParser::parse(builder.text, builder.text);
    if (!m.date.isValid())
        m.date = fromText.date;
    if (m.kind == QLatin1String("brief") || m.kind == QLatin1String("memorie-van-toelichting") ||
        m.kind == QLatin1String("nota-naar-aanleiding-van-verslag") || m.kind == QLatin1String("nota-van-wijziging")) {
        if (m.sender.isEmpty())
            m.sender = fromText.sender;
        if (m.signatory.isEmpty())
            m.signatory = fromText.signatory;
        if (m.signatories.isEmpty())
            m.signatories = fromText.signatories;
    }
    if (m.kind == QLatin1String("motie") || m.kind == QLatin1String("amendement")) {
        // The indieners sign under the dictum, in the order the Kamer prints them (the metadata's
        // OVERHEIDop.indiener lists them in another order, without diacritics).
        m.signatories = m.kind == QLatin1String("motie") ? SignatureFinder::motionSigners(builder.text)
                                                         : SignatureFinder::amendmentSigners(builder.text);
        m.signatory = m.signatories.value(0);
    }
    m.readableTitle = TitleCase::readable(m.title, builder.text);
    doc.pages.append(PageText{builder.text, {}, {}});
    doc.references = ReferenceScanner::merge(doc.references, ReferenceScanner::scan(builder.text));
    return r;
}

} // namespace kl
