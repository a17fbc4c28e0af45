#include "ImportPaths.h"

#include <QDirIterator>
#include <QFileInfo>

namespace kl {

bool ImportPaths::looksLikeDocument(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == QLatin1String("pdf") || suffix == QLatin1String("txt") || suffix == QLatin1String("xml") ||
           suffix == QLatin1String("text") || suffix == QLatin1String("html") || suffix == QLatin1String("htm");
}

QStringList ImportPaths::expand(const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (looksLikeDocument(file))
                found.append(file);
        }
        found.sort();
        files += found;
    }
    return files;
}

} // namespace kl
