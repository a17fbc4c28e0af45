#include "FetchSources.h"

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
    return {configured("KAMERLEZER_TK_ODATA_URL", "fetch/tkODataUrl", defaultTkOData()),
            configured("KAMERLEZER_KOOP_URL", "fetch/koopUrl", defaultKoop())};
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

QByteArray FetchSources::userAgent()
{
    return QByteArrayLiteral("Kamerlezer/" KAMERLEZER_VERSION
                             " (desktop reader of parliamentary documents; +https://github.com/kamerlezer)");
}

} // namespace kl
