#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;

namespace kl {

class Library;
class MainWindow;

// The ways work leaves the program and comes back: an annotated PDF, notes as Markdown or W3C JSON, the
// annotations of a PDF someone else marked up, and briefing packs. Each acts on the current letter or on the
// letters selected in the dossier tree.
class ExportActions : public QObject {
    Q_OBJECT
public:
    ExportActions(MainWindow* window, Library* library);
    void addTo(QMenu* fileMenu);
    // Enables what has something to act on: the open letter, or the letters chosen in the tree.
    void updateEnabled();

    // The letters the user means: those selected in the dossier tree (a dossier row stands for all its letters),
    // else the current tab's.
    QList<qint64> chosenLetters() const;

    void exportAnnotatedPdf();
    void exportNotes();
    void importNotes();
    void importAnnotationsFromPdf();
    void briefingPack();

private:
    qint64 currentLetter() const;
    MainWindow* m_window;
    QList<QAction*> m_needLetter; // act on the open letter
    QList<QAction*> m_needChoice; // act on the open letter or the letters chosen in the tree
    Library* m_library;
};

} // namespace kl
