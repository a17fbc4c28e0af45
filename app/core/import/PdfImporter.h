#pragma once

#include <QCoreApplication>

#include "ReadResult.h"

#include <QByteArray>

namespace Poppler {
class Document;
}

namespace kl {

// PDF files through Poppler: text and word boxes of every page, then metadata and references from the text.
class PdfImporter {
    Q_DECLARE_TR_FUNCTIONS(kl::PdfImporter)

public:
    static ReadResult read(const QByteArray& bytes);

private:
    // Fills `pages` (already sized); returns 0, or the 1-based number of a page that cannot be read.
    static int extractPages(const QByteArray& bytes, Poppler::Document& first, QList<PageText>& pages);
};

} // namespace kl
