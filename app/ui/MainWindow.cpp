#include "MainWindow.h"

#include "ExportActions.h"
#include "FetchActions.h"
#include "LastFolder.h"
#include "LibraryActions.h"
#include "WelcomePage.h"

#include "AnnotationController.h"
#include "AnnotationMenu.h"
#include "AnnotationPanel.h"
#include "Bench.h"
#include "ColorMeaningDialog.h"
#include "DockWidths.h"
#include "DossierPanel.h"
#include "DossierTreeModel.h"
#include "FindBar.h"
#include "LetterTabBar.h"
#include "LinkDialog.h"
#include "MetadataPanel.h"
#include "PageSidebar.h"
#include "PdfView.h"
#include "PreferencesDialog.h"
#include "PrintActions.h"
#include "ReaderTab.h"
#include "ReadingPlaces.h"
#include "RecentDocumentsMenu.h"
#include "ReferencesPanel.h"
#include "RelatedPassagesPanel.h"
#include "SampleLetters.h"
#include "SearchPanel.h"
#include "ShortcutsDialog.h"
#include "ToezeggingenPanel.h"
#include "anchor/FoldedText.h"
#include "annotations/AnnotationStore.h"
#include "library/FollowedDossiers.h"
#include "library/Library.h"
#include "library/OfficialStore.h"
#include "library/RenditionText.h"
#include "links/BacklinkFinder.h"
#include "links/LinkStore.h"
#include "session/LibrarySession.h"
#include "toezeggingen/ToezeggingStore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>

