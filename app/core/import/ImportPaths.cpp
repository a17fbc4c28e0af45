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
        QStringList folders{path};
        // One walk of the tree: its files, and its folders for the names Qt cannot read (below).
        QDirIterator it(path, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString entry = it.next();
            const QFileInfo info = it.fileInfo();
            if (info.isDir()) {
                if (!info.isSymLink()) // the walk does not enter a linked folder, nor does the name check
                    folders.append(entry);
                continue;
            }
            if (!looksLikeDocument(entry))
                continue;
            found.append(entry);
            if (outside && info.isSymLink() && !info.canonicalFilePath().startsWith(root))
                outside->insert(entry, info.symLinkTarget());
        }
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
