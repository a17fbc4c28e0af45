#include "ReaderTab.h"

#include "FindBar.h"
#include "PdfDocument.h"
#include "PdfRenderer.h"
#include "PdfView.h"
#include "TextView.h"
#include "TextWrap.h"
#include "anchor/PageGeometry.h"
#include "annotations/AnnotationColor.h"
#include "annotations/AnnotationStore.h"
#include "annotations/NoteMarkdown.h"
#include "library/Library.h"
#include "links/LinkStore.h"

#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace kl {

namespace {
QString formatName(const QString& format)
{
    if (format == QLatin1String("pdf"))
        return ReaderTab::tr("PDF");
    if (format == QLatin1String("xml"))
        return ReaderTab::tr("XML text");
    return ReaderTab::tr("Text");
}
} // namespace

ReaderTab::ReaderTab(Library* library, const LetterRecord& letter, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_letter(letter)
    , m_toolbar(new QToolBar(this))
    , m_renditions(new QComboBox(this))
    , m_page(new QSpinBox(this))
    , m_pageCount(new QLabel(this))
    , m_zoomLabel(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_findBar(new FindBar(this))
{
    setAccessibleName(tr("Document %1").arg(letter.displayTitle()));
    connect(m_library, &Library::changed, this, &ReaderTab::libraryChanged);
    m_toolbar->setIconSize(QSize(16, 16));
    m_toolbar->setAccessibleName(tr("Document toolbar"));
    m_renditions->setAccessibleName(tr("Rendition"));
    m_renditions->setToolTip(tr("Which imported file of this document to show"));
    // As wide as its items, also when they change, and never squeezed by a short toolbar (the zoom buttons go
    // into its extension menu first): sized at first show, or squeezed, it cut "PDF (12 pages)" to "PDF (".
    m_renditions->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_renditions->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_renditionActions = {m_toolbar->addWidget(new QLabel(tr("Show:"), this)), m_toolbar->addWidget(m_renditions),
                          m_toolbar->addSeparator()};

    m_page->setAccessibleName(tr("Page number"));
    m_page->setToolTip(tr("Go to page"));
    m_page->setKeyboardTracking(false); // go when the number is complete, not at every digit
    m_pageAction = m_toolbar->addWidget(m_page);
    m_pageCountAction = m_toolbar->addWidget(m_pageCount);
    m_toolbar->addSeparator();
    QAction* zoomOut = m_toolbar->addAction(tr("−"), this, &ReaderTab::zoomOut);
    zoomOut->setToolTip(tr("Zoom out"));
    m_toolbar->addWidget(m_zoomLabel);
    m_zoomLabel->setAccessibleName(tr("Zoom level"));
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("8888 %")));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    QAction* zoomIn = m_toolbar->addAction(tr("+"), this, &ReaderTab::zoomIn);
    zoomIn->setToolTip(tr("Zoom in"));
    m_pdfActions.append(m_toolbar->addAction(tr("Fit Width"), this, &ReaderTab::fitWidth));
    m_pdfActions.append(m_toolbar->addAction(tr("Fit Page"), this, &ReaderTab::fitPage));
    for (QWidget* w : m_toolbar->findChildren<QWidget*>())
        if (w->accessibleName().isEmpty() && !w->toolTip().isEmpty())
            w->setAccessibleName(w->toolTip());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_findBar);

    connect(m_renditions, &QComboBox::activated, this,
            [this](int index) { showRendition(m_renditions->itemData(index).toLongLong()); });
    connect(m_page, &QSpinBox::valueChanged, this, [this](int page) {
        if (PdfView* v = pdfView())
            v->goToPage(page - 1);
    });

    fillRenditions();
    // The primary rendition: the PDF when there is one, the document as published; the text renditions are
    // there for reading and copying.
    if (const RenditionRecord* primary = m_letter.primaryRendition())
        showRendition(primary->id);
}