namespace kl {

namespace {
// Opening a folder of hundreds of letters should not open hundreds of tabs.
constexpr int kMaxTabsFromImport = 20;

// QTabWidget::setTabBar is protected: a tab widget that uses our tab bar.
class LetterTabWidget : public QTabWidget {
public:
    explicit LetterTabWidget(QWidget* parent)
        : QTabWidget(parent)
    {
        setTabBar(new LetterTabBar(this));
        setDocumentMode(true);
        setTabsClosable(true);
        setMovable(true);
    }
};
} // namespace

MainWindow::MainWindow(Library* library, QWidget* parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_session(new LibrarySession(*library)) // parented at the end of the constructor: see there
    , m_tabs(new LetterTabWidget(this))
    , m_dossiers(new DossierPanel(library, this))
    , m_metadata(new MetadataPanel(library, this))
    , m_importer(new ImportController(library, this))
    , m_ocr(new OcrStatus(library, this))
    , m_fetch(new FetchStatus(library, this))
    , m_counts(new QLabel(this))
    , m_annotations(new AnnotationController(m_session, this))
    , m_annotationPanel(new AnnotationPanel(m_annotations, this))
    , m_search(new SearchPanel(*m_session, this))
    , m_references(new ReferencesPanel(m_session, this))
    , m_toezeggingen(new ToezeggingenPanel(*m_session, this))
    , m_places(std::make_unique<ReadingPlaces>(library->folder()))
    , m_annotationMenu(new AnnotationMenu(m_annotations, this))
    , m_sidebar(new PageSidebar(this))
{
    setWindowTitle(tr("Kamerlezer"));
    setAcceptDrops(true);
    m_tabs->setAccessibleName(tr("Open documents"));
    // The tabs, or while none is open a page that says how to open one.
    m_center = new QStackedWidget(this);
    m_center->addWidget(new WelcomePage(m_center));
    m_center->addWidget(m_tabs);
    setCentralWidget(m_center);

    auto* dossierDock = new QDockWidget(tr("Dossiers"), this);
    dossierDock->setObjectName(QStringLiteral("dossierDock")); // saveState() needs object names
    dossierDock->setWidget(m_dossiers);
    addDockWidget(Qt::LeftDockWidgetArea, dossierDock);
    auto* metadataDock = new QDockWidget(tr("Details"), this);
    metadataDock->setObjectName(QStringLiteral("metadataDock"));
    metadataDock->setWidget(m_metadata);
    addDockWidget(Qt::RightDockWidgetArea, metadataDock);
    auto* annotationDock = new QDockWidget(tr("Annotations"), this);
    annotationDock->setObjectName(QStringLiteral("annotationDock"));
    annotationDock->setWidget(m_annotationPanel);
    addDockWidget(Qt::RightDockWidgetArea, annotationDock);
    auto* historyDock = new QDockWidget(tr("Undo History"), this);
    historyDock->setObjectName(QStringLiteral("undoHistoryDock"));
    auto* history = new QUndoView(m_session->undoStack(), historyDock);
    history->setEmptyLabel(tr("<opened>"));
    history->setAccessibleName(tr("Undo history"));
    historyDock->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    historyDock->hide();
    m_searchDock = new QDockWidget(tr("Search"), this);
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setWidget(m_search);
    addDockWidget(Qt::LeftDockWidgetArea, m_searchDock);
    tabifyDockWidget(dossierDock, m_searchDock);
    auto* contentsDock = new QDockWidget(tr("Contents"), this);
    contentsDock->setObjectName(QStringLiteral("contentsDock"));
    contentsDock->setWidget(m_sidebar);
    addDockWidget(Qt::LeftDockWidgetArea, contentsDock);
    tabifyDockWidget(dossierDock, contentsDock);
    dossierDock->raise();
    m_referencesDock = new QDockWidget(tr("References"), this);
    m_referencesDock->setObjectName(QStringLiteral("referencesDock"));
    m_referencesDock->setWidget(m_references);
    addDockWidget(Qt::RightDockWidgetArea, m_referencesDock);
    tabifyDockWidget(annotationDock, m_referencesDock);
    m_toezeggingenDock = new QDockWidget(tr("Toezeggingen"), this);
    m_toezeggingenDock->setObjectName(QStringLiteral("toezeggingenDock"));
    m_toezeggingenDock->setWidget(m_toezeggingen);
    addDockWidget(Qt::RightDockWidgetArea, m_toezeggingenDock);
    tabifyDockWidget(m_referencesDock, m_toezeggingenDock);
    annotationDock->raise();
    m_dockWidths = new DockWidths(this);
    for (QDockWidget* dock : {dossierDock, metadataDock, annotationDock, historyDock, m_searchDock, m_referencesDock,
                              m_toezeggingenDock, contentsDock})
        m_dockWidths->watch(dock);
    m_dockWidths->setWanted(Qt::LeftDockWidgetArea, 540); // room for dossier titles beside the columns
    m_dockWidths->setWanted(Qt::RightDockWidgetArea, 340);
    resizeDocks({metadataDock, annotationDock}, {360, 490}, Qt::Vertical);

    m_counts->setAccessibleName(tr("Library counts"));
    statusBar()->addPermanentWidget(m_fetch);
    statusBar()->addPermanentWidget(m_ocr);
    connect(m_fetch, &FetchStatus::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 15000); });
    // Fetched scans are read like imported ones.
    connect(m_fetch, &FetchStatus::fetched, m_ocr, &OcrStatus::start);
    // The followed dossiers are checked once the window is up, then every few hours.
    QTimer::singleShot(2000, m_fetch, &FetchStatus::startSchedule);
    statusBar()->addPermanentWidget(m_counts);
    connect(m_ocr, &OcrStatus::message, this, [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    // Scans an earlier session did not finish reading (closed, or stopped) are read now, in the background.
    QTimer::singleShot(0, m_ocr, &OcrStatus::start);
    statusBar()->setAccessibleName(tr("Status"));

    createActions();
    connect(m_dossiers->view()->selectionModel(), &QItemSelectionModel::selectionChanged, m_exports,
            &ExportActions::updateEnabled);
    connect(m_dossiers->view()->selectionModel(), &QItemSelectionModel::selectionChanged, m_libraryActions,
            &LibraryActions::updateEnabled);
    QMenu* viewMenu = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"));
    if (viewMenu) {
        viewMenu->addSeparator();
        viewMenu->addAction(dossierDock->toggleViewAction());
        QAction* contents = contentsDock->toggleViewAction();
        contents->setShortcut(QKeySequence(Qt::Key_F7)); // Okular's key for its sidebar
        viewMenu->addAction(contents);
        viewMenu->addAction(metadataDock->toggleViewAction());
        viewMenu->addAction(annotationDock->toggleViewAction());
        viewMenu->addAction(historyDock->toggleViewAction());
        viewMenu->addAction(m_searchDock->toggleViewAction());
        viewMenu->addAction(m_referencesDock->toggleViewAction());
        viewMenu->addAction(m_toezeggingenDock->toggleViewAction());
    }
    connect(m_search, &SearchPanel::openRequested, this, &MainWindow::openSearchResult);
    connect(m_search, &SearchPanel::noteRequested, this, &MainWindow::openAnnotation);
    connect(m_references, &ReferencesPanel::passageRequested, this, &MainWindow::openPassage);
    connect(m_toezeggingen, &ToezeggingenPanel::passageRequested, this, &MainWindow::openPassage);
    connect(m_toezeggingen, &ToezeggingenPanel::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    connect(m_references, &ReferencesPanel::referenceActivated, this, &MainWindow::followReference);
    connect(m_library, &Library::changed, this, &MainWindow::libraryChanged);
    // Another process (the CLI, a second window) may write to the library: look now and then, and on return.
    auto* watch = new QTimer(this);
    watch->setInterval(2000);
    connect(watch, &QTimer::timeout, this, [this] { m_library->checkExternalChanges(); });
    watch->start();
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive)
            m_library->checkExternalChanges();
    });
    connect(m_session, &LibrarySession::editFailed, this, [this](const Error& error) {
        statusBar()->showMessage(tr("The change could not be stored: %1").arg(error.message()), 10000);
    });
    connect(m_dossiers->model(), &QAbstractItemModel::modelReset, this, &MainWindow::updateCitingCounts);
    updateCitingCounts();
    connect(m_dossiers->model(), &QAbstractItemModel::modelReset, this, &MainWindow::updateAnnotationCounts);
    connect(m_annotations, &AnnotationController::colorMeaningsChanged, this, &MainWindow::updateColorMenu);
    connect(m_annotations, &AnnotationController::currentColorChanged, this, &MainWindow::updateColorMenu);
    updateAnnotationCounts();

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentTabChanged);
    connect(m_dossiers, &DossierPanel::letterActivated, this, &MainWindow::openLetter);
    connect(m_annotationMenu, &AnnotationMenu::showInListRequested, this, [this](qint64 id) {
        m_annotationPanel->parentWidget()->show();
        m_annotationPanel->parentWidget()->raise();
        m_annotationPanel->selectAnnotation(id);
    });
    connect(m_dossiers->model(), &DossierTreeModel::countsChanged, this, &MainWindow::updateCounts);
    connect(m_importer, &ImportController::finished, this, &MainWindow::importFinished);
    connect(m_importer, &ImportController::progress, this, [this](int done, int total) {
        // A modal progress dialog runs the event loop in setValue(), where the import may finish: the status bar
        // is written first, so that the summary importFinished() writes is not overwritten afterwards.
        statusBar()->showMessage(tr("Importing: %1 of %2 files").arg(done).arg(total));
        if (m_progress) {
            m_progress->setMaximum(total);
            m_progress->setValue(done);
        }
    });
    updateCounts();
    currentTabChanged();
    resize(1400, 900);
    // Children go in the order they were added: the session (its stores, its undo stack) goes after every view
    // that refers to it.
    m_session->setParent(this);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* importFiles = file->addAction(tr("&Import Files…"), this, &MainWindow::importFilesDialog);
    importFiles->setShortcut(QKeySequence::Open);
    file->addAction(tr("Import &Folder…"), this, &MainWindow::importFolderDialog);
    auto* recent = new RecentDocumentsMenu(m_library, m_places.get(), this);
    connect(recent, &RecentDocumentsMenu::letterChosen, this, &MainWindow::openLetter);
    file->addMenu(recent);
    file->addSeparator();
    (new FetchActions(this, m_fetch, m_dossiers))->addTo(file);
    file->addSeparator();
    m_exports = new ExportActions(this, m_library);
    m_exports->addTo(file);
    m_printActions = new PrintActions(this);
    m_printActions->addTo(file);
    file->addSeparator();
    QAction* close = file->addAction(tr("&Close Tab"), this, [this] { closeTab(m_tabs->currentIndex()); });
    close->setShortcuts(QKeySequence::Close);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    auto onTab = [this](void (ReaderTab::*method)()) {
        return [this, method] {
            if (ReaderTab* t = currentTab())
                (t->*method)();
        };
    };
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    // The menu says what would be undone; on the toolbar that made the buttons as wide as the command ("Undo
    // Highlight “…”"): there they say Undo and Redo, the tooltip says what.
    undo->setIconText(tr("Undo"));
    redo->setIconText(tr("Redo"));
    const auto tip = [](QAction* action, const QString& word, const QString& command) {
        action->setToolTip(command.isEmpty() ? word : tr("%1: %2").arg(word, command));
    };
    connect(m_session->undoStack(), &QUndoStack::undoTextChanged, undo,
            [undo, tip](const QString& command) { tip(undo, tr("Undo"), command); });
    connect(m_session->undoStack(), &QUndoStack::redoTextChanged, redo,
            [redo, tip](const QString& command) { tip(redo, tr("Redo"), command); });
    tip(undo, tr("Undo"), m_session->undoStack()->undoText());
    tip(redo, tr("Redo"), m_session->undoStack()->redoText());
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* copy = edit->addAction(tr("&Copy"), this, onTab(&ReaderTab::copy));
    copy->setShortcuts(QKeySequence::Copy);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find…"), this, onTab(&ReaderTab::find));
    find->setShortcuts(QKeySequence::Find);
    QAction* next = edit->addAction(tr("Find &Next"), this, onTab(&ReaderTab::findNext));
    next->setShortcut(QKeySequence(Qt::Key_F3));
    QAction* previous = edit->addAction(tr("Find &Previous"), this, onTab(&ReaderTab::findPrevious));
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    edit->addSeparator();
    QAction* search = edit->addAction(tr("&Search Library…"), this, &MainWindow::searchLibrary);
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    search->setToolTip(tr("Search the text of every document and your notes (Ctrl+Shift+F)"));
    QAction* filter = edit->addAction(tr("Filter &Dossiers"), this, [this] {
        m_dossiers->parentWidget()->show();
        m_dossiers->parentWidget()->raise();
        m_dossiers->focusFilter();
    });
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Preferences…"), this, [this] { PreferencesDialog(this).exec(); });
    preferences->setShortcuts(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QAction* zoomIn = view->addAction(tr("Zoom &In"), this, onTab(&ReaderTab::zoomIn));
    zoomIn->setShortcuts({QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction* zoomOut = view->addAction(tr("Zoom &Out"), this, onTab(&ReaderTab::zoomOut));
    zoomOut->setShortcuts(QKeySequence::ZoomOut);
    QAction* fitWidth = view->addAction(tr("Fit &Width"), this, onTab(&ReaderTab::fitWidth));
    QAction* fitPage = view->addAction(tr("Fit &Page"), this, onTab(&ReaderTab::fitPage));
    QAction* goTo = view->addAction(tr("&Go to Page…"), this, onTab(&ReaderTab::focusPageNumber));
    goTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_twoPages = view->addAction(tr("T&wo Pages"), this, [this](bool on) {
        if (ReaderTab* t = currentTab(); t && t->pdfView())
            t->pdfView()->setTwoPages(on);
    });
    m_twoPages->setCheckable(true);
    m_twoPages->setToolTip(tr("Show a PDF's pages side by side, in pairs"));
    QAction* fullScreen = view->addAction(tr("F&ull Screen"), this, [this](bool on) {
        if (on)
            showFullScreen();
        else
            showNormal();
    });
    fullScreen->setCheckable(true);
    fullScreen->setShortcuts(QKeySequence::FullScreen);
    m_fullScreen = fullScreen;
    view->addSeparator();
    QAction* nextTab = view->addAction(tr("Next &Tab"), this, [this] {
        if (m_tabs->count() > 1)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
    });
    nextTab->setShortcuts(QKeySequence::NextChild);
    QAction* previousTab = view->addAction(tr("Previous T&ab"), this, [this] {
        if (m_tabs->count() > 1)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });
    previousTab->setShortcuts(QKeySequence::PreviousChild);

    QMenu* annotate = menuBar()->addMenu(tr("&Annotate"));
    QAction* highlight =
        annotate->addAction(tr("&Highlight"), this, [this] { annotateSelection(Annotation::Highlight); });
    highlight->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    highlight->setToolTip(tr("Highlight the selected text (Ctrl+H)"));
    QAction* underline =
        annotate->addAction(tr("&Underline"), this, [this] { annotateSelection(Annotation::Underline); });
    underline->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    underline->setToolTip(tr("Underline the selected text (Ctrl+U)"));
    m_colorMenu = annotate->addMenu(tr("Highlight &Colour"));
    annotate->addAction(tr("&Name Colours…"), this, &MainWindow::nameColorsDialog);
    annotate->addSeparator();
    QAction* letterNote = annotate->addAction(tr("Note on &Document"), this, [this] {
        m_annotationPanel->parentWidget()->show();
        m_annotationPanel->editLetterNote();
    });
    letterNote->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    annotate->addAction(tr("&Re-attach to Selection"), m_annotationPanel, &AnnotationPanel::reattachCurrent);
    annotate->addAction(tr("&Delete Annotation"), m_annotationPanel, &AnnotationPanel::deleteCurrent);

    QMenu* document = menuBar()->addMenu(tr("&Document"));
    QAction* linkTo = document->addAction(tr("&Link To…"), this, &MainWindow::linkSelectionDialog);
    linkTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    linkTo->setToolTip(tr("Make a cross-reference from the selected text to another document (Ctrl+L)"));
    QAction* toezegging = document->addAction(tr("Add as &Toezegging"), this, &MainWindow::addToezeggingFromSelection);
    toezegging->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    toezegging->setToolTip(tr("Track the selected sentence as a commitment of the government (Ctrl+Shift+T)"));
    QAction* related = document->addAction(tr("&Related Passages"), this, &MainWindow::showRelatedPassages);
    related->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    related->setToolTip(tr("Passages like the selected text in other documents (Ctrl+Shift+R)"));
    QAction* referencedBy = document->addAction(tr("Referenced &By"), this, [this] {
        m_referencesDock->show();
        m_referencesDock->raise();
        m_references->showBacklinks();
    });
    referencedBy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    QAction* outgoing = document->addAction(tr("References &in This Document"), this, [this] {
        m_referencesDock->show();
        m_referencesDock->raise();
        m_references->showOutgoing();
    });
    document->addSeparator();
    QAction* knownAs = document->addAction(tr("&Known As…"), this, &MainWindow::knownAsDialog);
    m_libraryActions = new LibraryActions(this);
    m_libraryActions->addTo(document);
    m_dossiers->setLetterActions(
        {m_libraryActions->editAction(), m_libraryActions->mergeAction(), m_libraryActions->removeAction()});
    m_libraryActions->updateEnabled();
    m_letterActions = {close,    copy,         find,     next,      previous,  zoomIn,     zoomOut,
                       fitWidth, fitPage,      goTo,     highlight, underline, letterNote, linkTo,
                       related,  referencedBy, outgoing, knownAs,   toezegging};

    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_contextActions = {highlight, underline, separator, linkTo, toezegging, related};

    QToolBar* toolbar = addToolBar(tr("Annotate"));
    toolbar->setObjectName(QStringLiteral("annotateToolbar"));
    toolbar->setAccessibleName(tr("Annotation toolbar"));
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addSeparator();
    toolbar->addAction(highlight);
    toolbar->addAction(underline);
    m_colorButton = new QToolButton(toolbar);
    m_colorButton->setPopupMode(QToolButton::InstantPopup);
    m_colorButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_colorButton->setMenu(m_colorMenu);
    m_colorButton->setToolTip(tr("Colour of new highlights"));
    m_colorButton->setAccessibleName(tr("Highlight colour"));
    toolbar->addWidget(m_colorButton);
    updateColorMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    help->addAction(tr("&About Kamerlezer"), this, &MainWindow::about);
}

ReaderTab* MainWindow::currentTab() const
{
    return qobject_cast<ReaderTab*>(m_tabs->currentWidget());
}

ReaderTab* MainWindow::tab(int index) const
{
    return qobject_cast<ReaderTab*>(m_tabs->widget(index));
}

int MainWindow::tabCount() const
{
    return m_tabs->count();
}

ReaderTab* MainWindow::openLetter(qint64 letterId)
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (tab(i)->letterId() == letterId) {
            m_tabs->setCurrentIndex(i);
            m_places->touch(letterId);
            return tab(i);
        }
    const std::optional<LetterRecord> letter = m_library->letter(letterId);
    if (!letter)
        return nullptr;
    if (letter->unread)
        OfficialStore(*m_library).markRead(letterId); // opened: no longer new
    auto* t = new ReaderTab(m_library, *letter, m_tabs);
    t->setContextActions(m_contextActions);
    t->setAnnotationStore(&m_session->annotations());
    t->setLinkStore(&m_session->links());
    connect(t, &ReaderTab::referenceActivated, this, &MainWindow::followReference);
    connect(t, &ReaderTab::annotationMenuRequested, m_annotationMenu, &AnnotationMenu::insertInto);
    connect(t, &ReaderTab::renditionShown, this, [this, t] {
        if (t == currentTab()) {
            m_sidebar->setView(t->pdfView());
            updateTwoPages();
        }
    });
    const int index = m_tabs->addTab(t, t->tabTitle());
    m_tabs->setTabToolTip(index,
                          letter->metadata.citation().isEmpty() ? letter->displayTitle() : letter->metadata.citation());
    m_tabs->setCurrentIndex(index);
    if (const std::optional<ReadingPlace> place = m_places->place(letterId)) {
        t->restorePlace(*place);
        updateTwoPages(); // the document's own view: one column or two
    }
    m_places->touch(letterId);
    if (Bench::scrollMode() && !m_benchStarted && t->pdfView()) {
        m_benchStarted = true;
        PdfView* view = t->pdfView();
        // After the window has laid the view out: the scroll must run at the zoom the reader would see.
        QTimer::singleShot(0, view, [view] {
            if (const double zoom = qEnvironmentVariable("KAMERLEZER_BENCH_ZOOM").toDouble(); zoom > 0)
                view->setZoom(zoom); // e.g. 1.5: the "150%"
            view->scrollThroughAllPages(&Bench::scrollFinished);
        });
    }
    return t;
}

void MainWindow::closeTab(int index)
{
    QWidget* w = m_tabs->widget(index);
    if (!w)
        return;
    rememberPlace(tab(index));
    m_tabs->removeTab(index);
    w->deleteLater();
}

QWidget* MainWindow::readerArea() const
{
    return m_center->currentWidget();
}

void MainWindow::currentTabChanged()
{
    m_center->setCurrentIndex(m_tabs->count() > 0 ? 1 : 0);
    ReaderTab* t = currentTab();
    if (m_shownTab && m_shownTab != t)
        rememberPlace(m_shownTab);
    m_shownTab = t;
    m_metadata->setLetter(t ? &t->letter() : nullptr);
    m_annotationPanel->setTab(t);
    m_references->setTab(t);
    m_sidebar->setView(t ? t->pdfView() : nullptr);
    updateTwoPages();
    if (t)
        m_dossiers->reveal(t->letter());
    setWindowTitle(t ? tr("%1 — Kamerlezer").arg(t->tabTitle()) : tr("Kamerlezer"));
    for (QAction* a : std::as_const(m_letterActions))
        a->setEnabled(t != nullptr);
    if (m_exports)
        m_exports->updateEnabled();
    if (m_libraryActions)
        m_libraryActions->updateEnabled();
    if (m_printActions)
        m_printActions->updateEnabled();
}

static bool textSourceChanged(const LetterRecord& now, const LetterRecord& shown)
{
    for (qsizetype i = 0; i < now.renditions.size() && i < shown.renditions.size(); ++i)
        if (now.renditions[i].textSource != shown.renditions[i].textSource ||
            now.renditions[i].ocrState != shown.renditions[i].ocrState)
            return true;
    return false;
}

void MainWindow::refreshOpenLetters()
{
    // A new rendition of an open letter shows up in its tab; a tab is closed only when its letter was removed.
    for (int i = m_tabs->count() - 1; i >= 0; --i)
        if (const qint64 id = tab(i)->letterId(); !m_library->letter(id)) {
            closeTab(i);
            m_places->forget(id);
        }
    for (int i = 0; i < m_tabs->count(); ++i) {
        ReaderTab* t = tab(i);
        const std::optional<LetterRecord> letter = m_library->letter(t->letterId());
        // So does a scan whose pages OCR has read: its text, words and what it is are new.
        if (letter &&
            (letter->renditions.size() != t->letter().renditions.size() || textSourceChanged(*letter, t->letter())))
            t->setLetter(*letter);
        // A reference may resolve now (its target was imported, or a letter became known by a name).
        t->refreshReferences();
    }
    currentTabChanged();
}

void MainWindow::libraryChanged(const LibraryChange& change)
{
    // Letters reset the dossier tree, which recounts notes and citations (modelReset); the rest is counted here.
    if (change.touches(LibraryChange::Links) && !change.touches(LibraryChange::Letters))
        updateCitingCounts();
    if (change.touches(LibraryChange::Annotations) && !change.touches(LibraryChange::Letters))
        updateAnnotationCounts();
    if (change.touches(LibraryChange::Letters))
        refreshOpenLetters();
}

void MainWindow::updateCounts()
{
    const int letters = m_library->letterCount();
    m_counts->setText(tr("%n document(s) in the library", "", letters));
}

void MainWindow::importPaths(const QStringList& paths, bool openResults)
{
    if (paths.isEmpty())
        return;
    if (m_importer->isRunning()) {
        QMessageBox::information(this, tr("Import"), tr("An import is already running. Try again when it is done."));
        return;
    }
    m_openAfterImport = openResults;
    m_importer->start(paths);
    if (m_importer->isRunning() && m_importer->total() > 1) {
        m_progress = new QProgressDialog(tr("Importing documents…"), tr("Cancel"), 0, m_importer->total(), this);
        m_progress->setWindowTitle(tr("Import"));
        m_progress->setAccessibleName(tr("Import progress"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(500); // small imports finish before it would show
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, m_importer, &ImportController::cancel);
    }
}

void MainWindow::importFinished(const ImportController::Summary& summary)
{
    if (m_progress) {
        // Hidden now: the failures box below runs its own event loop, and the deferred delete waits for this one.
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    QStringList parts;
    if (summary.imported)
        parts.append(tr("%n new document(s)", "", summary.imported));
    if (summary.added)
        parts.append(tr("%n new rendition(s)", "", summary.added));
    if (summary.unchanged)
        parts.append(tr("%n already in the library", "", summary.unchanged));
    if (!summary.failures.isEmpty())
        parts.append(tr("%n failed", "", int(summary.failures.size())));
    QString message = parts.isEmpty() ? tr("Nothing imported") : tr("Imported: %1").arg(parts.join(tr(", ")));
    if (summary.cancelled)
        message += tr(" (cancelled)");
    statusBar()->showMessage(message, 10000);
    // Scans were stored with the text they had; OCR reads their pages now, while the user works.
    m_ocr->start();

    if (m_openAfterImport) {
        QList<qint64> seen;
        for (qint64 id : summary.letterIds)
            if (id && !seen.contains(id) && seen.size() < kMaxTabsFromImport)
                seen.append(id);
        for (qint64 id : std::as_const(seen))
            openLetter(id);
        // The first file named is the one the reader wanted to see.
        if (!seen.isEmpty())
            openLetter(seen.first());
    }
    if (!summary.failures.isEmpty() && !Bench::firstPaintMode() && !Bench::scrollMode()) {
        // One dialog for all failures: the rest was imported.
        QMessageBox box(QMessageBox::Warning, tr("Import"),
                        tr("%n file(s) could not be imported.", "", int(summary.failures.size())), QMessageBox::Ok,
                        this);
        box.setInformativeText(summary.failures.mid(0, 8).join(QLatin1Char('\n')) +
                               (summary.failures.size() > 8 ? tr("\n…") : QString()));
        box.setDetailedText(summary.failures.join(QLatin1Char('\n')));
        box.exec();
    }
}

void MainWindow::importFilesDialog()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Import Documents"), LastFolder::get("import"),
                                      tr("Parliamentary documents (*.pdf *.txt *.xml);;All files (*)"));
    LastFolder::remember("import", files.value(0));
    importPaths(files, true);
}

void MainWindow::importFolderDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Folder"), LastFolder::get("import"));
    LastFolder::remember("import", folder);
    if (!folder.isEmpty())
        importPaths({folder}, false);
}

