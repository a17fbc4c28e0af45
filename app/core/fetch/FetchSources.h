#pragma once

#include <QString>
#include <QUrl>

namespace kl {

// Where the official sources are: the Tweede Kamer's OData service and KOOP's repository (SRU and files). The
// real hosts by default; KAMERLEZER_TK_ODATA_URL and KAMERLEZER_KOOP_URL, then the settings, point elsewhere
// (a local server in the tests, a mirror).
struct FetchSources {
    QUrl tkOData; // ends in '/': ".../OData/v4/2.0/"
    QUrl koop;    // ends in '/': "https://repository.overheid.nl/"
    // How long to wait for an answer, and before the first retry (KAMERLEZER_FETCH_TIMEOUT_MS,
    // KAMERLEZER_FETCH_RETRY_SECONDS: the tests make them short).
    int timeoutMs = 60000;
    double retrySeconds = 1.0;

    static FetchSources current();
    static QUrl defaultTkOData();
    static QUrl defaultKoop();

    // The repository's own address of a file (".../frbr/officielepublicaties/kst/...", as KOOP's records and the
    // Tweede Kamer's DocumentPublicatie write it, with whatever host) on the configured KOOP host; an invalid
    // URL when it is not a repository file.
    QUrl repositoryFile(const QUrl& recorded) const;
    // The repository's address of a publication's file when the source names only the publication
    // ("kst-36600-VI-48", "xml", "kst-36600-VI-48.xml" -> .../kst/36600-VI/kst-36600-VI-48/1/xml/...); invalid
    // for an id whose folder cannot be known from the id alone.
    QUrl repositoryFile(const QString& publicationId, const QString& manifestation, const QString& fileName) const;
    // An OData page's @odata.nextLink on the configured Tweede Kamer host: the service writes its own host, the
    // rest of the address is the page.
    QUrl tkNextPage(const QString& nextLink) const;
    // "User-Agent" of every request: the program and where to reach its makers.
    static QByteArray userAgent();
};

} // namespace kl
