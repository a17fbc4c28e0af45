#include "StoredCopy.h"

#include "import/DocumentReader.h"

#include <QFile>

namespace kl {

StoredCopy::State StoredCopy::verify(const QString& path, const QString& sha256, QByteArray* bytes)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return Missing;
    const QByteArray read = file.readAll();
    if (DocumentReader::sha256Hex(read) != sha256)
        return Changed;
    if (bytes)
        *bytes = read;
    return Good;
}

QString StoredCopy::problem(State state, const QString& path)
{
    switch (state) {
    case Good:
        return {};
    case Missing:
        return tr("%1: the library's copy is missing; kamerlezer-cli check --repair copies it again from the "
                  "original when that is still there")
            .arg(path);
    case Changed:
        return tr("%1: the library's copy has changed since it was imported (its checksum differs); kamerlezer-cli "
                  "check --repair copies it again from the original when that is still there")
            .arg(path);
    }
    return {};
}

} // namespace kl
