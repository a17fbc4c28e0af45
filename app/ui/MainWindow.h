#pragma once

#include "ImportController.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QProgressDialog;
class QTabWidget;
class QToolButton;
class QUndoStack;

namespace kl {

class AnnotationController;
class AnnotationPanel;
class DossierPanel;
class Library;
class MetadataPanel;
class ReaderTab;

// The reader window: the dossier tree and the details in docks, a tab per open letter in the middle. It only
// observes the library (Okular's model): every change goes through kl::Library, and the views follow its
// lettersChanged signal.
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
    AnnotationController* annotations() const { return m_annotations; }
    AnnotationPanel* annotationPanel() const { return m_annotationPanel; }
    // The one undo stack of the window: every annotation edit of every open letter.
    QUndoStack* undoStack() const;

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
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void closeTab(int index);
    void currentTabChanged();
    void refreshOpenLetters();
    void importFilesDialog();
    void importFolderDialog();
    void importFinished(const ImportController::Summary& summary);
    void updateCounts();
    void about();
    void updateAnnotationCounts();
    void updateColorMenu();

    Library* m_library;
    QTabWidget* m_tabs;
    DossierPanel* m_dossiers;
    MetadataPanel* m_metadata;
    ImportController* m_importer;
    QProgressDialog* m_progress = nullptr;
    QLabel* m_counts;
    AnnotationController* m_annotations;
    AnnotationPanel* m_annotationPanel;
    QMenu* m_colorMenu = nullptr;
    QToolButton* m_colorButton = nullptr;
    QList<QAction*> m_contextActions;
    bool m_openAfterImport = false;
    bool m_benchStarted = false;
};

} // namespace kl