QString ReaderTab::tabTitle() const
{
    const DocumentMetadata& m = m_letter.metadata;
    if (!m.dossiers.isEmpty() && !m.ondernummer.isEmpty())
        return m.ondernummer.front().isDigit() ? tr("%1 nr. %2").arg(m.dossiers.first().display(), m.ondernummer)
                                               : tr("%1 %2").arg(m.dossiers.first().display(), m.ondernummer);
    // File names of documents without a number can be long; the tooltip has the whole title.
    const QString title = m_letter.displayTitle();
    return title.size() > 32 ? TextWrap::shortened(title, 31) : title;
}

void ReaderTab::setLetter(const LetterRecord& letter)
{
    // A rendition whose pages OCR has just read is shown again: those pages now have text and words to find,
    // select and highlight.
    QList<qint64> reread;
    for (const RenditionRecord& r : letter.renditions)
        for (const RenditionRecord& old : std::as_const(m_letter.renditions))
            if (old.id == r.id && old.textSource != r.textSource)
                reread.append(r.id);
    m_letter = letter;
    fillRenditions();
    for (qint64 id : std::as_const(reread)) {
        m_texts.remove(id);
        QWidget* old = m_views.take(id);
        if (id == m_current)
            showRendition(id);
        if (old) {
            m_stack->removeWidget(old);
            old->deleteLater();
        }
    }
}

void ReaderTab::fillRenditions()
{
    const QSignalBlocker blocker(m_renditions);
    m_renditions->clear();
    for (const RenditionRecord& r : std::as_const(m_letter.renditions))
        m_renditions->addItem(r.format == QLatin1String("pdf")
                                  ? tr("%1 (%n page(s))", "", r.pages).arg(formatName(r.format))
                                  : formatName(r.format),
                              r.id);
    m_renditions->setEnabled(m_renditions->count() > 1);
    // With nothing to switch to the combo only took room the zoom buttons need in a small window (the Details
    // dock lists the files).
    for (QAction* action : std::as_const(m_renditionActions))
        action->setVisible(m_renditions->count() > 1);
    const int index = m_renditions->findData(m_current);
    if (index >= 0)
        m_renditions->setCurrentIndex(index);
}

bool ReaderTab::showRendition(qint64 renditionId)
{
    const auto it = std::find_if(m_letter.renditions.cbegin(), m_letter.renditions.cend(),
                                 [renditionId](const RenditionRecord& r) { return r.id == renditionId; });
    if (it == m_letter.renditions.cend())
        return false;
    QWidget* w = m_views.value(renditionId);
    if (!w) {
        w = makeView(*it);
        m_views.insert(renditionId, w);
        m_stack->addWidget(w);
    }
    m_current = renditionId;
    m_stack->setCurrentWidget(w);
    {
        const QSignalBlocker blocker(m_renditions);
        m_renditions->setCurrentIndex(m_renditions->findData(renditionId));
    }
    m_findBar->setView(view());
    updateControls();
    refreshAnnotations();
    refreshReferences();
    Q_EMIT renditionShown();
    return true;
}

