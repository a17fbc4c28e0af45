#include "TestPaths.h"

#include <QDir>
#include <QFileInfo>
#include <cstdio>

namespace TestPaths {

QString data(const QString& name)
{
    return QStringLiteral(KAMERLEZER_TEST_DATA "/") + name;
}

static QString corpusRoot()
{
    const QString env = qEnvironmentVariable("KAMERLEZER_CORPUS");
    return QDir::cleanPath(env.isEmpty() ? QStringLiteral(KAMERLEZER_CORPUS) : env);
}

bool haveCorpus()
{
    static const bool present = QFileInfo::exists(corpusRoot() + QStringLiteral("/expected.json"));
    static bool told = false;
    if (!present && !told) {
        std::fprintf(stderr, "note: the real corpus is not at %s; the tests that need it skip.\n",
                     qPrintable(corpusRoot()));
        told = true;
    }
    return present;
}

QString corpus(const QString& name)
{
    if (!haveCorpus())
        return {};
    return name.isEmpty() ? corpusRoot() : corpusRoot() + QLatin1Char('/') + name;
}

QString cli()
{
    return QStringLiteral(KAMERLEZER_CLI);
}

} // namespace TestPaths
