#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;

namespace kl {

class MainWindow;

// Managing what is in the library: Edit Details of a document and Remove from Library (asking what becomes of
// its annotations). They act on the letters chosen in the dossier tree, else on the open one; both are undo
// steps of the session.
class LibraryActions : public QObject {
    Q_OBJECT
public:
    explicit LibraryActions(MainWindow* window);
    void addTo(QMenu* menu);
    QAction* editAction() const { return m_edit; }
    QAction* removeAction() const { return m_remove; }
    void updateEnabled();

    void editDetails();
    void removeChosen();

private:
    QList<qint64> chosen() const;

    MainWindow* m_window;
    QAction* m_edit;
    QAction* m_remove;
};

} // namespace kl
