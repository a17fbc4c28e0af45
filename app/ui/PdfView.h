#pragma once

#include "PdfLink.h"
#include "ReaderView.h"
#include "ReferenceSpan.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QScrollArea>
#include <QStringList>
#include <QTimer>

#include <utility>

#include <functional>
#include <memory>

class QMenu;

namespace kl {

class PdfDocument;
class PdfPageWidget;
class PdfRenderer;

// A PDF as one continuous column of pages. Every page has its place from the start (page sizes are known
// without rendering); the images come from PdfRenderer for the pages in sight, and the page widgets show
// placeholders until then. Selection and find work on the same words and text the importer stored.
class PdfView : public QScrollArea, public ReaderView {
    Q_OBJECT
public:
    enum class ZoomMode { Custom, FitWidth, FitPage };
    struct MarkedRect {
        QRectF rect; // normalized page coordinates
        bool current = false;
    };
    // An annotation drawn on a page: its line boxes, normalized.
    struct AnnotationMark {
        qint64 id = 0;
        QList<QRectF> rects;
        QColor color;
        bool underline = false;
        bool selected = false;
        QString tip; // shown on hover: its note; empty for none
    };

    // `storedTexts` are the page texts from the library (find works on them before pages are rendered);
    // when empty, the view reads the text from the PDF itself.
    PdfView(std::shared_ptr<PdfDocument> document, const QStringList& storedTexts, QWidget* parent = nullptr);
    ~PdfView() override;

    PdfRenderer* renderer() const { return m_renderer; }
    int pageCount() const { return int(m_pages.size()); }
    PdfPageWidget* pageWidget(int page) const { return m_pages.value(page); }
    // Width in device pixels at which `page` is rendered for the current zoom and screen.
    int renderWidthPx(int page) const;

    double zoom() const { return m_zoom; }
    ZoomMode zoomMode() const { return m_mode; }
    void setZoom(double zoom);
    void setZoomMode(ZoomMode mode);
    int currentPage() const;
    void goToPage(int page);
    // Pages side by side in pairs (1–2, 3–4, …), as a printed document lies open; off: one column.
    void setTwoPages(bool on);
    bool twoPages() const { return m_twoPages; }
    // Where the reader is: the current page and how far down it (a fraction of its height) the view's top is,
    // so that the same spot comes back at another zoom or window size.
    struct Place {
        int page = -1;
        double fraction = 0;
    };
    Place place() const;
    void setPlace(const Place& place);

    // Selection of words on one page, driven by the page widgets.
    void beginSelection(int page, const QPointF& normalized);
    void extendSelection(int page, const QPointF& normalized);
    void endSelection();
    void selectWordAt(int page, const QPointF& normalized);
    void clearSelection();
    QList<QRectF> selectionRects(int page) const;
    QList<MarkedRect> hitRects(int page) const;
    // The selection as a span of one page's text (0-based page, offsets in its PageText); page -1 when none.
    struct Span {
        int page = -1;
        qsizetype start = 0;
        qsizetype end = 0;
    };
    Span selectedSpan() const;
    // Selects the words of a span of one page (0-based) and scrolls to them.
    void selectSpan(int page, qsizetype start, qsizetype end);
    // Scrolls the words of [start, end) on `page` into view without selecting them (an annotation's colour
    // stays visible).
    void showSpan(int page, qsizetype start, qsizetype end);
    // Scrolls so that a normalized rect of a page (0-based) is in view.
    void showRect(int page, const QRectF& rect);
    // Scrolls so that the selected words are in view; nothing without a selection.
    void showSelection();
    // The annotations to draw, by 0-based page.
    void setAnnotationMarks(const QHash<int, QList<AnnotationMark>>& marks);
    QList<AnnotationMark> annotationMarks(int page) const { return m_annotationMarks.value(page); }
    void setContextActions(const QList<QAction*>& actions) { m_contextActions = actions; }
    // References and cross-references: `pageStarts` are where each 1-based page starts in the rendition's
    // text (the spans' offsets), so that spans land on the pages' words. Drawn with a dotted underline.
    void setReferences(const QList<ReferenceSpan>& references, const QList<qsizetype>& pageStarts);
    const QList<ReferenceSpan>& references() const { return m_references; }
    // Line boxes of the references on a page (0-based) whose words are read, with their index.
    QList<std::pair<int, QList<QRectF>>> referenceRects(int page) const;
    // The reference under a normalized point of a page; -1 when none.
    int referenceAt(int page, const QPointF& normalized);
    void activateReference(int index) { Q_EMIT referenceClicked(index); }
    // The PDF's own links on a page (a table of contents, addresses), read when first asked for.
    const QList<PdfLink>& links(int page);
    // The link under a normalized point of a page; nullptr when none.
    const PdfLink* linkAt(int page, const QPointF& normalized);
    // Goes where a link points: a place in this document, or the address in the browser.
    void followLink(const PdfLink& link);
    std::shared_ptr<PdfDocument> sharedDocument() const { return m_document; }

