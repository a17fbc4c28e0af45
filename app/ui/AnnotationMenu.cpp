#include "AnnotationMenu.h"

#include "AnnotationController.h"
#include "NoteDialog.h"
#include "annotations/AnnotationStore.h"
#include "session/LibrarySession.h"

#include <QMenu>
#include <QPointer>
#include <QTimer>

namespace kl {

AnnotationMenu::AnnotationMenu(AnnotationController* controller, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_controller(controller)
    , m_dialogParent(dialogParent)
{
}

void AnnotationMenu::insertInto(QMenu* menu, QAction* before, qint64 id)
{
    LibrarySession* session = m_controller->session();
    const std::optional<Annotation> a = session->annotations().annotation(id);
    if (!a)
        return;
    const bool underline = a->style == Annotation::Underline;
    QAction* title = menu->insertSection(before, underline ? tr("Underline") : tr("Highlight"));
    Q_UNUSED(title);

    auto* colors = new QMenu(tr("C&olour"), menu);
    colors->setIcon(AnnotationController::swatch(a->color));
    m_controller->fillColorMenu(colors, a->color, [session, id](const QString& color) { session->recolor(id, color); });
    menu->insertMenu(before, colors);

    auto* note = new QAction(a->note.isEmpty() ? tr("Add &Note…") : tr("Edit &Note…"), menu);
    // After the menu has closed: the dialog is not opened from inside the menu's own event loop.
    connect(note, &QAction::triggered, this, [this, id] { QTimer::singleShot(0, this, [this, id] { editNote(id); }); });
    menu->insertAction(before, note);

    auto* style = new QAction(underline ? tr("Make &Highlight") : tr("Make &Underline"), menu);
    connect(style, &QAction::triggered, this, [session, id, underline] {
        session->setStyle(id, underline ? Annotation::Highlight : Annotation::Underline);
    });
    menu->insertAction(before, style);

    auto* show = new QAction(tr("&Show in Annotations"), menu);
    connect(show, &QAction::triggered, this, [this, id] { Q_EMIT showInListRequested(id); });
    menu->insertAction(before, show);

    auto* remove = new QAction(underline ? tr("&Delete Underline") : tr("&Delete Highlight"), menu);
    connect(remove, &QAction::triggered, this, [session, id] { session->removeAnnotation(id); });
    menu->insertAction(before, remove);
}

void AnnotationMenu::editNote(qint64 id)
{
    LibrarySession* session = m_controller->session();
    const std::optional<Annotation> a = session->annotations().annotation(id);
    if (!a)
        return;
    NoteDialog dialog(a->anchor.exact, a->note, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const QString note = dialog.note(); note != a->note)
        session->setNote(id, note);
}

} // namespace kl
