#pragma once

#include "FetchStatus.h"
#include "ImportController.h"
#include "OcrStatus.h"
#include "ReferenceSpan.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressDialog;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QUndoStack;

namespace kl {

class AnnotationController;
class AnnotationMenu;
class ExportActions;
class LibraryActions;
class AnnotationPanel;
class DockWidths;
class DossierPanel;
class Library;
class LibrarySession;
struct LibraryChange;
class MetadataPanel;
class PageSidebar;
class PrintActions;
class ReaderTab;
class ReadingPlaces;
class ReferencesPanel;
class ToezeggingenPanel;
class SearchPanel;

// The reader window: the dossier tree and the details in docks, a tab per open letter in the middle. It only
// observes the library (Okular's model): every edit goes through the window's LibrarySession, and the views
// follow Library::changed, re-reading only what a change touched.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Library* library, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a letter in a tab, or brings its tab forward when it is open already. nullptr for an unknown id.
    ReaderTab* openLetter(qint64 letterId);
    ReaderTab* currentTab() const;
    ReaderTab* tab(int index) const;
    int tabCount() const;
    QTabWidget* tabs() const { return m_tabs; }
    DossierPanel* dossierPanel() const { return m_dossiers; }
    MetadataPanel* metadataPanel() const { return m_metadata; }
    ImportController* importer() const { return m_importer; }
    OcrStatus* ocr() const { return m_ocr; }
    FetchStatus* fetchStatus() const { return m_fetch; }
    AnnotationController* annotations() const { return m_annotations; }
    AnnotationPanel* annotationPanel() const { return m_annotationPanel; }
    AnnotationMenu* annotationMenu() const { return m_annotationMenu; }
    // The window's edits: every one goes through the session, onto its one undo stack.
    LibrarySession* session() const { return m_session; }
    // The one undo stack of the window: every edit of every open letter.
    QUndoStack* undoStack() const;
    ExportActions* exportActions() const { return m_exports; }
    LibraryActions* libraryActions() const { return m_libraryActions; }
    PrintActions* printActions() const { return m_printActions; }
    // The welcome page while no tab is open, else the tabs.
    QWidget* readerArea() const;
    SearchPanel* searchPanel() const { return m_search; }
    QDockWidget* searchDock() const { return m_searchDock; }
    ReferencesPanel* referencesPanel() const { return m_references; }
    QDockWidget* referencesDock() const { return m_referencesDock; }
    ToezeggingenPanel* toezeggingenPanel() const { return m_toezeggingen; }
    QDockWidget* toezeggingenDock() const { return m_toezeggingenDock; }
    DockWidths* dockWidths() const { return m_dockWidths; }
    // The outline and page thumbnails of the PDF shown.
    PageSidebar* pageSidebar() const { return m_sidebar; }
    // Where each document was left, and the recent list.
    ReadingPlaces* readingPlaces() const { return m_places.get(); }

    // Shows the search dock and puts the cursor in its query box.
    void searchLibrary();
    // Opens a search hit: the letter at the passage of the rendition, with every hit of the query marked.
    ReaderTab* openSearchResult(qint64 letterId, qint64 renditionId, int page, qsizetype start, qsizetype end,
                                const QString& queryText);
    // Opens a letter and selects one of its annotations.
    ReaderTab* openAnnotation(qint64 letterId, qint64 annotationId);
    // Opens a letter at a passage (renditionId 0: at the start).
    ReaderTab* openPassage(qint64 letterId, qint64 renditionId, qsizetype start, qsizetype end);
    // Follows a reference: opens its target (at the linked passage when known), or says that it is not in the
    // library.
    ReaderTab* followReference(const ReferenceSpan& reference);
    // What following a reference last said (not in the library…), for tests.
    QString lastReferenceMessage() const { return m_lastReferenceMessage; }

    // Makes a cross-reference from the selection in the current tab to `toLetter`, at the passage `quote` when
    // given (found in the target's text). Undoable. Returns its id; 0 and a message in `error` when it cannot.
    qint64 linkSelection(qint64 toLetter, const QString& quote, const QString& note, QString* error = nullptr);
    void linkSelectionDialog();
    // The selection in the current tab added as a toezegging (undoable); its id, 0 with a message when none.
    qint64 addToezeggingFromSelection();
    // Related passages of the selection in the current tab, in the references dock; returns how many.
    int showRelatedPassages();
    // Marks the current letter as the document named references point to ("regeerprogramma"; empty clears).
    bool setCurrentNamedAs(const QString& name);
    void knownAsDialog();

    // Highlights (or underlines) the text selected in the current tab in the current colour; returns the new
    // annotation's id, 0 when nothing is selected.
    qint64 annotateSelection(int style);
    void nameColorsDialog();

    // Imports files and folders in the background; `openResults` opens the imported letters afterwards.
    void importPaths(const QStringList& paths, bool openResults);
    // Window layout and the tabs that were open last time (when the library is the same).
    void restoreSession();
    void saveSession() const;
    // On the first start with an empty library: asks whether to import the sample letters.
    void offerSamplesIfEmpty();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void closeTab(int index);
    void currentTabChanged();
    void refreshOpenLetters();
    void libraryChanged(const LibraryChange& change);
    void importFilesDialog();
    void importFolderDialog();
    void importFinished(const ImportController::Summary& summary);
    void updateCounts();
    void about();
    void updateAnnotationCounts();
    void updateColorMenu();
    void updateCitingCounts();
    QString selectionQuote() const;
    void rememberPlace(ReaderTab* tab) const;
    void updateTwoPages();

    Library* m_library;
    LibrarySession* m_session;
    QTabWidget* m_tabs;
    QStackedWidget* m_center;
    ExportActions* m_exports = nullptr;
    LibraryActions* m_libraryActions = nullptr;
    PrintActions* m_printActions = nullptr;
    QAction* m_twoPages = nullptr;
    QAction* m_fullScreen = nullptr;
    DossierPanel* m_dossiers;
    MetadataPanel* m_metadata;
    ImportController* m_importer;
    QProgressDialog* m_progress = nullptr;
    OcrStatus* m_ocr;
    FetchStatus* m_fetch;
    QLabel* m_counts;
    AnnotationController* m_annotations;
    AnnotationPanel* m_annotationPanel;
    SearchPanel* m_search;
    QDockWidget* m_searchDock = nullptr;
    ReferencesPanel* m_references;
    QDockWidget* m_referencesDock = nullptr;
    ToezeggingenPanel* m_toezeggingen;
    QDockWidget* m_toezeggingenDock = nullptr;
    DockWidths* m_dockWidths = nullptr;
    std::unique_ptr<ReadingPlaces> m_places;
    AnnotationMenu* m_annotationMenu;
    PageSidebar* m_sidebar;
    QPointer<ReaderTab> m_shownTab; // the tab shown until the current one: its place is kept when it is left
    QString m_lastReferenceMessage;
    QMenu* m_colorMenu = nullptr;
    QToolButton* m_colorButton = nullptr;
    QList<QAction*> m_contextActions;
    QList<QAction*> m_letterActions; // what acts on the open letter: disabled while none is open
    bool m_openAfterImport = false;
    bool m_benchStarted = false;
};

} // namespace kl
