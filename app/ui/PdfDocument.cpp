#include "PdfDocument.h"

#include "import/PdfTextExtractor.h"

#include <QMutexLocker>

#include <poppler-qt6.h>

namespace kl {

std::shared_ptr<PdfDocument> PdfDocument::load(const QString& path, QString* error)
{
    std::shared_ptr<PdfDocument> doc(new PdfDocument);
    doc->m_doc = Poppler::Document::load(path);
    if (!doc->m_doc || doc->m_doc->isLocked()) {
        *error = QObject::tr("%1: cannot open the PDF").arg(path);
        return nullptr;
    }
    doc->m_doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->m_doc->setRenderHint(Poppler::Document::TextAntialiasing);
    doc->m_doc->setRenderHint(Poppler::Document::TextHinting);
    const int n = doc->m_doc->numPages();
    doc->m_sizes.reserve(n);
    for (int i = 0; i < n; ++i) {
        std::unique_ptr<Poppler::Page> page = doc->m_doc->page(i);
        const QSizeF size = page ? page->pageSizeF() : QSizeF(595, 842); // A4 when a page cannot be read
        doc->m_sizes.append(size);
        doc->m_largest = doc->m_largest.expandedTo(size);
    }
    return doc;
}

PdfDocument::~PdfDocument() = default;

QImage PdfDocument::render(int page, int widthPx)
{
    QMutexLocker lock(&m_mutex);
    std::unique_ptr<Poppler::Page> p = m_doc->page(page);
    if (!p)
        return {};
    const double dpi = 72.0 * widthPx / std::max(1.0, p->pageSizeF().width());
    QImage image = p->renderToImage(dpi, dpi);
    // Poppler gives ARGB32 (premultiplied or not); the premultiplied form paints fastest.
    return image.format() == QImage::Format_ARGB32_Premultiplied
               ? image
               : image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

PageText PdfDocument::text(int page)
{
    if (const auto it = m_ocrPages.constFind(page); it != m_ocrPages.cend()) {
        PageText ocr = *it;
        ocr.sizePt = pageSize(page);
        return ocr;
    }
    QMutexLocker lock(&m_mutex);
    std::unique_ptr<Poppler::Page> p = m_doc->page(page);
    return p ? PdfTextExtractor::extract(*p) : PageText{};
}

} // namespace kl
