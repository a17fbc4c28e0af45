#pragma once

#include <QDateTime>
#include <QString>

namespace kl {

// One automatic copy of a library's database, as LibraryBackups lists it.
struct LibraryBackup {
    QString path;
    QDateTime taken; // UTC, from the file's name
    qint64 bytes = 0;
};

} // namespace kl