void MainWindow::offerSamplesIfEmpty()
{
    QSettings settings;
    // A library that follows a dossier is about to fill itself.
    if (m_library->letterCount() > 0 || settings.value(QStringLiteral("samples/offered")).toBool() ||
        !FollowedDossiers(*m_library).all().isEmpty())
        return;
    const QStringList samples = SampleLetters::files();
    if (samples.isEmpty())
        return;
    settings.setValue(QStringLiteral("samples/offered"), true);
    const auto answer = QMessageBox::question(
        this, tr("Welcome to Kamerlezer"),
        tr("Your library is empty. Import %n sample letter(s) to try the program?", "", int(samples.size())),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        importPaths(samples, true);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!event->mimeData()->hasUrls())
        return;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    event->acceptProposedAction();
    // After the drop returns: the drag source must not wait for an import dialog.
    QTimer::singleShot(0, this, [this, paths] { importPaths(paths, true); });
}

void MainWindow::saveSession() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/dockWidths"), m_dockWidths->save());
    QList<QVariant> ids;
    for (int i = 0; i < m_tabs->count(); ++i) {
        ids.append(tab(i)->letterId());
        rememberPlace(tab(i));
    }
    settings.setValue(QStringLiteral("session/library"), m_library->folder());
    settings.setValue(QStringLiteral("session/letters"), ids);
    settings.setValue(QStringLiteral("session/current"), m_tabs->currentIndex());
}

