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
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void LastFolder::remember(const char* purpose, const QString& path)
{
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    QSettings().setValue(key(purpose), info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

} // namespace kl
