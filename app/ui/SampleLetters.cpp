#include "SampleLetters.h"

#include <QCoreApplication>
#include <QDir>

namespace kl {

QString SampleLetters::folder()
{
    QStringList candidates{QCoreApplication::applicationDirPath() + QStringLiteral("/../share/kamerlezer/samples")};
#ifdef KAMERLEZER_SAMPLES_DIR
    candidates.append(QStringLiteral(KAMERLEZER_SAMPLES_DIR));
#endif
    for (const QString& c : candidates)
        if (!QDir(c).entryList(QDir::Files).isEmpty())
            return QDir(c).absolutePath();
    return {};
}

QStringList SampleLetters::files()
{
    const QString dir = folder();
    if (dir.isEmpty())
        return {};
    QStringList out;
    for (const QString& name : QDir(dir).entryList(QDir::Files | QDir::Readable, QDir::Name))
        if (!name.startsWith(QLatin1Char('.')) && !name.endsWith(QLatin1String(".md"), Qt::CaseInsensitive))
            out.append(dir + QLatin1Char('/') + name);
    return out;
}

} // namespace kl
