#include "StoredFileName.h"

namespace kl {

bool StoredFileName::isPlain(const QString& name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        return false;
    for (const QChar c : name)
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c.unicode() < 0x20)
            return false;
    return true;
}

QString StoredFileName::path(const QString& libraryFolder, const QString& name)
{
    return isPlain(name) ? libraryFolder + QStringLiteral("/files/") + name : QString();
}

} // namespace kl
