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

QStringList ImportPaths::expand(const QStringList& paths, QHash<QString, QString>* outside)
{
    QStringList files;
    for (const QString& path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        const QString root = QFileInfo(path).canonicalFilePath() + QLatin1Char('/');
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (!looksLikeDocument(file))
                continue;
            found.append(file);
            const QFileInfo info(file);
            if (outside && info.isSymLink() && !info.canonicalFilePath().startsWith(root))
                outside->insert(file, info.symLinkTarget());
        }
        found.sort();
        files += found;
    }
    return files;
}

} // namespace kl
