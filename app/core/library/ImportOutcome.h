#pragma once

#include <QString>
#include <QStringList>

namespace kl {

// What importing one file did to the library.
struct ImportOutcome {
    enum Status { Imported, AddedRendition, Unchanged, Failed };
    Status status = Failed;
    qint64 letterId = 0;
    QString letterKey; // kstId, or "sha256:..." for documents without one
    QString message;   // for Failed: what is wrong with the file (without the file name)
    QStringList warnings;
    int keptAnnotations = 0; // annotations kept from when the same document was removed, back on it now

    bool failed() const { return status == Failed; }
};

} // namespace kl
