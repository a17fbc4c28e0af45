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

namespace {

// Where a destination goes: its page (0-based) and how far down it. Poppler gives `top` as a fraction of the
// page's height when isChangeTop().
std::pair<int, double> target(const Poppler::LinkDestination& d, int pageCount)
{
    const int page = d.pageNumber() - 1;
    if (page < 0 || page >= pageCount)
        return {-1, 0.0};
    return {page, d.isChangeTop() ? std::clamp(d.top(), 0.0, 1.0) : 0.0};
}

QList<PdfOutlineEntry> entries(const QList<Poppler::OutlineItem>& items, int pageCount, int depth)
{
    QList<PdfOutlineEntry> out;
    if (depth > 32) // a malformed outline can loop; no real one is this deep
        return out;
    for (const Poppler::OutlineItem& item : items) {
        PdfOutlineEntry e;
        e.title = item.name().simplified();
        if (const QSharedPointer<const Poppler::LinkDestination> d = item.destination())
            std::tie(e.page, e.top) = target(*d, pageCount);
        if (item.hasChildren())
            e.children = entries(item.children(), pageCount, depth + 1);
        out.append(e);
    }
    return out;
}

} // namespace

QList<PdfOutlineEntry> PdfDocument::outline()
{
    QMutexLocker lock(&m_mutex);
    return entries(m_doc->outline(), pageCount(), 0);
}

QList<PdfLink> PdfDocument::links(int page)
{
    QMutexLocker lock(&m_mutex);
    std::unique_ptr<Poppler::Page> p = m_doc->page(page);
    QList<PdfLink> out;
    if (!p)
        return out;
    for (const std::unique_ptr<Poppler::Link>& link : p->links()) {
        PdfLink l;
        l.area = link->linkArea().normalized();
        if (link->linkType() == Poppler::Link::Goto) {
            const auto& go = static_cast<const Poppler::LinkGoto&>(*link);
            if (go.isExternal())
                continue; // into another file: not this document
            std::tie(l.page, l.top) = target(go.destination(), pageCount());
            if (l.page < 0)
                continue;
        } else if (link->linkType() == Poppler::Link::Browse) {
            l.url = static_cast<const Poppler::LinkBrowse&>(*link).url();
            if (l.url.isEmpty())
                continue;
        } else {
            continue;
        }
        out.append(l);
    }
    return out;
}

} // namespace kl
