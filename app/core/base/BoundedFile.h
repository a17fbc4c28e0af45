#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace kl {

// Reads a whole file the user named, within a size limit. A FIFO, a device (/dev/zero) or a socket is refused
// before it is opened (opening a FIFO waits for a writer; a device never ends), and so is a file over the limit:
// each with one line saying which.
class BoundedFile {
    Q_DECLARE_TR_FUNCTIONS(kl::BoundedFile)

public:
    static Result<QByteArray> read(const QString& path, qint64 limit);
    // Why `path` cannot be read as a file at all (missing, a folder, a device or pipe, a name Qt cannot encode);
    // no error when it is a regular file.
    static Error notReadable(const QString& path);
};

} // namespace kl
