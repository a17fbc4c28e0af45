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
    // Reads text and word boxes, and notes the pages that need OCR (ImportedDocument::ocrPages) without running
    // it: that is PdfOcr's, after the import (the window) or before the import returns (the CLI).
    static ReadResult read(const QByteArray& bytes);
    // Metadata and references from the pages' text, again after OCR changed it.
    static void analyse(ImportedDocument& doc);
    // The warning while `pages` pages wait for OCR.
    static QString ocrPendingWarning(int pages);

private:
    // Fills `pages` (already sized); returns 0, or the 1-based number of a page that cannot be read.
    static int extractPages(const QByteArray& bytes, Poppler::Document& first, QList<PageText>& pages);
};

} // namespace kl
