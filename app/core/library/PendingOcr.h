#pragma once

#include <QString>

namespace kl {

// A stored PDF whose pages still wait for OCR (imported fast, OCR follows; or the program closed before it
// was done): the library's copy to read it from.
struct PendingOcr {
    qint64 renditionId = 0;
    qint64 letterId = 0;
    QString path;         // the library's copy
    QString originalName; // the file the user imported, to name in messages
    int pages = 0;
};

} // namespace kl