QWidget* ReaderTab::makeView(const RenditionRecord& rendition)
{
    const QStringList texts = m_library->pageTexts(rendition.id);
    if (rendition.format == QLatin1String("pdf")) {
        QString error;
        std::shared_ptr<PdfDocument> doc = PdfDocument::load(rendition.storedPath, &error);
        if (!doc) {
            auto* label = new QLabel(tr("This PDF cannot be shown: %1").arg(error), this);
            label->setWordWrap(true);
            label->setAlignment(Qt::AlignCenter);
            return label;
        }
        if (rendition.textSource == QLatin1String("ocr"))
            doc->setOcrPages(m_library->ocrPages(rendition.id));
        auto* pdf = new PdfView(doc, texts, this);
        connect(pdf, &PdfView::currentPageChanged, this, [this, pdf](int page) {
            if (pdfView() != pdf)
                return;
            const QSignalBlocker blocker(m_page);
            m_page->setValue(page + 1);
        });
        connect(pdf, &PdfView::zoomChanged, this, &ReaderTab::updateControls);
        pdf->setContextActions(m_contextActions);
        connect(pdf, &PdfView::annotationMenuRequested, this, &ReaderTab::annotationMenuRequested);
        connect(pdf, &PdfView::referenceClicked, this, [this, pdf](int index) {
            if (index >= 0 && index < pdf->references().size())
                Q_EMIT referenceActivated(pdf->references().at(index));
        });
        Q_EMIT pdfViewCreated(pdf);
        return pdf;
    }
    auto* text = new TextView(m_letter.metadata, texts, this);
    text->setContextActions(m_contextActions);
    connect(text, &TextView::annotationMenuRequested, this, &ReaderTab::annotationMenuRequested);
    connect(text, &TextView::referenceClicked, this, [this, text](int index) {
        if (index >= 0 && index < text->references().size())
            Q_EMIT referenceActivated(text->references().at(index));
    });
    return text;
}

void ReaderTab::setAnnotationStore(const AnnotationStore* store)
{
    m_store = store;
    refreshAnnotations();
}

void ReaderTab::setContextActions(const QList<QAction*>& actions)
{
    m_contextActions = actions;
    for (QWidget* w : std::as_const(m_views)) {
        if (auto* pdf = qobject_cast<PdfView*>(w))
            pdf->setContextActions(actions);
        else if (auto* text = qobject_cast<TextView*>(w))
            text->setContextActions(actions);
    }
}

const RenditionText& ReaderTab::renditionText(qint64 renditionId) const
{
    auto it = m_texts.find(renditionId);
    if (it == m_texts.end())
        it = m_texts.insert(renditionId, RenditionText::load(*m_library, renditionId));
    return *it;
}

std::optional<Annotation> ReaderTab::annotationFromSelection(Annotation::Style style, const QString& color) const
{
    Annotation a;
    a.letterId = m_letter.id;
    a.renditionId = m_current;
    a.style = style;
    a.color = color.isEmpty() ? QStringLiteral("yellow") : color;
    const RenditionText& text = renditionText(m_current);
    if (PdfView* pdf = pdfView()) {
        const PdfView::Span span = pdf->selectedSpan();
        if (span.page < 0 || span.end <= span.start)
            return std::nullopt;
        // Word offsets of a page are relative to where that page starts in the rendition's text.
        const qsizetype base = text.pageStart(span.page + 1);
        a.anchor = TextAnchor::fromRange(text.text(), base + span.start, base + span.end);
        a.page = span.page + 1;
        a.rects = PageGeometry::rects(pdf->renderer()->pageTextNow(span.page), span.start, span.end);
    } else if (TextView* tv = textView()) {
        const auto [start, end] = tv->selectedSpan();
        if (end <= start)
            return std::nullopt;
        a.anchor = TextAnchor::fromRange(text.text(), start, end);
        a.page = 0;
    } else {
        return std::nullopt;
    }
    if (a.anchor.exact.trimmed().isEmpty())
        return std::nullopt;
    return a;
}

void ReaderTab::refreshAnnotations()
{
    m_annotations = m_store ? m_store->forLetter(m_letter.id) : QList<Annotation>();
    m_placed = m_current ? PlacedAnnotation::place(m_annotations, m_current, renditionText(m_current))
                         : QList<PlacedAnnotation>();
    drawAnnotations();
    Q_EMIT annotationsPlaced();
}

