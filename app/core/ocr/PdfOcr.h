#pragma once

#include <QCoreApplication>

#include "OcrOptions.h"
#include "document/ImportedDocument.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace Poppler {
class Document;
}

namespace kl {

// OCR of the pages of a PDF that have no readable text: pages with (nearly) no text but something printed on
// them (a scan, a page that is one image), pages whose text layer is garbage from a broken font encoding, and
// pages whose OCR layer broke the words into pieces (a Woo release's).
// A page with a good text layer (one ocrmypdf made, too) keeps it, and OCR replaces a text layer only when it
// reads better. Pages are rendered by Poppler and read by Tesseract on worker threads, each thread with a
// Poppler document and an OcrEngine of its own (neither is thread-safe).
class PdfOcr {
    Q_DECLARE_TR_FUNCTIONS(kl::PdfOcr)

public:
    // The 0-based pages of a read PDF that need OCR. Cheap: only pages with (nearly) no text are rendered, at a
    // low resolution, to see whether anything is printed on them.
    static QList<int> pagesNeedingOcr(Poppler::Document& pdf, const QList<PageText>& pages);

    struct Outcome {
        QList<int> replaced; // pages whose text now comes from OCR
        int words = 0;       // words read on those pages
        double seconds = 0;  // wall time
        QString error;       // empty unless OCR could not run at all (no model, a page that cannot be rendered)
        bool cancelled = false;
    };
    // Reads doc.ocrPages of the PDF `bytes` and puts the better text into `doc` (pages, then its metadata and
    // references again); doc.ocr says Done, or Failed with the Outcome's error. `cancelled` is asked between
    // pages (from worker threads); `pageDone` is called from worker threads after every page.
    static Outcome recognize(const QByteArray& bytes, ImportedDocument& doc, const OcrOptions& options = OcrOptions(),
                             const std::function<bool()>& cancelled = {}, const std::function<void()>& pageDone = {});
    // OCR at once, as the CLI wants it (the window runs it after the import): recognize(), and when OCR cannot
    // run, a warning on the document saying why (its pages stay without text, the rest is imported).
    static Outcome recognizeNow(const QByteArray& bytes, ImportedDocument& doc,
                                const OcrOptions& options = OcrOptions());
    // The note on the Details dock and in the CLI: "OCR (Tesseract, Dutch)".
    static QString sourceDescription();
};

} // namespace kl
