#pragma once

#include "DocumentMetadata.h"
#include "PageText.h"
#include "Reference.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kl {

// A file read into memory: text per page, what the document is, and the references in it. Nothing stored yet.
struct ImportedDocument {
    QString format; // "pdf", "text", "xml"
    QList<PageText> pages;
    DocumentMetadata metadata;
    QList<Reference> references; // offsets in fullText()
    QStringList warnings;        // e.g. a PDF without a text layer

    // OCR of PDF pages without a readable text layer (PdfOcr): not needed; needed for `ocrPages` (reading the
    // file was kept fast, OCR follows); done (the pages it read better have PageText::fromOcr); or failed.
    enum class Ocr { NotNeeded, Pending, Done, Failed };
    Ocr ocr = Ocr::NotNeeded;
    QList<int> ocrPages; // 0-based pages whose text layer is missing or garbage
    // Whether any page's text came from OCR.
    bool hasOcrText() const;

    // All pages joined by form feeds: the letter's normalized text that anchors and references point into.
    QString fullText() const;
    // Offset in fullText() where page `index` (0-based) starts.
    qsizetype pageStart(int index) const;
    // 0-based page that holds offset `pos` of fullText().
    int pageAt(qsizetype pos) const;
};

} // namespace kl
