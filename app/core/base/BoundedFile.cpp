#include "BoundedFile.h"

#include <QFile>
#include <QFileInfo>

namespace kl {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

} // namespace

Result<QByteArray> BoundedFile::read(const QString& path, qint64 limit)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::notFound(tr("no such file"));
    if (info.isDir())
        return Error::invalid(tr("is a folder, not a file"));
    if (!info.isFile())
        return Error::invalid(tr("is not a regular file (a device, a pipe or a socket)"));
    if (info.size() > limit)
        return Error::invalid(tr("too large (%1; the limit is %2)").arg(megabytes(info.size()), megabytes(limit)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(tr("cannot be read: %1").arg(file.errorString()));
    QByteArray bytes = file.read(limit + 1); // a file that grew since it was measured stops at the limit
    if (bytes.size() > limit)
        return Error::invalid(tr("too large (over %1)").arg(megabytes(limit)));
    if (file.error() != QFileDevice::NoError)
        return Error::invalid(tr("cannot be read completely: %1").arg(file.errorString()));
    return bytes;
}

} // namespace kl
