#pragma once

#include "ReadResult.h"

#include <QByteArray>

namespace kl {

// PDF files through Poppler: text and word boxes of every page, then metadata and references from the text.
class PdfImporter {
public:
    static ReadResult read(const QByteArray& bytes);
};

} // namespace kl
