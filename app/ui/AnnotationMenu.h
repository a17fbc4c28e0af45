#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace kl {

class AnnotationController;

// The actions of one annotation where it is drawn, as Okular offers them on a right click: its colour, its
// note, highlight or underline, show it in the Annotations dock, delete it. Each is one undo step of the session.
class AnnotationMenu : public QObject {
    Q_OBJECT
public:
    AnnotationMenu(AnnotationController* controller, QWidget* dialogParent);

    // Inserts the annotation's actions into `menu` before `before` (nullptr: at the end).
    void insertInto(QMenu* menu, QAction* before, qint64 annotationId);
    // Asks for the annotation's note in a dialog and stores it.
    void editNote(qint64 annotationId);

Q_SIGNALS:
    // "Show in Annotations" was chosen.
    void showInListRequested(qint64 annotationId);

private:
    AnnotationController* m_controller;
    QWidget* m_dialogParent;
};

} // namespace kl
