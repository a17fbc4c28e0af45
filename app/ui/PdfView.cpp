#include "PdfView.h"

#include <QDesktopServices>
#include <QUrl>

#include "PdfDocument.h"
#include "PdfPageWidget.h"
#include "PdfRenderer.h"
#include "anchor/PageGeometry.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QMenu>
#include <QScrollBar>
#include <QUrl>
#include <QWheelEvent>

#include <cmath>

namespace kl {

namespace {
constexpr double kPixelsPerPoint = 96.0 / 72.0; // 100 % shows a page at its printed size on a 96 dpi screen
constexpr int kGap = 10;                        // between pages and around them
constexpr double kMinZoom = 0.2;
constexpr double kMaxZoom = 8.0;
constexpr double kZoomStep = 1.2;
} // namespace

PdfView::PdfView(std::shared_ptr<PdfDocument> document, const QStringList& storedTexts, QWidget* parent)
    : QScrollArea(parent)
    , m_document(document)
    , m_renderer(new PdfRenderer(document, this))
    , m_container(new QWidget)
    , m_storedTexts(storedTexts)
{
    setAccessibleName(tr("PDF pages"));
    setFocusPolicy(Qt::StrongFocus);
    // Always there, so that fitting the width cannot make the bar appear and disappear in turn.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setBackgroundRole(QPalette::Dark);
    setWidgetResizable(false);
    setWidget(m_container);
    for (int i = 0; i < document->pageCount(); ++i)
        m_pages.append(new PdfPageWidget(this, i, m_container));
    if (m_storedTexts.size() != m_pages.size())
        m_storedTexts.clear();

    m_updateTimer.setSingleShot(true);
    m_updateTimer.setInterval(0);
    connect(&m_updateTimer, &QTimer::timeout, this, &PdfView::updateWanted);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &PdfView::scheduleUpdate);
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, &PdfView::scheduleUpdate);
    connect(m_renderer, &PdfRenderer::pageReady, this, &PdfView::onPageReady);
    relayout();
}

PdfView::~PdfView() = default;

int PdfView::renderWidthPx(int page) const
{
    const PdfPageWidget* w = m_pages.value(page);
    return w ? int(std::lround(w->width() * devicePixelRatioF())) : 0;
}

void PdfView::setZoom(double zoom)
{
    m_mode = ZoomMode::Custom;
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    relayout();
    Q_EMIT zoomChanged(m_zoom);
}

void PdfView::setZoomMode(ZoomMode mode)
{
    m_mode = mode;
    if (mode != ZoomMode::Custom) {
        applyFit();
        relayout();
        Q_EMIT zoomChanged(m_zoom);
    }
}

void PdfView::zoomIn()
{
    setZoom(m_zoom * kZoomStep);
}

void PdfView::zoomOut()
{
    setZoom(m_zoom / kZoomStep);
}

void PdfView::applyFit()
{
    PdfDocument* doc = m_renderer->document();
    if (doc->pageCount() == 0)
        return;
    const double availableWidth = std::max(50, viewport()->width() - 2 * kGap);
    const double rowWidthPt = doc->largestPageSize().width() * (m_twoPages ? 2 : 1);
    const double byWidth = (availableWidth - (m_twoPages ? kGap : 0)) / (rowWidthPt * kPixelsPerPoint);
    double zoom = byWidth;
    if (m_mode == ZoomMode::FitPage) {
        const QSizeF size = doc->pageSize(std::max(0, currentPage()));
        const double availableHeight = std::max(50, viewport()->height() - 2 * kGap);
        zoom = std::min(byWidth, availableHeight / (size.height() * kPixelsPerPoint));
    }
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
}