void MainWindow::restoreSession()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()) && screen()) {
        // First start: most of the screen, since a reader wants room for the page.
        const QRect available = screen()->availableGeometry();
        resize(available.size() * 0.92);
        move(available.center() - rect().center());
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_dockWidths->restore(settings.value(QStringLiteral("window/dockWidths")).toList());
    m_dockWidths->apply();
    // Letter ids belong to one library: another library's tabs would open the wrong letters.
    if (settings.value(QStringLiteral("session/library")).toString() != m_library->folder())
        return;
    for (const QVariant& id : settings.value(QStringLiteral("session/letters")).toList())
        openLetter(id.toLongLong());
    const int current = settings.value(QStringLiteral("session/current"), -1).toInt();
    if (current >= 0 && current < m_tabs->count())
        m_tabs->setCurrentIndex(current);
}

void MainWindow::updateTwoPages()
{
    if (!m_twoPages)
        return;
    const PdfView* pdf = currentTab() ? currentTab()->pdfView() : nullptr;
    m_twoPages->setEnabled(pdf);
    m_twoPages->setChecked(pdf && pdf->twoPages());
}

void MainWindow::rememberPlace(ReaderTab* tab) const
{
    if (tab && tab->currentRenditionId() && tab->hasPlace())
        m_places->remember(tab->letterId(), tab->place());
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    // Full screen left by the window manager (or Escape in it) unchecks the menu's item.
    if (event->type() == QEvent::WindowStateChange && m_fullScreen)
        m_fullScreen->setChecked(windowState() & Qt::WindowFullScreen);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_importer->isRunning())
        m_importer->cancel();
    saveSession();
    event->accept();
}

