#include "PdfOcr.h"

#include "OcrEngine.h"
#include "TextLayerQuality.h"
#include "import/PdfImporter.h"

#include <poppler-qt6.h>

#include <QElapsedTimer>
#include <QImage>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

namespace kl {

namespace {

// A page is "printed on" when more than this share of it is dark at a glance: a page number alone is not.
constexpr double kMinInk = 0.002;
constexpr double kGlanceDpi = 24;
// OCR must read a garbage page this much better (TextLayerQuality::score) to replace its text layer.
constexpr double kBetterBy = 0.15;
// OCR must have this much less of its words in pieces (TextLayerQuality::brokenShare) to replace a broken layer.
constexpr double kMendedBy = 0.1;

bool hasInk(Poppler::Page& page)
{
    const QImage image = page.renderToImage(kGlanceDpi, kGlanceDpi).convertToFormat(QImage::Format_Grayscale8);
    if (image.isNull())
        return false;
    qsizetype dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        const uchar* line = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x)
            dark += line[x] < 160;
    }
    return double(dark) / double(qsizetype(image.width()) * image.height()) > kMinInk;
}

} // namespace

QList<int> PdfOcr::pagesNeedingOcr(Poppler::Document& pdf, const QList<PageText>& pages)
{
    // A page with a little text (a title, a Woo document number stamped on a scan) is a scan only in a document
    // without a single good page: the divider pages of the Regeerprogramma (a photo and a title) are not.
    QList<TextLayerQuality::Verdict> verdicts;
    for (const PageText& page : pages)
        verdicts.append(TextLayerQuality::judge(page.text));
    const bool anyGood = verdicts.contains(TextLayerQuality::Verdict::Good);
    QList<int> out;
    for (int i = 0; i < pages.size(); ++i) {
        switch (verdicts[i]) {
        case TextLayerQuality::Verdict::Good:
            break;
        case TextLayerQuality::Verdict::Garbage:
        case TextLayerQuality::Verdict::Broken:
            out.append(i);
            break;
        case TextLayerQuality::Verdict::Missing:
            if (anyGood && !TextLayerQuality::isEmpty(pages[i].text))
                break;
            if (std::unique_ptr<Poppler::Page> page = pdf.page(i); page && hasInk(*page))
                out.append(i);
            break;
        }
    }
    return out;
}

QString PdfOcr::sourceDescription()
{
    return tr("OCR (Tesseract, Dutch)");
}

