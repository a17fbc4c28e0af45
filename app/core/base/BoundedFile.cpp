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

Error BoundedFile::notReadable(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        // Qt reads file names as UTF-8: a name in another encoding arrives with its odd bytes replaced, and no
        // file has that name. Said so, rather than "no such file" about a file the user can see.
        if (path.contains(QChar::ReplacementCharacter))
            return Error::notFound(tr("the file name is not valid UTF-8, so it cannot be opened under that name: "
                                      "rename the file (for instance with convmv -f latin1 -t utf8)"));
        return Error::notFound(tr("no such file"));
    }
    if (info.isDir())
        return Error::invalid(tr("is a folder, not a file"));
    // Opening a FIFO waits for a writer and a device never ends.
    if (!info.isFile())
        return Error::invalid(tr("is not a regular file (a device, a pipe or a socket)"));
    return {};
}

Result<QByteArray> BoundedFile::read(const QString& path, qint64 limit)
{
    if (const Error why = notReadable(path); why.isError())
        return why;
    const QFileInfo info(path);
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