QUndoStack* MainWindow::undoStack() const
{
    return m_session->undoStack();
}

qint64 MainWindow::annotateSelection(int style)
{
    ReaderTab* t = currentTab();
    if (!t)
        return 0;
    const std::optional<Annotation> a =
        t->annotationFromSelection(Annotation::Style(style), m_annotations->currentColor());
    if (!a) {
        statusBar()->showMessage(tr("Select some text first."), 4000);
        return 0;
    }
    const Result<qint64> id = m_session->addAnnotation(*a);
    if (id) {
        m_annotationPanel->selectAnnotation(*id);
        // After the panel revealed it (which selects its text): the new highlight shows in its own colour, not
        // under the selection's.
        t->clearSelection();
    } else {
        statusBar()->showMessage(tr("The annotation could not be stored."), 6000);
    }
    return id.valueOr(0);
}

void MainWindow::nameColorsDialog()
{
    ColorMeaningDialog dialog(m_annotations, this);
    dialog.exec();
}

void MainWindow::updateColorMenu()
{
    if (!m_colorMenu)
        return;
    const QString current = m_annotations->currentColor();
    m_annotations->fillColorMenu(m_colorMenu, current,
                                 [this](const QString& color) { m_annotations->setCurrentColor(color); });
    m_colorButton->setIcon(AnnotationController::swatch(current));
    m_colorButton->setText(m_annotations->colorLabel(current));
}