PdfOcr::Outcome PdfOcr::recognize(const QByteArray& bytes, ImportedDocument& doc, const OcrOptions& options,
                                  const std::function<bool()>& cancelled, const std::function<void()>& pageDone)
{
    QElapsedTimer timer;
    timer.start();
    Outcome outcome;
    const QList<int> wanted = doc.ocrPages;
    if (wanted.isEmpty()) {
        doc.ocr = ImportedDocument::Ocr::Done;
        return outcome;
    }
    const int threads = options.threads > 0 ? options.threads : std::clamp(QThread::idealThreadCount(), 1, 4);
    const int workers = std::min(int(wanted.size()), threads);
    QList<OcrEngine::Page> read(wanted.size());
    std::mutex errorMutex;
    std::atomic<bool> stop{false};
    auto fail = [&](const QString& why) {
        std::lock_guard lock(errorMutex);
        if (outcome.error.isEmpty())
            outcome.error = why;
        stop = true;
    };
    auto work = [&](int worker) {
        // Both loaded on the worker's own thread: neither a Poppler document nor a TessBaseAPI may be shared.
        std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(bytes);
        if (!pdf)
            return fail(tr("the PDF cannot be read again for OCR"));
        pdf->setRenderHint(Poppler::Document::Antialiasing);
        pdf->setRenderHint(Poppler::Document::TextAntialiasing);
        OcrEngine engine;
        QString why;
        if (!engine.init(options.dataPath,
                         options.languages.isEmpty() ? QLatin1String(OcrEngine::kLanguages) : options.languages, &why))
            return fail(why);
        for (qsizetype k = worker; k < wanted.size() && !stop; k += workers) {
            if (cancelled && cancelled()) {
                stop = true;
                outcome.cancelled = true;
                return;
            }
            const int index = wanted[k];
            std::unique_ptr<Poppler::Page> page = pdf->page(index);
            if (!page)
                return fail(tr("page %1 cannot be rendered for OCR").arg(index + 1));
            const QImage image = page->renderToImage(options.dpi, options.dpi);
            if (image.isNull())
                return fail(tr("page %1 cannot be rendered for OCR").arg(index + 1));
            read[k] = engine.recognize(image, options.dpi, page->pageSizeF());
            if (pageDone)
                pageDone();
        }
    };
    std::vector<std::thread> pool;
    for (int w = 1; w < workers; ++w)
        pool.emplace_back(work, w);
    work(0);
    for (std::thread& t : pool)
        t.join();
    outcome.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (outcome.cancelled && outcome.error.isEmpty())
        return outcome; // still pending: nothing of it is kept
    if (!outcome.error.isEmpty()) {
        doc.ocr = ImportedDocument::Ocr::Failed;
        return outcome;
    }
    for (qsizetype k = 0; k < wanted.size(); ++k) {
        OcrEngine::Page& page = read[k];
        const int index = wanted[k];
        if (!page.error.isEmpty() || page.text.words.isEmpty())
            continue;
        // A page without text takes whatever OCR read; one with text only a better one (a page of only numbers,
        // a scan with a good text layer of its own, keep theirs).
        const QString& layer = doc.pages[index].text;
        // A poor OCR layer (words in pieces) gives way to an OCR of our own that has its words whole.
        const bool mended =
            TextLayerQuality::judge(layer) == TextLayerQuality::Verdict::Broken &&
            TextLayerQuality::judge(page.text.text) == TextLayerQuality::Verdict::Good &&
            TextLayerQuality::brokenShare(page.text.text) + kMendedBy <= TextLayerQuality::brokenShare(layer);
        const bool better = mended || TextLayerQuality::isEmpty(layer) ||
                            (TextLayerQuality::judge(page.text.text) == TextLayerQuality::Verdict::Good &&
                             TextLayerQuality::score(page.text.text) >= TextLayerQuality::score(layer) + kBetterBy) ||
                            (TextLayerQuality::judge(layer) == TextLayerQuality::Verdict::Missing &&
                             TextLayerQuality::judge(page.text.text) == TextLayerQuality::Verdict::Good);
        if (!better)
            continue;
        outcome.words += int(page.text.words.size());
        page.text.fromOcr = true;
        doc.pages[index] = std::move(page.text);
        outcome.replaced.append(index);
    }
    doc.ocr = ImportedDocument::Ocr::Done;
    doc.ocrPages.clear();
    if (!outcome.replaced.isEmpty()) {
        PdfImporter::analyse(doc);
    }
    // The pages are read now, better or not: the warning that they are still to be read no longer holds.
    for (int n = 1; n <= doc.pages.size(); ++n)
        doc.warnings.removeAll(PdfImporter::ocrPendingWarning(n));
    if (std::all_of(doc.pages.cbegin(), doc.pages.cend(), [](const PageText& p) { return p.text.isEmpty(); }))
        doc.warnings.append(tr("the PDF has no text layer and OCR found no text on its pages: imported without "
                               "text, so it cannot be searched or annotated"));
    return outcome;
}

PdfOcr::Outcome PdfOcr::recognizeNow(const QByteArray& bytes, ImportedDocument& doc, const OcrOptions& options)
{
    if (doc.ocr != ImportedDocument::Ocr::Pending)
        return {};
    Outcome outcome = recognize(bytes, doc, options);
    if (!outcome.error.isEmpty())
        doc.warnings.append(tr("OCR could not run: %1").arg(outcome.error));
    return outcome;
}

} // namespace kl