QString ReaderTab::annotationTip(const Annotation& a) const
{
    // Okular's pop-up note: what the reader wrote, under the colour's meaning; nothing for a bare highlight.
    const QString note = NoteMarkdown::toPlainText(a.note).trimmed();
    if (note.isEmpty() && a.tags.isEmpty())
        return {};
    const QString meaning = m_store ? m_store->colorMeaning(a.color) : QString();
    QString tip = QStringLiteral("<p style='white-space:pre-wrap'>");
    if (!meaning.isEmpty())
        tip += QStringLiteral("<b>%1</b><br>").arg(meaning.toHtmlEscaped());
    tip += note.toHtmlEscaped();
    if (!a.tags.isEmpty())
        tip += QStringLiteral("<br><i>%1</i>").arg(a.tags.join(QStringLiteral(", ")).toHtmlEscaped());
    return tip + QStringLiteral("</p>");
}

void ReaderTab::drawAnnotations()
{
    if (TextView* tv = textView()) {
        QList<TextView::Mark> marks;
        for (const PlacedAnnotation& p : std::as_const(m_placed)) {
            if (p.orphan() || p.annotation.style == Annotation::LetterNote)
                continue;
            marks.append(TextView::Mark{p.annotation.id, p.start, p.end, AnnotationColor::toColor(p.annotation.color),
                                        p.annotation.style == Annotation::Underline,
                                        p.annotation.id == m_selectedAnnotation, annotationTip(p.annotation)});
        }
        tv->setMarks(marks);
    } else if (PdfView* pdf = pdfView()) {
        const RenditionText& text = renditionText(m_current);
        QHash<int, QList<PdfView::AnnotationMark>> marks;
        for (const PlacedAnnotation& p : std::as_const(m_placed)) {
            const Annotation& a = p.annotation;
            if (p.orphan() || a.style == Annotation::LetterNote)
                continue;
            PdfView::AnnotationMark base{a.id,
                                         {},
                                         AnnotationColor::toColor(a.color),
                                         a.style == Annotation::Underline,
                                         a.id == m_selectedAnnotation,
                                         annotationTip(a)};
            if (a.renditionId == m_current && p.method == AnchorResolver::Position && a.page > 0 &&
                !a.rects.isEmpty()) {
                // Made here: the boxes stored with it.
                base.rects = a.rects;
                marks[a.page - 1].append(base);
                continue;
            }
            // Made in another rendition: the boxes of the words it landed on, page by page.
            for (int page = text.pageAt(p.start); page <= text.pageAt(std::max(p.start, p.end - 1)); ++page) {
                const qsizetype pageStart = text.pageStart(page);
                const qsizetype pageEnd = page < text.pageCount() ? text.pageStart(page + 1) - 1 : text.text().size();
                const qsizetype from = std::max(p.start, pageStart) - pageStart;
                const qsizetype to = std::min(p.end, pageEnd) - pageStart;
                if (to <= from || page - 1 >= pdf->pageCount())
                    continue;
                PdfView::AnnotationMark m = base;
                m.rects = PageGeometry::rects(pdf->renderer()->pageTextNow(page - 1), from, to);
                if (!m.rects.isEmpty())
                    marks[page - 1].append(m);
            }
        }
        pdf->setAnnotationMarks(marks);
    }
}

bool ReaderTab::revealAnnotation(qint64 id)
{
    const auto it = std::find_if(m_placed.cbegin(), m_placed.cend(),
                                 [id](const PlacedAnnotation& p) { return p.annotation.id == id; });
    if (it == m_placed.cend())
        return false;
    m_selectedAnnotation = id;
    drawAnnotations();
    if (it->orphan() || it->annotation.style == Annotation::LetterNote)
        return true;
    // Brought into view, not selected: a selection over it would hide its colour.
    if (TextView* tv = textView()) {
        tv->showSpan(it->start, it->end);
    } else if (PdfView* pdf = pdfView()) {
        const PageSpan span = pageSpan(it->start, it->end);
        pdf->showSpan(span.page, span.start, span.end);
    }
    return true;
}

