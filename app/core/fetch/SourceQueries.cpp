#include "SourceQueries.h"

#include <QUrlQuery>

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

} // namespace

SourceQueries::SourceQueries(const QUrl& tkOData, const QUrl& koop, const ODataSchema& schema)
    : m_tk(tkOData)
    , m_koop(koop)
    , m_schema(schema)
{
}

QUrl SourceQueries::odata(const QString& path, const QString& filter, bool expand) const
{
    QUrl url = m_tk;
    url.setPath(m_tk.path() + path);
    QUrlQuery q;
    if (!filter.isEmpty())
        q.addQueryItem(QStringLiteral("$filter"), filter);
    if (expand)
        q.addQueryItem(QStringLiteral("$expand"), QLatin1String(kExpand));
    url.setQuery(q);
    return url;
}

QUrl SourceQueries::tkMetadata() const
{
    return odata(QStringLiteral("$metadata"), {}, false);
}

QUrl SourceQueries::tkDossierDocuments(const Dossier& dossier, const QString& since, bool deleted) const
{
    const QString k = dossierCondition(dossier);
    QString filter = QStringLiteral("Verwijderd eq %1 and (Kamerstukdossier/any(k:%2) or "
                                    "Zaak/any(z:z/Kamerstukdossier/any(k:%2)))")
                         .arg(deleted ? QStringLiteral("true") : QStringLiteral("false"), k);
    if (!since.isEmpty())
        filter += QStringLiteral(" and ApiGewijzigdOp ge %1").arg(since);
    QUrl url = odata(QStringLiteral("Document"), filter, !deleted);
    QUrlQuery q(url);
    q.addQueryItem(QStringLiteral("$orderby"), QStringLiteral("ApiGewijzigdOp"));
    url.setQuery(q);
    return url;
}

QUrl SourceQueries::tkDocumentByNumber(const QString& number) const
{
    return odata(QStringLiteral("Document"),
                 QStringLiteral("Verwijderd eq false and %1 eq %2").arg(m_schema.documentNumber(), literal(number)),
                 true);
}

QUrl SourceQueries::tkDocumentById(const QString& guid) const
{
    return odata(QStringLiteral("Document(%1)").arg(guid), {}, true);
}

QUrl SourceQueries::tkVotes(const QString& zaak) const
{
    QUrl url = odata(QStringLiteral("Besluit"),
                     QStringLiteral("Verwijderd eq false and Zaak/any(z:z/Nummer eq %1)").arg(literal(zaak)), false);
    QUrlQuery q(url);
    q.addQueryItem(QStringLiteral("$expand"), QStringLiteral("Stemming"));
    url.setQuery(q);
    return url;
}

QUrl SourceQueries::sru(const QString& cql, int start) const
{
    QUrl url = m_koop;
    url.setPath(m_koop.path() + QStringLiteral("sru"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("operation"), QStringLiteral("searchRetrieve"));
    q.addQueryItem(QStringLiteral("version"), QStringLiteral("2.0"));
    q.addQueryItem(QStringLiteral("startRecord"), QString::number(start));
    q.addQueryItem(QStringLiteral("maximumRecords"), QString::number(kSruPageSize));
    q.addQueryItem(QStringLiteral("query"), cql);
    url.setQuery(q);
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
