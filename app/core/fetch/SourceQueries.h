#pragma once

#include "ODataSchema.h"

#include "document/Dossier.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace kl {

// The addresses Kamerlezer asks the official sources, as their documentation writes them
// (../shared/opendata/README.md): OData queries of the Tweede Kamer, SRU queries of KOOP.
class SourceQueries {
public:
    SourceQueries(const QUrl& tkOData, const QUrl& koop, const ODataSchema& schema);

    QUrl tkMetadata() const;
    // The dossier's documents changed since `since` (an ApiGewijzigdOp; all when empty), oldest change first;
    // `deleted`: those the Kamer withdrew instead.
    QUrl tkDossierDocuments(const Dossier& dossier, const QString& since, bool deleted = false) const;
    QUrl tkDocumentByNumber(const QString& number) const;
    QUrl tkDocumentById(const QString& guid) const;
    // The toezeggingen made in debates on the dossier's zaken (Activiteit -> Agendapunt -> Zaak -> dossier), changed
    // since `since` (all when empty), with their debate and the member they were made to; one by its number.
    QUrl tkDossierToezeggingen(const Dossier& dossier, const QString& since) const;
    QUrl tkToezeggingByNumber(const QString& number) const;
    // The Besluiten on a Zaak ("2025Z18580") with their Stemmingen.
    QUrl tkVotes(const QString& zaak) const;

    // SRU: the publication with this id; the Kamerstukken of a dossier changed since `since` (a date, all when
    // empty); `start` is the 1-based record to begin the page with.
    QUrl sruPublication(const QString& publicationId) const;
    QUrl sruDossier(const Dossier& dossier, const QString& since, int start) const;

    static constexpr int kSruPageSize = 50;

private:
    QUrl odata(const QString& path, const QList<std::pair<QString, QString>>& query) const;
    QUrl sru(const QString& cql, int start) const;

    QUrl m_tk;
    QUrl m_koop;
    const ODataSchema& m_schema;
};

} // namespace kl