void MainWindow::updateAnnotationCounts()
{
    m_dossiers->model()->setAnnotationCounts(m_session->annotations().countsByLetter());
}

void MainWindow::updateCitingCounts()
{
    m_dossiers->model()->setCitingCounts(BacklinkFinder::citingCounts(*m_library));
}

void MainWindow::searchLibrary()
{
    m_searchDock->show();
    m_searchDock->raise();
    m_search->focusQuery();
}

ReaderTab* MainWindow::openSearchResult(qint64 letterId, qint64 renditionId, int page, qsizetype start, qsizetype end,
                                        const QString& queryText)
{
    ReaderTab* t = openLetter(letterId);
    if (!t)
        return nullptr;
    // The words searched for, without the query syntax: quotes, prefix stars, operators.
    QString words = queryText;
    words.remove(QLatin1Char('"')).remove(QLatin1Char('*'));
    words = words.simplified();
    static const QStringList operators{QStringLiteral("AND"), QStringLiteral("OR"), QStringLiteral("NOT")};
    for (const QString& op : operators)
        if (words.contains(QLatin1Char(' ') + op + QLatin1Char(' ')))
            words = words.section(QLatin1Char(' ') + op + QLatin1Char(' '), 0, 0);
    if (renditionId && renditionId != t->currentRenditionId())
        t->showRendition(renditionId);
    t->findBar()->setText(words);
    if (end > start)
        t->revealHit(renditionId, start, end, words);
    else if (PdfView* pdf = t->pdfView(); pdf && page > 0)
        pdf->goToPage(page - 1);
    return t;
}