ReaderTab::PageSpan ReaderTab::pageSpan(qsizetype start, qsizetype end) const
{
    const RenditionText& text = renditionText(m_current);
    const int page = text.pageAt(start);
    const qsizetype base = text.pageStart(page);
    const qsizetype pageEnd = page < text.pageCount() ? text.pageStart(page + 1) - 1 : text.text().size();
    return {page - 1, start - base, std::min(end, pageEnd) - base};
}

void ReaderTab::selectStoredSpan(qsizetype start, qsizetype end)
{
    if (TextView* tv = textView()) {
        tv->selectSpan(start, end);
    } else if (PdfView* pdf = pdfView()) {
        const PageSpan span = pageSpan(start, end);
        pdf->selectSpan(span.page, span.start, span.end);
    }
}

bool ReaderTab::revealSpan(qint64 renditionId, qsizetype start, qsizetype end)
{
    if (renditionId && renditionId != m_current && !showRendition(renditionId))
        return false;
    if (!m_current)
        return false;
    const qsizetype size = renditionText(m_current).text().size();
    start = std::clamp<qsizetype>(start, 0, size);
    end = std::clamp<qsizetype>(end, start, size);
    selectStoredSpan(start, end);
    keepSelectionInView();
    return true;
}

void ReaderTab::keepSelectionInView()
{
    // A tab, or a view of the tab, that was hidden is laid out anew when it shows (a hidden page of a stack keeps
    // its old size), which can move the text away from where it was scrolled to: once that has happened, the
    // selection is brought into view again.
    QTimer::singleShot(0, this, [this, shown = QPointer<QWidget>(m_stack->currentWidget())] {
        if (!shown || shown != m_stack->currentWidget())
            return;
        if (TextView* tv = textView())
            tv->ensureCursorVisible();
        else if (PdfView* pdf = pdfView())
            pdf->showSelection();
    });
}

bool ReaderTab::revealHit(qint64 renditionId, qsizetype start, qsizetype end, const QString& words)
{
    if (renditionId && renditionId != m_current && !showRendition(renditionId))
        return false;
    if (!m_current)
        return false;
    const QString& text = renditionText(m_current).text();
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());
    const QString passage = text.mid(start, end - start);
    // The words as a phrase first, then each on its own; a word matches the start of a longer one, as a prefix
    // query ("migr*") or a stemmed match in the search does.
    const QStringList parts = words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList patterns;
    QStringList escaped;
    for (const QString& w : parts)
        escaped.append(QRegularExpression::escape(w));
    if (!escaped.isEmpty())
        patterns.append(escaped.join(QStringLiteral("\\s+")));
    if (escaped.size() > 1)
        patterns.append(escaped);
    for (const QString& pattern : std::as_const(patterns)) {
        const QRegularExpression re(pattern + QStringLiteral("\\w*"),
                                    QRegularExpression::CaseInsensitiveOption |
                                        QRegularExpression::UseUnicodePropertiesOption);
        const QRegularExpressionMatch m = re.match(passage);
        if (m.hasMatch()) {
            selectStoredSpan(start + m.capturedStart(), start + m.capturedEnd());
            keepSelectionInView();
            return true;
        }
    }
    selectStoredSpan(start, start);
    keepSelectionInView();
    return true;
}

void ReaderTab::clearSelection()
{
    if (TextView* tv = textView()) {
        QTextCursor c = tv->textCursor();
        c.clearSelection();
        tv->setTextCursor(c);
    } else if (PdfView* pdf = pdfView()) {
        pdf->clearSelection();
    }
}

bool ReaderTab::revealAnchor(qint64 renditionId, const TextAnchor& anchor)
{
    const bool known = std::any_of(m_letter.renditions.cbegin(), m_letter.renditions.cend(),
                                   [renditionId](const RenditionRecord& r) { return r.id == renditionId; });
    const qint64 rendition = known ? renditionId : m_current;
    if (!rendition || anchor.isEmpty())
        return false;
    const AnchorResolver::Result found = AnchorResolver::resolve(renditionText(rendition).text(), anchor);
    if (!found.found())
        return false;
    return revealSpan(rendition, found.start, found.end);
}

