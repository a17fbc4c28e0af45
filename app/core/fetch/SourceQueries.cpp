#include "SourceQueries.h"

#include <utility>

namespace kl {

namespace {

// An OData string literal: quotes doubled.
QString literal(const QString& s)
{
    return QLatin1Char('\'') + QString(s).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

// The dossier as an OData condition on a Kamerstukdossier `k`.
QString dossierCondition(const Dossier& d)
{
    QString c = QStringLiteral("k/Nummer eq %1").arg(d.number);
    if (!d.addition.isEmpty())
        c += QStringLiteral(" and k/Toevoeging eq %1").arg(literal(d.addition));
    return c;
}

const char* kExpand = "HuidigeDocumentVersie($expand=DocumentPublicatie),Zaak,Kamerstukdossier";

// The query of an address, every value percent-encoded: QUrlQuery leaves '+' as it is, which the services read
// as a space (a time zone "+01:00" would break a filter).
QString encodedQuery(const QList<std::pair<QString, QString>>& items)
{
    QStringList parts;
    for (const auto& [key, value] : items)
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(key, "$") + '=' + QUrl::toPercentEncoding(value)));
    return parts.join(QLatin1Char('&'));
}

} // namespace

SourceQueries::SourceQueries(const QUrl& tkOData, const QUrl& koop, const ODataSchema& schema)
    : m_tk(tkOData)
    , m_koop(koop)
    , m_schema(schema)
{
}

QUrl SourceQueries::odata(const QString& path, const QList<std::pair<QString, QString>>& query) const
{
    QUrl url = m_tk;
    url.setPath(m_tk.path() + path);
    if (!query.isEmpty())
        url.setQuery(encodedQuery(query), QUrl::StrictMode);
    return url;
}

QUrl SourceQueries::tkMetadata() const
{
    return odata(QStringLiteral("$metadata"), {});
}

QUrl SourceQueries::tkDossierDocuments(const Dossier& dossier, const QString& since, bool deleted) const
{
    const QString k = dossierCondition(dossier);
    QString filter = QStringLiteral("Verwijderd eq %1 and (Kamerstukdossier/any(k:%2) or "
                                    "Zaak/any(z:z/Kamerstukdossier/any(k:%2)))")
                         .arg(deleted ? QStringLiteral("true") : QStringLiteral("false"), k);
    if (!since.isEmpty())
        filter += QStringLiteral(" and ApiGewijzigdOp ge %1").arg(since);
    QList<std::pair<QString, QString>> query{{QStringLiteral("$filter"), filter}};
    if (!deleted)
        query.append({QStringLiteral("$expand"), QLatin1String(kExpand)});
    query.append({QStringLiteral("$orderby"), QStringLiteral("ApiGewijzigdOp")});
    return odata(QStringLiteral("Document"), query);
}

QUrl SourceQueries::tkDocumentByNumber(const QString& number) const
{
    return odata(QStringLiteral("Document"),
                 {{QStringLiteral("$filter"),
                   QStringLiteral("Verwijderd eq false and %1 eq %2").arg(m_schema.documentNumber(), literal(number))},
                  {QStringLiteral("$expand"), QLatin1String(kExpand)}});
}

QUrl SourceQueries::tkDocumentById(const QString& guid) const
{
    return odata(QStringLiteral("Document(%1)").arg(guid), {{QStringLiteral("$expand"), QLatin1String(kExpand)}});
}

QUrl SourceQueries::tkDossierToezeggingen(const Dossier& dossier, const QString& since) const
{
    QString filter = QStringLiteral("Verwijderd eq false and Activiteit/any(a:a/Agendapunt/any(p:p/Zaak/any(z:"
                                    "z/Kamerstukdossier/any(k:%1))))")
                         .arg(dossierCondition(dossier));
    if (!since.isEmpty())
        filter += QStringLiteral(" and ApiGewijzigdOp ge %1").arg(since);
    return odata(QStringLiteral("Toezegging"),
                 {{QStringLiteral("$filter"), filter},
                  {QStringLiteral("$expand"), QStringLiteral("Activiteit,ToegezegdAanPersoon")},
                  {QStringLiteral("$orderby"), QStringLiteral("ApiGewijzigdOp")}});
}

QUrl SourceQueries::tkToezeggingByNumber(const QString& number) const
{
    return odata(
        QStringLiteral("Toezegging"),
        {{QStringLiteral("$filter"), QStringLiteral("Verwijderd eq false and Nummer eq %1").arg(literal(number))},
         {QStringLiteral("$expand"), QStringLiteral("Activiteit,ToegezegdAanPersoon")}});
}

QUrl SourceQueries::tkVotes(const QString& zaak) const
{
    return odata(QStringLiteral("Besluit"),
                 {{QStringLiteral("$filter"),
                   QStringLiteral("Verwijderd eq false and Zaak/any(z:z/Nummer eq %1)").arg(literal(zaak))},
                  {QStringLiteral("$expand"), QStringLiteral("Stemming")}});
}

QUrl SourceQueries::sru(const QString& cql, int start) const
{
    QUrl url = m_koop;
    url.setPath(m_koop.path() + QStringLiteral("sru"));
    url.setQuery(encodedQuery({{QStringLiteral("operation"), QStringLiteral("searchRetrieve")},
                               {QStringLiteral("version"), QStringLiteral("2.0")},
                               {QStringLiteral("startRecord"), QString::number(start)},
                               {QStringLiteral("maximumRecords"), QString::number(kSruPageSize)},
                               {QStringLiteral("query"), cql}}),
                 QUrl::StrictMode);
    return url;
}

QUrl SourceQueries::sruPublication(const QString& publicationId) const
{
    return sru(QStringLiteral("dt.identifier==\"%1\"").arg(publicationId), 1);
}

QUrl SourceQueries::sruDossier(const Dossier& dossier, const QString& since, int start) const
{
    // The addition is left to the caller: KOOP files a budget chapter under the dossier number.
    QString cql = QStringLiteral("(c.product-area=officielepublicaties AND w.dossiernummer==%1 AND "
                                 "w.publicatienaam=Kamerstuk)")
                      .arg(dossier.number);
    if (!since.isEmpty())
        cql += QStringLiteral(" AND dt.modified>=%1").arg(since);
    return sru(cql, start);
}

} // namespace kl