ReaderTab* MainWindow::openAnnotation(qint64 letterId, qint64 annotationId)
{
    ReaderTab* t = openLetter(letterId);
    if (!t)
        return nullptr;
    m_annotationPanel->parentWidget()->show();
    m_annotationPanel->parentWidget()->raise();
    if (!m_annotationPanel->selectAnnotation(annotationId))
        t->revealAnnotation(annotationId);
    return t;
}

ReaderTab* MainWindow::openPassage(qint64 letterId, qint64 renditionId, qsizetype start, qsizetype end)
{
    ReaderTab* t = openLetter(letterId);
    if (t && renditionId)
        t->revealSpan(renditionId, start, end);
    return t;
}

ReaderTab* MainWindow::followReference(const ReferenceSpan& reference)
{
    // A TZ number: the toezegging in its dock, when the Kamer's register has been read for it.
    if (reference.target.startsWith(QLatin1String("tz:"))) {
        const QString number = reference.target.mid(3);
        if (const std::optional<Toezegging> t = m_session->toezeggingen().find(number)) {
            m_toezeggingenDock->show();
            m_toezeggingenDock->raise();
            m_toezeggingen->showToezegging(t->id);
            m_lastReferenceMessage.clear();
            return nullptr;
        }
        m_lastReferenceMessage = tr("Toezegging %1 is not in the library; following its dossier reads the Kamer's "
                                    "register, or kamerlezer-cli toezegging %1 fetches it.")
                                     .arg(number);
        statusBar()->showMessage(m_lastReferenceMessage, 10000);
        return nullptr;
    }
    if (!reference.resolved()) {
        m_lastReferenceMessage = reference.notInLibraryMessage();
        statusBar()->showMessage(m_lastReferenceMessage, 10000);
        QToolTip::showText(QCursor::pos(), m_lastReferenceMessage, this);
        return nullptr;
    }
    ReaderTab* t = openLetter(reference.targetLetter);
    if (!t)
        return nullptr;
    m_lastReferenceMessage.clear();
    if (!reference.to.isEmpty() && !t->revealAnchor(reference.toRendition, reference.to))
        statusBar()->showMessage(tr("The linked passage was not found in this document."), 8000);
    return t;
}

