#pragma once

#include "PdfLink.h"
#include "PdfOutlineEntry.h"
#include "document/PageText.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QMutex>
#include <QSizeF>
#include <QString>

#include <memory>

namespace Poppler {
class Document;
}

namespace kl {

// One opened PDF, shared between the view (UI thread) and the render workers. Poppler documents are not
// thread-safe (DESIGN.md section 7), so every call into Poppler takes this document's mutex.
class PdfDocument {
public:
    static std::shared_ptr<PdfDocument> load(const QString& path, QString* error);
    ~PdfDocument();

    int pageCount() const { return int(m_sizes.size()); }
    // Page size in points; known without rendering, so the view can lay out every page at once.
    QSizeF pageSize(int page) const { return m_sizes.value(page); }
    QSizeF largestPageSize() const { return m_largest; }

    // Renders a page `widthPx` pixels wide. Thread-safe (takes the mutex).
    QImage render(int page, int widthPx);
    // The page's text and word boxes, exactly as the importer stored them. Thread-safe.
    PageText text(int page);
    // The document's outline (bookmarks), empty when it has none. Thread-safe.
    QList<PdfOutlineEntry> outline();
    // The links on a page. Thread-safe.
    QList<PdfLink> links(int page);
    // The pages OCR read (0-based page -> text and words, from the library): Poppler has no words for them.
    // Set before the first text() call.
    void setOcrPages(const QHash<int, PageText>& pages) { m_ocrPages = pages; }

private:
    PdfDocument() = default;

    std::unique_ptr<Poppler::Document> m_doc;
    QMutex m_mutex;
    QList<QSizeF> m_sizes;
    QSizeF m_largest;
    QHash<int, PageText> m_ocrPages;
};

} // namespace kl
