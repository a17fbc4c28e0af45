#include "TkDocumentReader.h"

#include "FetchSources.h"

#include "metadata/PublicationId.h"

#include <QJsonArray>

namespace kl {

namespace {

QString text(const QJsonObject& o, const QString& key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return v.toString().trimmed();
}

// "2023-12-21T00:00:00+01:00": the day as the Kamer wrote it, not moved by the time zone.
QDate dayOf(const QString& stamp)
{
    return QDate::fromString(stamp.left(10), Qt::ISODate);
}

} // namespace

TkDocumentReader::TkDocumentReader(const ODataSchema& schema, const FetchSources& sources)
    : m_schema(schema)
    , m_sources(sources)
{
}

QString TkDocumentReader::kindOf(const QString& soort)
{
    const QString s = soort.toLower();
    static const std::pair<const char*, const char*> kinds[] = {
        {"motie", "motie"},
        {"amendement", "amendement"},
        {"brief", "brief"},
        {"antwoord schriftelijke vragen", "antwoord-kamervragen"},
        {"schriftelijke vragen", "kamervragen"},
        {"memorie van toelichting", "memorie-van-toelichting"},
        {"memorie van antwoord", "memorie-van-antwoord"},
        {"voorstel van wet", "voorstel-van-wet"},
        {"nota naar aanleiding van het verslag", "nota-naar-aanleiding-van-verslag"},
        {"nota van wijziging", "nota-van-wijziging"},
        {"koninklijke boodschap", "koninklijke-boodschap"},
        {"advies raad van state", "advies-raad-van-state"},
        {"lijst van vragen", "lijst-van-vragen"},
        {"besluitenlijst", "besluitenlijst"},
        {"verslag", "verslag"},
        {"bijlage", "bijlage"},
    };
    for (const auto& [prefix, kind] : kinds)
        if (s.startsWith(QLatin1String(prefix)))
            return QLatin1String(kind);
    return {};
}

FetchItem TkDocumentReader::read(const QJsonObject& row) const
{
    FetchItem item;
    OfficialRecord& r = item.record;
    DocumentMetadata& m = r.metadata;
    r.source = QStringLiteral("tk");
    r.tkDocumentId = text(row, QStringLiteral("Id"));
    r.documentNumber = text(row, m_schema.documentNumber());
    r.modified = text(row, QStringLiteral("ApiGewijzigdOp"));
    r.deleted = row.value(QLatin1String("Verwijderd")).toBool();

    const int chamber = row.value(QLatin1String("Kamer")).toInt();
    m.chamber = chamber == 1 || chamber == 2 ? chamber : 0;
    m.vergaderjaar = text(row, QStringLiteral("Vergaderjaar"));
    m.kind = kindOf(text(row, QStringLiteral("Soort")));
    m.title = text(row, QStringLiteral("Onderwerp"));
    if (m.title.isEmpty())
        m.title = text(row, QStringLiteral("Titel"));
    m.date = dayOf(text(row, QStringLiteral("Datum")));
    const QString number = text(row, m_schema.documentOndernummer());
    if (!number.isEmpty() && number != QLatin1String("0"))
        m.ondernummer = number;
    m.aanhangselNumber = text(row, QStringLiteral("Aanhangselnummer"));

    for (const QJsonValue& v : row.value(QLatin1String("Kamerstukdossier")).toArray()) {
        const QJsonObject k = v.toObject();
        Dossier d{text(k, QStringLiteral("Nummer")), text(k, QStringLiteral("Toevoeging")),
                  text(k, QStringLiteral("Titel"))};
        if (!d.number.isEmpty() && !m.dossiers.contains(d))
            m.dossiers.append(d);
    }
    const QJsonArray zaken = row.value(QLatin1String("Zaak")).toArray();
    if (!zaken.isEmpty()) {
        const QJsonObject zaak = zaken.first().toObject();
        m.zaak = text(zaak, QStringLiteral("Nummer"));
        item.zaakSoort = text(zaak, QStringLiteral("Soort"));
    }

    const QJsonObject version = row.value(QLatin1String("HuidigeDocumentVersie")).toObject();
    const QString publicationId = text(version, QStringLiteral("ExterneIdentifier"));
    if (!publicationId.isEmpty())
        PublicationId::applyAny(publicationId, m);
    // The zaak's dossier title, when the dossier itself was not expanded.
    if (!zaken.isEmpty() && !m.dossiers.isEmpty() && m.dossiers.first().title.isEmpty())
        m.dossiers.first().title = text(zaken.first().toObject(), QStringLiteral("Titel"));

    for (const QJsonValue& v : version.value(QLatin1String("DocumentPublicatie")).toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(QLatin1String("Verwijderd")).toBool())
            continue;
        const QString type = text(p, QStringLiteral("DocumentType")).toLower();
        // The Url is often missing; the publication's id and the file's name say where it is.
        QUrl url = m_sources.repositoryFile(QUrl(text(p, QStringLiteral("Url"))));
        if (!url.isValid())
            url = m_sources.repositoryFile(text(p, QStringLiteral("Identifier")), type,
                                           text(p, QStringLiteral("FileName")));
        if (!url.isValid() || (type != QLatin1String("xml") && type != QLatin1String("pdf")))
            continue;
        // The XML first: it carries the publication's own metadata; the PDF is the page image citations use.
        const FetchItem::File file{url, text(p, QStringLiteral("FileName")),
                                   type == QLatin1String("pdf") ? ContentCheck::Pdf : ContentCheck::Xml, true};
        if (type == QLatin1String("xml"))
            item.files.prepend(file);
        else
            item.files.append(file);
    }
    if (item.files.isEmpty() && !r.tkDocumentId.isEmpty() &&
        text(row, QStringLiteral("ContentType")) == QLatin1String("application/pdf")) {
        // Not published yet: the Kamer's own copy.
        QUrl resource = m_sources.tkOData;
        resource.setPath(resource.path() + QStringLiteral("Document(%1)/resource").arg(r.tkDocumentId));
        item.files.append({resource, r.documentNumber + QStringLiteral(".pdf"), ContentCheck::Pdf, false});
    }
    return item;
}

} // namespace kl
