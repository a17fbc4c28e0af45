#include "LastFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace kl {

static QString key(const char* purpose)
{
    return QStringLiteral("folders/") + QLatin1String(purpose);
}

QString LastFolder::get(const char* purpose)
{
    const QString folder = QSettings().value(key(purpose)).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    // Documents when the desktop has made one, else home: never the folder the program was started from.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void LastFolder::remember(const char* purpose, const QString& path)
{
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    QSettings().setValue(key(purpose), info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

} // namespace kl