void ReaderTab::setLinkStore(const LinkStore* links)
{
    m_links = links;
    refreshReferences();
}

void ReaderTab::libraryChanged(const LibraryChange& change)
{
    if (!change.touchesLetter(m_letter.id))
        return;
    if (change.touches(LibraryChange::Annotations))
        refreshAnnotations();
    if (change.touches(LibraryChange::Links))
        refreshReferences();
}

void ReaderTab::refreshReferences()
{
    m_references.clear();
    if (m_current) {
        const RenditionText& text = renditionText(m_current);
        QHash<QString, qint64> resolved;
        QHash<qint64, QString> titles;
        auto titleOf = [&](qint64 letterId) {
            auto it = titles.find(letterId);
            if (it == titles.end()) {
                const std::optional<LetterRecord> l = m_library->letter(letterId);
                QString title;
                if (l)
                    title = l->metadata.citation().isEmpty()
                                ? l->displayTitle()
                                : tr("%1 (%2)").arg(l->displayTitle(), l->metadata.citation());
                it = titles.insert(letterId, title);
            }
            return *it;
        };
        for (const Reference& r : m_library->references(m_current)) {
            ReferenceSpan span;
            span.kind = r.kind;
            span.target = r.target;
            span.text = r.text;
            span.start = r.start;
            span.end = r.end;
            auto it = resolved.find(r.target);
            if (it == resolved.end())
                it = resolved.insert(r.target, m_library->resolveTarget(r.target));
            // A document citing itself (its own number in its header) is no reference to follow.
            span.targetLetter = *it == m_letter.id ? 0 : *it;
            if (*it == m_letter.id)
                continue;
            if (span.targetLetter)
                span.targetTitle = titleOf(span.targetLetter);
            m_references.append(span);
        }
        if (m_links)
            for (const Link& link : m_links->linksFrom(m_letter.id)) {
                const AnchorResolver::Result at = AnchorResolver::resolve(text.text(), link.from);
                if (!at.found())
                    continue;
                ReferenceSpan span;
                span.source = ReferenceSpan::HandMade;
                span.kind = QStringLiteral("link");
                span.text = text.text().mid(at.start, at.end - at.start);
                span.start = at.start;
                span.end = at.end;
                span.targetLetter = m_library->letter(link.toLetter) ? link.toLetter : 0;
                span.targetTitle = titleOf(link.toLetter);
                span.linkId = link.id;
                span.toRendition = link.toRendition;
                span.to = link.to;
                span.note = link.note;
                m_references.append(span);
            }
        std::stable_sort(m_references.begin(), m_references.end(),
                         [](const ReferenceSpan& a, const ReferenceSpan& b) { return a.start < b.start; });
    }
    drawReferences();
    Q_EMIT referencesPlaced();
}

void ReaderTab::drawReferences()
{
    if (TextView* tv = textView()) {
        tv->setReferences(m_references);
    } else if (PdfView* pdf = pdfView()) {
        const RenditionText& text = renditionText(m_current);
        QList<qsizetype> starts;
        for (int page = 1; page <= text.pageCount(); ++page)
            starts.append(text.pageStart(page));
        pdf->setReferences(m_references, starts);
    }
}

ReaderView* ReaderTab::view() const
{
    if (PdfView* p = pdfView())
        return p;
    return textView();
}

PdfView* ReaderTab::pdfView() const
{
    return qobject_cast<PdfView*>(m_stack->currentWidget());
}

TextView* ReaderTab::textView() const
{
    return qobject_cast<TextView*>(m_stack->currentWidget());
}