    // The annotation under a normalized point of a page (the smallest when they overlap); 0 when none.
    qint64 annotationAt(int page, const QPointF& normalized) const;
    // What hovering a point of a page shows: the annotation's note, the reference; empty for nothing.
    QString toolTipAt(int page, const QPointF& normalized);
    // The context menu at a point of a page: Copy, the annotation's own actions when the point is on one
    // (annotationMenuRequested fills them in), then the context actions.
    std::unique_ptr<QMenu> contextMenuAt(int page, const QPointF& normalized);
    // Hits whose words are known and drawn (all of them once every page's text is read).
    int markedHitCount() const;

    QWidget* widget() override { return this; }
    QString selectedText() const override;
    void copy() override;
    int find(const QString& text) override;
    int findNext(bool backward) override;
    int hitCount() const override { return int(m_hits.size()); }
    void zoomIn() override;
    void zoomOut() override;

    // For the scroll benchmark: shows every page in turn, waiting until it is rendered, then calls `done`.
    void scrollThroughAllPages(std::function<void()> done);

Q_SIGNALS:
    void currentPageChanged(int page);
    void zoomChanged(double zoom);
    void selectionChanged();
    void referenceClicked(int index);
    // As TextView's: insert the annotation's actions into `menu` before `before`.
    void annotationMenuRequested(QMenu* menu, QAction* before, qint64 annotationId);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    // The first and last word of `page` that [start, end) touches; -1 when none.
    std::pair<int, int> wordsOf(int page, qsizetype start, qsizetype end) const;
    struct Hit {
        int page = 0;
        qsizetype start = 0;
        qsizetype end = 0;
    };

    void relayout();
    void applyFit();
    void scheduleUpdate();
    void updateWanted();
    void onPageReady(int page);
    int wordAt(int page, const QPointF& normalized) const;
    QString pageTextForFind(int page);
    void showHit(int index);
    void benchStep();

    std::shared_ptr<PdfDocument> m_document;
    PdfRenderer* m_renderer;
    QWidget* m_container;
    QHash<int, QList<PdfLink>> m_links; // by 0-based page, once read
    QList<PdfPageWidget*> m_pages;
    QStringList m_storedTexts;
    double m_zoom = 1.0;
    ZoomMode m_mode = ZoomMode::FitWidth;
    bool m_twoPages = false;
    QTimer m_updateTimer;
    int m_lastReportedPage = -1;

    int m_selPage = -1;
    int m_anchorWord = -1;
    int m_focusWord = -1;
    bool m_selecting = false;
    bool m_dragged = false;

    QHash<int, QList<AnnotationMark>> m_annotationMarks;
    QList<QAction*> m_contextActions;
    struct PageSpan {
        int index = 0; // in m_references
        qsizetype start = 0;
        qsizetype end = 0;
    };
    QList<ReferenceSpan> m_references;
    QHash<int, QList<PageSpan>> m_referenceSpans; // by 0-based page, offsets in the page's text

    QList<Hit> m_hits; // in reading order
    int m_currentHit = -1;

    int m_benchPage = -1;
    std::function<void()> m_benchDone;
};

} // namespace kl