QString MainWindow::selectionQuote() const
{
    ReaderTab* t = currentTab();
    return t && t->view() ? t->view()->selectedText() : QString();
}

qint64 MainWindow::linkSelection(qint64 toLetter, const QString& quote, const QString& note, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return qint64(0);
    };
    ReaderTab* t = currentTab();
    if (!t)
        return fail(tr("Open a document first."));
    const std::optional<Annotation> from = t->annotationFromSelection(Annotation::Highlight, QString());
    if (!from)
        return fail(tr("Select the passage that refers to the other document first."));
    const std::optional<LetterRecord> target = m_library->letter(toLetter);
    if (!target)
        return fail(tr("That document is not in the library."));
    Passage passage;
    passage.letterId = t->letterId();
    passage.renditionId = from->renditionId;
    passage.anchor = from->anchor;
    const Result<qint64> id = m_session->link(passage, toLetter, quote, note);
    if (!id && id.error().code() == Error::Code::NotFound && !quote.trimmed().isEmpty())
        return fail(tr("The passage “%1” was not found in %2.").arg(quote.simplified(), target->displayTitle()));
    if (!id)
        return fail(tr("The cross-reference could not be stored.") + QLatin1Char(' ') + id.error().message());
    statusBar()->showMessage(tr("Linked to %1.").arg(target->displayTitle()), 6000);
    return *id;
}

void MainWindow::linkSelectionDialog()
{
    ReaderTab* t = currentTab();
    const QString quote = selectionQuote();
    if (!t || quote.trimmed().isEmpty()) {
        statusBar()->showMessage(tr("Select the passage that refers to the other document first."), 6000);
        return;
    }
    LinkDialog dialog(*m_library, t->letterId(), quote, this);
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        if (linkSelection(dialog.selectedLetter(), dialog.passage(), dialog.note(), &error))
            return;
        QMessageBox::warning(this, tr("Link To"), error);
    }
}

qint64 MainWindow::addToezeggingFromSelection()
{
    ReaderTab* t = currentTab();
    const std::optional<Annotation> from =
        t ? t->annotationFromSelection(Annotation::Highlight, QString()) : std::nullopt;
    if (!from) {
        statusBar()->showMessage(tr("Select the sentence of the toezegging first."), 6000);
        return 0;
    }
    Passage passage;
    passage.letterId = t->letterId();
    passage.renditionId = from->renditionId;
    passage.anchor = from->anchor;
    const Result<qint64> id = m_session->addToezegging(passage);
    if (!id) {
        statusBar()->showMessage(tr("The toezegging could not be stored: %1").arg(id.error().message()), 8000);
        return 0;
    }
    m_toezeggingenDock->show();
    m_toezeggingenDock->raise();
    m_toezeggingen->selectToezegging(*id);
    statusBar()->showMessage(tr("Added as a toezegging."), 6000);
    return *id;
}

int MainWindow::showRelatedPassages()
{
    ReaderTab* t = currentTab();
    const std::optional<Annotation> from =
        t ? t->annotationFromSelection(Annotation::Highlight, QString()) : std::nullopt;
    if (!from) {
        statusBar()->showMessage(tr("Select a passage to find passages like it."), 6000);
        return 0;
    }
    m_referencesDock->show();
    m_referencesDock->raise();
    m_references->showRelated();
    return m_references->related()->setSource(t->letterId(), from->renditionId, from->anchor);
}

bool MainWindow::setCurrentNamedAs(const QString& name)
{
    ReaderTab* t = currentTab();
    if (!t)
        return false;
    const bool ok = m_session->setNamedAs(t->letterId(), name).ok();
    if (ok)
        statusBar()->showMessage(name.isEmpty() ? tr("This document is no longer known by a name.")
                                                : tr("References to the %1 now open this document.").arg(name),
                                 8000);
    return ok;
}

void MainWindow::knownAsDialog()
{
    ReaderTab* t = currentTab();
    if (!t)
        return;
    const QStringList names{tr("Regeerprogramma"), tr("Hoofdlijnenakkoord"), tr("Coalitieakkoord"), tr("Miljoenennota"),
                            tr("Troonrede"),       tr("Voorjaarsnota"),      tr("Najaarsnota")};
    const QString none = tr("(no name)");
    QStringList items = names;
    items.append(none);
    const std::optional<LetterRecord> letter = m_library->letter(t->letterId());
    const QString current = letter ? letter->metadata.namedAs : QString();
    int index = int(items.size()) - 1;
    for (int i = 0; i < names.size(); ++i)
        if (names[i].compare(current, Qt::CaseInsensitive) == 0)
            index = i;
    if (!current.isEmpty() && index == items.size() - 1) {
        items.prepend(current);
        index = 0;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Known As"),
        tr("References in other documents to this name will open “%1”.\nChoose a name or type another:")
            .arg(t->tabTitle()),
        items, index, true, &ok);
    if (ok)
        setCurrentNamedAs(chosen == none ? QString() : chosen.trimmed());
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Kamerlezer"),
                       tr("<h3>Kamerlezer %1</h3><p>A reader for Dutch parliamentary documents.</p>"
                          "<p>Library: %2</p>")
                           .arg(QStringLiteral(KAMERLEZER_VERSION), m_library->folder().toHtmlEscaped()));
}

} // namespace kl