void ReaderTab::updateControls()
{
    PdfView* pdf = pdfView();
    m_pageAction->setVisible(pdf);
    m_pageCountAction->setVisible(pdf);
    for (QAction* a : std::as_const(m_pdfActions))
        a->setVisible(pdf);
    m_zoomLabel->setVisible(pdf);
    if (pdf) {
        const QSignalBlocker blocker(m_page);
        m_page->setRange(1, std::max(1, pdf->pageCount()));
        m_page->setValue(std::max(0, pdf->currentPage()) + 1);
        m_pageCount->setText(tr(" of %1 ").arg(pdf->pageCount()));
        m_zoomLabel->setText(tr("%1 %").arg(qRound(pdf->zoom() * 100)));
    }
}

void ReaderTab::copy()
{
    if (ReaderView* v = view())
        v->copy();
}

void ReaderTab::find()
{
    m_findBar->activate();
}

void ReaderTab::findNext()
{
    m_findBar->findNext();
}

void ReaderTab::findPrevious()
{
    m_findBar->findPrevious();
}

void ReaderTab::zoomIn()
{
    if (ReaderView* v = view())
        v->zoomIn();
}

void ReaderTab::zoomOut()
{
    if (ReaderView* v = view())
        v->zoomOut();
}

void ReaderTab::fitWidth()
{
    if (PdfView* v = pdfView())
        v->setZoomMode(PdfView::ZoomMode::FitWidth);
}

void ReaderTab::fitPage()
{
    if (PdfView* v = pdfView())
        v->setZoomMode(PdfView::ZoomMode::FitPage);
}

void ReaderTab::focusPageNumber()
{
    if (!pdfView())
        return;
    m_page->setFocus();
    m_page->selectAll();
}

ReadingPlace ReaderTab::place() const
{
    if (!m_shown && m_restored)
        return *m_restored; // never laid out: it is still where it was left
    ReadingPlace p;
    p.rendition = m_current;
    if (PdfView* pdf = pdfView()) {
        const PdfView::Place at = pdf->place();
        p.page = at.page;
        p.fraction = at.fraction;
        p.zoom = pdf->zoom();
        p.zoomMode = int(pdf->zoomMode());
        p.twoPages = pdf->twoPages();
    } else if (TextView* tv = textView()) {
        p.offset = tv->toStored(tv->cursorForPosition(QPoint(0, 0)).position());
        p.textPointSize = tv->font().pointSizeF();
    }
    return p;
}

void ReaderTab::restorePlace(const ReadingPlace& place)
{
    if (place.rendition && place.rendition != m_current && !showRendition(place.rendition))
        return; // that file is no longer part of the letter: it opens at its start
    m_restored = place;
    applyRestoredPlace();
    // Once the tab is laid out (a fitted zoom and the text's layout depend on the size it gets), the spot is
    // found again; a passage revealed after this (a search hit, a followed link) still goes last.
    QTimer::singleShot(0, this, &ReaderTab::applyRestoredPlace);
}

void ReaderTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_shown && m_restored)
        QTimer::singleShot(0, this, &ReaderTab::applyRestoredPlace);
    m_shown = true;
}

void ReaderTab::applyRestoredPlace()
{
    if (!m_restored || m_restored->rendition != m_current)
        return;
    const ReadingPlace& place = *m_restored;
    if (PdfView* pdf = pdfView()) {
        pdf->setTwoPages(place.twoPages);
        if (place.zoomMode == int(PdfView::ZoomMode::Custom) && place.zoom > 0)
            pdf->setZoom(place.zoom);
        else if (place.zoomMode >= 0)
            pdf->setZoomMode(PdfView::ZoomMode(place.zoomMode));
        pdf->setPlace({place.page, place.fraction});
    } else if (TextView* tv = textView()) {
        if (place.textPointSize > 0)
            tv->QTextEdit::zoomIn(qRound(place.textPointSize - tv->font().pointSizeF()));
        if (place.offset >= 0)
            tv->scrollToStored(place.offset);
    }
    updateControls();
}

} // namespace kl
