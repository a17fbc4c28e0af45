#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;

namespace kl {

class MainWindow;

// Managing what is in the library: Edit Details of a document, Merge Documents (two letters that are one
// document) and Remove from Library (asking what becomes of its annotations). They act on the letters chosen in
// the dossier tree, else on the open one; each is an undo step of the session.
class LibraryActions : public QObject {
    Q_OBJECT
public:
    explicit LibraryActions(MainWindow* window);
    void addTo(QMenu* menu);
    QAction* editAction() const { return m_edit; }
    QAction* removeAction() const { return m_remove; }
    QAction* mergeAction() const { return m_merge; }
    void updateEnabled();

    void editDetails();
    void removeChosen();
    void mergeChosen();

private:
    QList<qint64> chosen() const;

    MainWindow* m_window;
    QAction* m_edit;
    QAction* m_remove;
    QAction* m_merge;
};

} // namespace kl