void PdfView::relayout()
{
    // Keep the same spot of the same page in view across a zoom change.
    const Place before = place();

    PdfDocument* doc = m_renderer->document();
    int widest = 0;
    QList<QSize> sizes;
    for (int i = 0; i < m_pages.size(); ++i) {
        const QSizeF pt = doc->pageSize(i) * (m_zoom * kPixelsPerPoint);
        sizes.append(QSize(int(std::lround(pt.width())), int(std::lround(pt.height()))));
        widest = std::max(widest, sizes.last().width());
    }
    // A row is one page, or two side by side.
    const int perRow = m_twoPages ? 2 : 1;
    int widestRow = 0;
    for (int i = 0; i < sizes.size(); i += perRow) {
        const int row = sizes[i].width() + (i + 1 < sizes.size() && perRow == 2 ? kGap + sizes[i + 1].width() : 0);
        widestRow = std::max(widestRow, row);
    }
    const int containerWidth = std::max(viewport()->width(), std::max(widest, widestRow) + 2 * kGap);
    int y = kGap;
    for (int i = 0; i < m_pages.size(); i += perRow) {
        const int last = std::min<int>(i + perRow, int(m_pages.size())) - 1;
        int rowWidth = -kGap;
        int rowHeight = 0;
        for (int j = i; j <= last; ++j) {
            rowWidth += sizes[j].width() + kGap;
            rowHeight = std::max(rowHeight, sizes[j].height());
        }
        int x = (containerWidth - rowWidth) / 2;
        for (int j = i; j <= last; ++j) {
            m_pages[j]->setGeometry(x, y, sizes[j].width(), sizes[j].height());
            x += sizes[j].width() + kGap;
        }
        y += rowHeight + kGap;
    }
    m_container->resize(containerWidth, y);
    setPlace(before);
    scheduleUpdate();
}

void PdfView::setTwoPages(bool on)
{
    if (on == m_twoPages)
        return;
    m_twoPages = on;
    if (m_mode != ZoomMode::Custom) {
        applyFit();
        Q_EMIT zoomChanged(m_zoom);
    }
    relayout();
}

PdfView::Place PdfView::place() const
{
    Place p;
    p.page = currentPage();
    if (p.page >= 0 && m_pages[p.page]->height() > 0)
        p.fraction = double(verticalScrollBar()->value() - m_pages[p.page]->y()) / m_pages[p.page]->height();
    return p;
}

void PdfView::setPlace(const Place& place)
{
    if (place.page < 0 || place.page >= m_pages.size())
        return;
    const PdfPageWidget* w = m_pages[place.page];
    verticalScrollBar()->setValue(w->y() + int(std::lround(place.fraction * w->height())));
    scheduleUpdate();
}

void PdfView::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
    if (m_mode != ZoomMode::Custom) {
        const double before = m_zoom;
        applyFit();
        if (!qFuzzyCompare(before, m_zoom))
            Q_EMIT zoomChanged(m_zoom);
    }
    relayout();
}

void PdfView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    QScrollArea::wheelEvent(event);
}

int PdfView::currentPage() const
{
    if (m_pages.isEmpty())
        return -1;
    // The page under the upper third of the window is the one being read.
    const int y = verticalScrollBar()->value() + viewport()->height() / 3;
    const auto it = std::partition_point(m_pages.cbegin(), m_pages.cend(),
                                         [y](const PdfPageWidget* w) { return w->geometry().bottom() + kGap < y; });
    return it == m_pages.cend() ? int(m_pages.size()) - 1 : int(it - m_pages.cbegin());
}

void PdfView::goToPage(int page)
{
    if (page < 0 || page >= m_pages.size())
        return;
    verticalScrollBar()->setValue(m_pages[page]->y() - kGap);
    updateWanted();
}

void PdfView::scheduleUpdate()
{
    m_updateTimer.start();
}

void PdfView::updateWanted()
{
    if (m_pages.isEmpty())
        return;
    const int top = verticalScrollBar()->value();
    const int bottom = top + viewport()->height();
    const int current = currentPage();
    QList<int> wanted{current};
    int first = current, last = current;
    while (first > 0 && m_pages[first - 1]->geometry().bottom() >= top)
        --first;
    while (last + 1 < m_pages.size() && m_pages[last + 1]->y() <= bottom)
        ++last;
    for (int i = first; i <= last; ++i)
        if (i != current)
            wanted.append(i);
    // One page either side, so that ordinary scrolling finds the next page ready.
    if (last + 1 < m_pages.size())
        wanted.append(last + 1);
    if (first > 0)
        wanted.append(first - 1);
    QList<PdfRenderer::Request> requests;
    for (int page : std::as_const(wanted))
        requests.append(PdfRenderer::Request{page, renderWidthPx(page)});
    m_renderer->setWanted(requests);
    if (current != m_lastReportedPage) {
        m_lastReportedPage = current;
        Q_EMIT currentPageChanged(current);
    }
}

