#include "SruPage.h"

#include "FetchSources.h"
#include "TkDocumentReader.h"

#include "metadata/PublicationId.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

namespace kl {

namespace {

// The metadata of one record, by element name without prefix; repeated elements (indiener) in order.
struct RecordFields {
    QHash<QString, QStringList> values;
    QList<std::pair<QString, QString>> itemUrls; // manifestation, address

    QString first(const char* name) const { return values.value(QLatin1String(name)).value(0).trimmed(); }
    QStringList all(const char* name) const { return values.value(QLatin1String(name)); }
};

int chamberOf(const QString& creator)
{
    if (creator.contains(QLatin1String("Tweede Kamer")))
        return 2;
    if (creator.contains(QLatin1String("Eerste Kamer")))
        return 1;
    return 0;
}

QString kindOf(const RecordFields& f)
{
    const QString type = f.first("type");
    const QString sub = f.first("subrubriek").toLower();
    if (type == QLatin1String("Bijlage"))
        return QStringLiteral("bijlage");
    if (type.startsWith(QLatin1String("Aanhangsel")))
        return sub == QLatin1String("antwoord") || sub.isEmpty() ? QStringLiteral("antwoord-kamervragen") : QString();
    if (type == QLatin1String("Handelingen"))
        return QStringLiteral("handelingen");
    // KOOP's subrubriek names the Kamerstuk as the Tweede Kamer's Soort does ("Motie", "Brief", "Verslag").
    return TkDocumentReader::kindOf(sub);
}

// The address of a file of this publication on the configured host; invalid when the record's address belongs
// to another publication (KOOP's records sometimes point at a sibling's files).
QUrl fileOf(const QString& address, const QString& identifier, const FetchSources& sources)
{
    const QUrl url = sources.repositoryFile(QUrl(address));
    if (!url.isValid() || !url.path().contains(QLatin1Char('/') + identifier + QLatin1Char('/')))
        return {};
    return url;
}

FetchItem itemOf(const RecordFields& f, const FetchSources& sources)
{
    FetchItem item;
    OfficialRecord& r = item.record;
    DocumentMetadata& m = r.metadata;
    r.source = QStringLiteral("koop");
    const QString identifier = f.first("identifier");
    r.modified = f.first("modified");
    PublicationId::applyAny(identifier, m);
    // "overige" says nothing of the chamber; an id that names it ("ah-tk-") does.
    if (const int chamber = chamberOf(f.first("creator")); chamber != 0)
        m.chamber = chamber;
    if (m.vergaderjaar.isEmpty())
        m.vergaderjaar = f.first("vergaderjaar");
    m.kind = kindOf(f).isEmpty() ? m.kind : kindOf(f);
    const QString dossierTitle = f.first("dossiertitel");
    if (!m.dossiers.isEmpty() && m.dossiers.first().title.isEmpty())
        m.dossiers.first().title = dossierTitle;
    if (m.kind != QLatin1String("bijlage")) {
        m.title = f.first("documenttitel");
        if (m.title.isEmpty())
            m.title = f.first("title");
    } else {
        m.title = f.first("title");
    }
    m.date = QDate::fromString(f.first("date"), Qt::ISODate);
    if (!m.date.isValid())
        m.date = QDate::fromString(f.first("issued"), Qt::ISODate);
    if (m.kind == QLatin1String("antwoord-kamervragen")) {
        m.questioners = f.all("indiener");
        m.zaak = f.first("vraagnummer");
        if (!f.first("ontvanger").isEmpty())
            m.signatories = {f.first("ontvanger")};
        if (m.aanhangselNumber.isEmpty())
            m.aanhangselNumber = f.first("aanhangselnummer");
    } else {
        m.signatories = f.all("indiener");
    }
    for (const auto& [manifestation, address] : f.itemUrls) {
        const QString kind = manifestation.toLower();
        if (kind != QLatin1String("xml") && kind != QLatin1String("pdf"))
            continue;
        const QUrl url = fileOf(address, identifier, sources);
        if (!url.isValid())
            continue;
        const FetchItem::File file{url, url.fileName(),
                                   kind == QLatin1String("pdf") ? ContentCheck::Pdf : ContentCheck::Xml, true};
        if (kind == QLatin1String("xml"))
            item.files.prepend(file);
        else
            item.files.append(file);
    }
    return item;
}

} // namespace

SruPage SruPage::parse(const QByteArray& xml, const FetchSources& sources)
{
    SruPage page;
    QXmlStreamReader reader(xml);
    RecordFields fields;
    bool inRecord = false;
    bool inDiagnostics = false;
    bool sawResponse = false;
    // Within a record, the text of the element being read, and whether it has elements inside (a container,
    // whose text is not a value).
    QString value;
    bool leaf = false;
    QString manifestation;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QString name = reader.name().toString();
            value.clear();
            leaf = true;
            if (name == QLatin1String("searchRetrieveResponse"))
                sawResponse = true;
            else if (name == QLatin1String("recordData")) {
                inRecord = true;
                fields = {};
            } else if (name == QLatin1String("diagnostics"))
                inDiagnostics = true;
            else if (name == QLatin1String("itemUrl"))
                manifestation = reader.attributes().value(QLatin1String("manifestation")).toString();
        } else if (reader.isCharacters()) {
            value += reader.text();
        } else if (reader.isEndElement()) {
            const QString name = reader.name().toString();
            const QString said = value.trimmed();
            if (name == QLatin1String("recordData")) {
                inRecord = false;
                if (!fields.first("identifier").isEmpty())
                    page.items.append(itemOf(fields, sources));
            } else if (name == QLatin1String("diagnostics")) {
                inDiagnostics = false;
            } else if (leaf && inDiagnostics &&
                       (name == QLatin1String("message") || name == QLatin1String("details"))) {
                if (!said.isEmpty())
                    page.diagnostic += (page.diagnostic.isEmpty() ? QString() : QStringLiteral(": ")) + said;
            } else if (leaf && inRecord && name == QLatin1String("itemUrl")) {
                fields.itemUrls.append({manifestation, said});
            } else if (leaf && inRecord && !said.isEmpty()) {
                fields.values[name].append(said);
            } else if (leaf && !inRecord && name == QLatin1String("numberOfRecords")) {
                page.numberOfRecords = said.toInt();
            } else if (leaf && !inRecord && name == QLatin1String("nextRecordPosition")) {
                page.nextRecordPosition = said.toInt();
            }
            leaf = false;
            value.clear();
        }
    }
    if (reader.hasError() || !sawResponse)
        page.error = QCoreApplication::translate("kl::SruPage", "the answer is not an SRU response");
    return page;
}

} // namespace kl
