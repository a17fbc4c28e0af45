#include "FetchSources.h"

#include "metadata/PublicationId.h"

#include <QSettings>

namespace kl {

namespace {

QUrl withSlash(QUrl url)
{
    if (!url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path() + QLatin1Char('/'));
    return url;
}

QUrl configured(const char* variable, const char* setting, const QUrl& fallback)
{
    const QString fromEnvironment = qEnvironmentVariable(variable);
    if (!fromEnvironment.isEmpty())
        return withSlash(QUrl(fromEnvironment));
    const QString fromSettings = QSettings().value(QLatin1String(setting)).toString();
    if (!fromSettings.isEmpty())
        return withSlash(QUrl(fromSettings));
    return fallback;
}

} // namespace

QUrl FetchSources::defaultTkOData()
{
    return QUrl(QStringLiteral("https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/"));
}

QUrl FetchSources::defaultKoop()
{
    return QUrl(QStringLiteral("https://repository.overheid.nl/"));
}

FetchSources FetchSources::current()
{
    FetchSources s{configured("KAMERLEZER_TK_ODATA_URL", "fetch/tkODataUrl", defaultTkOData()),
                   configured("KAMERLEZER_KOOP_URL", "fetch/koopUrl", defaultKoop())};
    bool ok = false;
    if (const int timeout = qEnvironmentVariableIntValue("KAMERLEZER_FETCH_TIMEOUT_MS", &ok); ok && timeout > 0)
        s.timeoutMs = timeout;
    if (const double retry = qEnvironmentVariable("KAMERLEZER_FETCH_RETRY_SECONDS").toDouble(&ok); ok && retry >= 0)
        s.retrySeconds = retry;
    return s;
}

QUrl FetchSources::repositoryFile(const QUrl& recorded) const
{
    // Recorded addresses come with other hosts (a mirror's, even a broken scheme): only the path is trusted.
    const QString text = recorded.toString();
    const int at = text.indexOf(QLatin1String("/frbr/officielepublicaties/"));
    if (at < 0)
        return {};
    QUrl url = koop;
    url.setPath(koop.path() + text.mid(at + 1).section(QLatin1Char('?'), 0, 0));
    return url;
}

QUrl FetchSources::repositoryFile(const QString& publicationId, const QString& manifestation,
                                  const QString& fileName) const
{
    // Kamerstukken under their dossier (with its addition: "36600-VI"), the Aanhangsel under its vergaderjaar.
    DocumentMetadata m;
    QString folder;
    if (PublicationId::applyAny(publicationId, m) && !m.kstId.isEmpty())
        folder = QStringLiteral("kst/") + m.dossiers.first().display().replace(QLatin1Char(' '), QLatin1Char('-'));
    else if (!m.aanhangselNumber.isEmpty())
        folder = QStringLiteral("ah-%1/%2")
                     .arg(m.chamber == 1 ? QStringLiteral("ek") : QStringLiteral("tk"),
                          QString(m.vergaderjaar).remove(QLatin1Char('-')));
    if (folder.isEmpty() || manifestation.isEmpty())
        return {};
    const QString name = fileName.isEmpty() ? publicationId + QLatin1Char('.') + manifestation : fileName;
    QUrl url = koop;
    url.setPath(
        koop.path() +
        QStringLiteral("frbr/officielepublicaties/%1/%2/1/%3/%4").arg(folder, publicationId, manifestation, name));
    return url;
}

QByteArray FetchSources::userAgent()
{
    return QByteArrayLiteral("Kamerlezer/" KAMERLEZER_VERSION
                             " (desktop reader of parliamentary documents; +https://github.com/kamerlezer)");
}

QUrl FetchSources::tkNextPage(const QString& nextLink) const
{
    QUrl url(nextLink);
    url.setScheme(tkOData.scheme());
    url.setHost(tkOData.host());
    url.setPort(tkOData.port());
    return url;
}

} // namespace kl
