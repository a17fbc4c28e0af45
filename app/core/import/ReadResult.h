#pragma once

#include "document/ImportedDocument.h"

#include <QString>

namespace kl {

// The outcome of reading one file: the document, or one line saying what is wrong with the file.
struct ReadResult {
    ImportedDocument document;
    QString error;

    bool ok() const { return error.isEmpty(); }
    static ReadResult failure(const QString& why)
    {
        ReadResult r;
        r.error = why;
        return r;
    }
};

} // namespace kl