void PdfView::onPageReady(int page)
{
    if (PdfPageWidget* w = m_pages.value(page))
        w->update();
    if (m_benchPage >= 0 && page == m_benchPage && !m_renderer->image(page, renderWidthPx(page)).isNull()) {
        ++m_benchPage;
        QTimer::singleShot(0, this, &PdfView::benchStep);
    }
}

int PdfView::wordAt(int page, const QPointF& p) const
{
    const PageText& text = m_renderer->pageTextNow(page);
    int best = -1;
    double bestScore = 0;
    for (int i = 0; i < text.words.size(); ++i) {
        const QRectF& r = text.words[i].rect;
        if (r.contains(p))
            return i;
        // Nearest word, with the line counting far more than the column: pointing past the end of a line
        // means the last word of that line, not the word below.
        const double dy = p.y() < r.top() ? r.top() - p.y() : (p.y() > r.bottom() ? p.y() - r.bottom() : 0);
        const double dx = p.x() < r.left() ? r.left() - p.x() : (p.x() > r.right() ? p.x() - r.right() : 0);
        const double score = dy * 20 + dx;
        if (best < 0 || score < bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best;
}

void PdfView::beginSelection(int page, const QPointF& normalized)
{
    const int previous = m_selPage;
    m_selPage = page;
    m_anchorWord = m_focusWord = wordAt(page, normalized);
    m_selecting = true;
    m_dragged = false;
    if (previous >= 0 && previous != page)
        m_pages[previous]->update();
    m_pages[page]->update();
}

void PdfView::extendSelection(int page, const QPointF& normalized)
{
    if (!m_selecting || page != m_selPage)
        return;
    const int word = wordAt(page, normalized);
    if (word == m_focusWord)
        return;
    m_focusWord = word;
    m_dragged = true;
    m_pages[page]->update();
}

void PdfView::endSelection()
{
    if (!m_selecting)
        return;
    m_selecting = false;
    // A click without a drag puts nothing in the selection: it clears it, as in any reader.
    if (!m_dragged)
        clearSelection();
    Q_EMIT selectionChanged();
}

void PdfView::selectWordAt(int page, const QPointF& normalized)
{
    clearSelection();
    m_selPage = page;
    m_anchorWord = m_focusWord = wordAt(page, normalized);
    m_pages[page]->update();
    Q_EMIT selectionChanged();
}

void PdfView::clearSelection()
{
    if (m_selPage >= 0 && m_selPage < m_pages.size())
        m_pages[m_selPage]->update();
    m_selPage = m_anchorWord = m_focusWord = -1;
}

QList<QRectF> PdfView::selectionRects(int page) const
{
    QList<QRectF> out;
    if (page != m_selPage || m_anchorWord < 0)
        return out;
    const PageText* text = m_renderer->pageText(page);
    if (!text)
        return out;
    const int a = std::min(m_anchorWord, m_focusWord), b = std::max(m_anchorWord, m_focusWord);
    for (int i = a; i <= b && i < text->words.size(); ++i)
        out.append(text->words[i].rect);
    return out;
}

QString PdfView::selectedText() const
{
    if (m_selPage < 0 || m_anchorWord < 0)
        return {};
    const PageText* text = m_renderer->pageText(m_selPage);
    if (!text)
        return {};
    const int a = std::min(m_anchorWord, m_focusWord), b = std::max(m_anchorWord, m_focusWord);
    if (b >= text->words.size())
        return {};
    // The page text between the words, with its spaces and line breaks as the importer stored them.
    const qsizetype start = text->words[a].start;
    return text->text.mid(start, text->words[b].end - start);
}

PdfView::Span PdfView::selectedSpan() const
{
    if (m_selPage < 0 || m_anchorWord < 0)
        return {};
    const PageText* text = m_renderer->pageText(m_selPage);
    if (!text)
        return {};
    const int a = std::min(m_anchorWord, m_focusWord), b = std::max(m_anchorWord, m_focusWord);
    if (b >= text->words.size())
        return {};
    return Span{m_selPage, text->words[a].start, text->words[b].end};
}

std::pair<int, int> PdfView::wordsOf(int page, qsizetype start, qsizetype end) const
{
    const PageText& text = m_renderer->pageTextNow(page);
    int first = -1, last = -1;
    for (int i = 0; i < text.words.size(); ++i)
        if (text.words[i].end > start && text.words[i].start < end) {
            if (first < 0)
                first = i;
            last = i;
        }
    return {first, last};
}

void PdfView::selectSpan(int page, qsizetype start, qsizetype end)
{
    if (page < 0 || page >= m_pages.size())
        return;
    clearSelection();
    const auto [first, last] = wordsOf(page, start, end);
    if (first < 0) {
        goToPage(page);
        return;
    }
    const PageText& text = m_renderer->pageTextNow(page);
    m_selPage = page;
    m_anchorWord = first;
    m_focusWord = last;
    showRect(page, text.words[first].rect.united(text.words[last].rect));
    m_pages[page]->update();
    Q_EMIT selectionChanged();
}

void PdfView::showSpan(int page, qsizetype start, qsizetype end)
{
    if (page < 0 || page >= m_pages.size())
        return;
    clearSelection();
    const auto [first, last] = wordsOf(page, start, end);
    if (first < 0)
        return goToPage(page);
    const PageText& text = m_renderer->pageTextNow(page);
    showRect(page, text.words[first].rect.united(text.words[last].rect));
}

void PdfView::showRect(int page, const QRectF& rect)
{
    PdfPageWidget* w = m_pages.value(page);
    if (!w)
        return;
    const QRectF r = w->toWidget(rect);
    const QPointF centre = r.center();
    ensureVisible(w->x() + int(centre.x()), w->y() + int(centre.y()), 50,
                  std::max(viewport()->height() / 3, int(r.height() / 2) + 20));
    updateWanted();
}

void PdfView::showSelection()
{
    QRectF words;
    for (const QRectF& r : selectionRects(m_selPage))
        words = words.united(r);
    if (!words.isEmpty())
        showRect(m_selPage, words);
}

void PdfView::setAnnotationMarks(const QHash<int, QList<AnnotationMark>>& marks)
{
    m_annotationMarks = marks;
    for (PdfPageWidget* w : std::as_const(m_pages))
        w->update();
}

void PdfView::setReferences(const QList<ReferenceSpan>& references, const QList<qsizetype>& pageStarts)
{
    m_references = references;
    m_referenceSpans.clear();
    for (int i = 0; i < references.size(); ++i) {
        const ReferenceSpan& r = references[i];
        // A span may run over a page break: each page gets its part.
        for (int page = 0; page < pageStarts.size() && page < m_pages.size(); ++page) {
            const qsizetype from = pageStarts[page];
            const qsizetype to = page + 1 < pageStarts.size() ? pageStarts[page + 1] - 1 : r.end;
            if (r.end <= from || r.start >= to)
                continue;
            m_referenceSpans[page].append(PageSpan{i, std::max(r.start, from) - from, std::min(r.end, to) - from});
        }
    }
    for (PdfPageWidget* w : std::as_const(m_pages))
        w->update();
}

QList<std::pair<int, QList<QRectF>>> PdfView::referenceRects(int page) const
{
    QList<std::pair<int, QList<QRectF>>> out;
    const auto it = m_referenceSpans.constFind(page);
    if (it == m_referenceSpans.cend())
        return out;
    const PageText* text = m_renderer->pageText(page);
    if (!text)
        return out;
    for (const PageSpan& s : *it)
        out.append({s.index, PageGeometry::rects(*text, s.start, s.end)});
    return out;
}

int PdfView::referenceAt(int page, const QPointF& p)
{
    const auto it = m_referenceSpans.constFind(page);
    if (it == m_referenceSpans.cend())
        return -1;
    const PageText& text = m_renderer->pageTextNow(page);
    for (const PageSpan& s : *it)
        for (const QRectF& r : PageGeometry::rects(text, s.start, s.end))
            if (r.adjusted(0, -r.height() * 0.15, 0, r.height() * 0.15).contains(p))
                return s.index;
    return -1;
}

const QList<PdfLink>& PdfView::links(int page)
{
    auto it = m_links.find(page);
    if (it == m_links.end())
        it = m_links.insert(page, page >= 0 && page < pageCount() ? m_document->links(page) : QList<PdfLink>{});
    return *it;
}

const PdfLink* PdfView::linkAt(int page, const QPointF& p)
{
    for (const PdfLink& link : links(page))
        if (link.area.contains(p))
            return &link;
    return nullptr;
}

void PdfView::followLink(const PdfLink& link)
{
    if (link.page >= 0)
        setPlace({link.page, std::max(0.0, link.top - 0.02)}); // the heading in view, a little room above it
    else if (!link.url.isEmpty())
        QDesktopServices::openUrl(QUrl(link.url));
}

qint64 PdfView::annotationAt(int page, const QPointF& p) const
{
    // The stored list itself, not a copy: `best` points into it after the loop.
    const auto marks = m_annotationMarks.constFind(page);
    if (marks == m_annotationMarks.cend())
        return 0;
    const AnnotationMark* best = nullptr;
    double bestArea = 0;
    for (const AnnotationMark& m : *marks) {
        double area = 0;
        bool hit = false;
        for (const QRectF& r : m.rects) {
            area += r.width() * r.height();
            hit = hit || r.adjusted(0, -r.height() * 0.15, 0, r.height() * 0.15).contains(p);
        }
        if (hit && (!best || area < bestArea)) {
            best = &m;
            bestArea = area;
        }
    }
    return best ? best->id : 0;
}

QString PdfView::toolTipAt(int page, const QPointF& p)
{
    QStringList tips;
    if (const qint64 id = annotationAt(page, p))
        for (const AnnotationMark& m : m_annotationMarks.value(page))
            if (m.id == id && !m.tip.isEmpty()) {
                tips.append(m.tip);
                break;
            }
    // The note is rich text; a reference's tooltip alone stays plain.
    if (const PdfLink* link = tips.isEmpty() ? linkAt(page, p) : nullptr)
        tips.append(link->page >= 0 ? tr("Go to page %1").arg(link->page + 1) : link->url);
    if (const int index = referenceAt(page, p); index >= 0)
        tips.append(tips.isEmpty() ? m_references.at(index).toolTip()
                                   : m_references.at(index).toolTip().toHtmlEscaped());
    return tips.join(QStringLiteral("<hr>"));
}

std::unique_ptr<QMenu> PdfView::contextMenuAt(int page, const QPointF& p)
{
    auto menu = std::make_unique<QMenu>(this);
    QAction* copyAction = menu->addAction(tr("&Copy"), this, &PdfView::copy);
    copyAction->setEnabled(!selectedText().isEmpty());
    if (const qint64 id = annotationAt(page, p))
        Q_EMIT annotationMenuRequested(menu.get(), menu->insertSeparator(copyAction), id);
    if (!m_contextActions.isEmpty()) {
        menu->addSeparator();
        menu->addActions(m_contextActions);
    }
    return menu;
}

void PdfView::copy()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

QString PdfView::pageTextForFind(int page)
{
    return m_storedTexts.isEmpty() ? m_renderer->pageTextNow(page).text : m_storedTexts[page];
}

int PdfView::find(const QString& needle)
{
    m_hits.clear();
    m_currentHit = -1;
    if (!needle.isEmpty()) {
        for (int page = 0; page < m_pages.size(); ++page) {
            const QString text = pageTextForFind(page);
            for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
                 at = text.indexOf(needle, at + 1, Qt::CaseInsensitive))
                m_hits.append(Hit{page, at, at + needle.size()});
        }
    }
    for (PdfPageWidget* w : std::as_const(m_pages))
        w->update();
    return int(m_hits.size());
}

int PdfView::findNext(bool backward)
{
    if (m_hits.isEmpty())
        return -1;
    if (m_currentHit < 0) {
        // Start from the page being read, not from the top of the document.
        const int page = currentPage();
        const auto it = std::find_if(m_hits.cbegin(), m_hits.cend(), [page](const Hit& h) { return h.page >= page; });
        m_currentHit = it == m_hits.cend() ? 0 : int(it - m_hits.cbegin());
        if (backward)
            m_currentHit = (m_currentHit - 1 + int(m_hits.size())) % int(m_hits.size());
    } else {
        const int n = int(m_hits.size());
        m_currentHit = (m_currentHit + (backward ? n - 1 : 1)) % n;
    }
    showHit(m_currentHit);
    return m_currentHit;
}

void PdfView::showHit(int index)
{
    const Hit& hit = m_hits[index];
    PdfPageWidget* w = m_pages[hit.page];
    const PageText& text = m_renderer->pageTextNow(hit.page);
    QRectF box;
    for (const WordBox& word : text.words)
        if (word.end > hit.start && word.start < hit.end)
            box = box.united(word.rect);
    if (box.isValid()) {
        const QPointF centre = w->toWidget(box.center());
        ensureVisible(w->x() + int(centre.x()), w->y() + int(centre.y()), 50, viewport()->height() / 3);
    } else {
        goToPage(hit.page);
    }
    for (PdfPageWidget* page : std::as_const(m_pages))
        if (!page->visibleRegion().isEmpty())
            page->update();
}

QList<PdfView::MarkedRect> PdfView::hitRects(int page) const
{
    QList<MarkedRect> out;
    const PageText* text = m_renderer->pageText(page);
    if (!text || m_hits.isEmpty())
        return out;
    const auto first =
        std::partition_point(m_hits.cbegin(), m_hits.cend(), [page](const Hit& h) { return h.page < page; });
    for (auto it = first; it != m_hits.cend() && it->page == page; ++it) {
        const bool current = int(it - m_hits.cbegin()) == m_currentHit;
        // Words are in text order: find the first word ending after the hit starts.
        auto w = std::partition_point(text->words.cbegin(), text->words.cend(),
                                      [&](const WordBox& b) { return b.end <= it->start; });
        for (; w != text->words.cend() && w->start < it->end; ++w) {
            // Only the part of the word that the hit covers, assuming evenly wide letters.
            const double len = std::max<qsizetype>(1, w->end - w->start);
            const double from = std::max<qsizetype>(0, it->start - w->start) / len;
            const double to = std::min<qsizetype>(w->end - w->start, it->end - w->start) / len;
            QRectF r = w->rect;
            r.setLeft(w->rect.left() + from * w->rect.width());
            r.setRight(w->rect.left() + to * w->rect.width());
            out.append(MarkedRect{r, current});
        }
    }
    return out;
}

int PdfView::markedHitCount() const
{
    int n = 0;
    for (int i = 0; i < m_hits.size(); ++i) {
        const PageText* text = m_renderer->pageText(m_hits[i].page);
        if (!text)
            continue;
        for (const WordBox& w : text->words)
            if (w.end > m_hits[i].start && w.start < m_hits[i].end) {
                ++n;
                break;
            }
    }
    return n;
}

void PdfView::scrollThroughAllPages(std::function<void()> done)
{
    m_benchDone = std::move(done);
    m_benchPage = 0;
    benchStep();
}

void PdfView::benchStep()
{
    if (m_benchPage < 0)
        return;
    if (m_benchPage >= m_pages.size()) {
        m_benchPage = -1;
        std::function<void()> done = std::move(m_benchDone);
        m_benchDone = nullptr;
        if (done)
            done();
        return;
    }
    goToPage(m_benchPage);
    if (!m_renderer->image(m_benchPage, renderWidthPx(m_benchPage)).isNull()) {
        ++m_benchPage;
        QTimer::singleShot(0, this, &PdfView::benchStep);
    }
}

} // namespace kl
