#include "ImportPaths.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <dirent.h>

namespace kl {

namespace {

// The entries of `folder` whose names are not valid UTF-8. Qt reads names as UTF-8, replacing what is not, and
// then finds no file of that name: QDirIterator leaves them out without a word. Read here with readdir, they are
// listed under the replaced name, so the import reports each one instead of skipping it in silence.
QStringList undecodableNames(const QString& folder)
{
    QStringList out;
    DIR* dir = ::opendir(QFile::encodeName(folder).constData());
    if (!dir)
        return out;
    while (const dirent* entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = utf8(name);
        if (utf8.hasError())
            out.append(folder + QLatin1Char('/') + decoded);
    }
    ::closedir(dir);
    return out;
}

} // namespace

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
        QStringList folders{path};
        for (QDirIterator dirs(path, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories); dirs.hasNext();)
            folders.append(dirs.next());
        for (const QString& folder : std::as_const(folders))
            for (const QString& name : undecodableNames(folder))
                if (looksLikeDocument(name))
                    found.append(name);
        found.sort();
        files += found;
    }
    return files;
}

} // namespace kl
