#pragma once

#include "ReadingPlace.h"
#include "ReferenceSpan.h"
#include "annotations/PlacedAnnotation.h"
#include "library/LetterRecord.h"
#include "library/RenditionText.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QMenu;
class QSpinBox;
class QStackedWidget;
class QToolBar;
class QAction;

namespace kl {

class AnnotationStore;
class FindBar;
class Library;
class LinkStore;
struct LibraryChange;
class PdfView;
class ReaderView;
class TextView;

// One open letter: a toolbar (which rendition, page, zoom), the view of the chosen rendition and a find bar.
// Views are made when a rendition is first shown and kept, so switching back and forth keeps the place.
class ReaderTab : public QWidget {
    Q_OBJECT
public:
    ReaderTab(Library* library, const LetterRecord& letter, QWidget* parent = nullptr);

    qint64 letterId() const { return m_letter.id; }
    const LetterRecord& letter() const { return m_letter; }
    // The letter again after the library changed (e.g. a second rendition was imported).
    void setLetter(const LetterRecord& letter);

    qint64 currentRenditionId() const { return m_current; }
    bool showRendition(qint64 renditionId);
    ReaderView* view() const;
    PdfView* pdfView() const;
    TextView* textView() const;
    FindBar* findBar() const { return m_findBar; }
    QString tabTitle() const;

    void copy();
    void find();
    void findNext();
    void findPrevious();
    void zoomIn();
    void zoomOut();
    void fitWidth();
    void fitPage();
    void focusPageNumber();

    // Where the reader is in the rendition shown, and going back there (the rendition, the spot, the zoom).
    ReadingPlace place() const;
    void restorePlace(const ReadingPlace& place);
    // Whether place() means anything: the tab was shown, or has a place to go back to.
    bool hasPlace() const { return m_shown || m_restored.has_value(); }

    // Annotations: drawn in every view of the letter, following the store.
    void setAnnotationStore(const AnnotationStore* store);
    // Actions for the views' context menus (highlight, underline…).
    void setContextActions(const QList<QAction*>& actions);
    // The letter's annotations placed in the rendition being shown: letter notes, then reading order, orphans
    // last.
    const QList<PlacedAnnotation>& placedAnnotations() const { return m_placed; }
    // A new annotation (no id) of the selected text in the rendition being shown; nullopt without a selection.
    std::optional<Annotation> annotationFromSelection(Annotation::Style style, const QString& color) const;
    // Scrolls to an annotation, selects its text and marks it as the selected one.
    bool revealAnnotation(qint64 id);
    qint64 selectedAnnotation() const { return m_selectedAnnotation; }
    void refreshAnnotations();

    // Cross-references made by hand from this letter are marked like detected references.
    void setLinkStore(const LinkStore* links);
    // Re-reads what a change to the library touched of this letter: its annotations, its links.
    void libraryChanged(const LibraryChange& change);
    // The references and links of the rendition being shown, in text order, resolved against the library.
    const QList<ReferenceSpan>& referenceSpans() const { return m_references; }
    // Reads the references again (the library or the links changed: targets may resolve now).
    void refreshReferences();
    // Shows a rendition (0: the one shown now), scrolls to a span of its text and selects it.
    bool revealSpan(qint64 renditionId, qsizetype start, qsizetype end);
    // Shows a search hit: the passage [start, end) of a rendition, with only the words searched for selected
    // (the first place in the passage where they stand); the passage's start when they are not found in it.
    bool revealHit(qint64 renditionId, qsizetype start, qsizetype end, const QString& words);
    // Ends the selection in the view shown, leaving its place.
    void clearSelection();
    // Finds an anchor in a rendition (0: the one shown now) and reveals it; false when it is not found.
    bool revealAnchor(qint64 renditionId, const TextAnchor& anchor);
    const RenditionText& renditionText(qint64 renditionId) const;

Q_SIGNALS:
    void pdfViewCreated(kl::PdfView* view);
    // Another rendition (PDF or text) is shown now.
    void renditionShown();
    void annotationsPlaced();
    void referencesPlaced();
    // The reader clicked a reference or cross-reference.
    void referenceActivated(const kl::ReferenceSpan& reference);
    // A context menu opens on an annotation (see TextView::annotationMenuRequested).
    void annotationMenuRequested(QMenu* menu, QAction* before, qint64 annotationId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyRestoredPlace();
    void fillRenditions();
    QWidget* makeView(const RenditionRecord& rendition);
    void updateControls();
    void drawAnnotations();
    QString annotationTip(const Annotation& annotation) const;
    void drawReferences();
    void selectStoredSpan(qsizetype start, qsizetype end);
    // A span of the current rendition's stored text as the PDF view takes it: the page it starts on (from 0) and
    // the span in that page's own offsets, cut at the page's end.
    struct PageSpan {
        int page = 0;
        qsizetype start = 0, end = 0;
    };
    PageSpan pageSpan(qsizetype start, qsizetype end) const;
    void keepSelectionInView();

    Library* m_library;
    LetterRecord m_letter;
    qint64 m_current = 0;
    QToolBar* m_toolbar;
    QComboBox* m_renditions;
    QSpinBox* m_page;
    QLabel* m_pageCount;
    QLabel* m_zoomLabel;
    QList<QAction*> m_pdfActions;       // shown only for PDF views
    QList<QAction*> m_renditionActions; // shown only when there is a rendition to switch to
    QAction* m_pageAction;
    QAction* m_pageCountAction;
    QStackedWidget* m_stack;
    FindBar* m_findBar;
    QHash<qint64, QWidget*> m_views; // by rendition id
    const AnnotationStore* m_store = nullptr;
    QList<QAction*> m_contextActions;
    QList<Annotation> m_annotations;
    QList<PlacedAnnotation> m_placed;
    qint64 m_selectedAnnotation = 0;
    const LinkStore* m_links = nullptr;
    QList<ReferenceSpan> m_references;
    mutable QHash<qint64, RenditionText> m_texts;
    bool m_shown = false;
    std::optional<ReadingPlace> m_restored; // until the tab is first shown
};

} // namespace kl
