#include "LibraryActions.h"

#include "ExportActions.h"
#include "LetterDetailsDialog.h"
#include "MainWindow.h"
#include "TextWrap.h"

#include "library/LetterRemover.h"
#include "library/Library.h"
#include "session/LibrarySession.h"

#include <QAbstractButton>
#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace kl {

LibraryActions::LibraryActions(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_edit(new QAction(tr("&Edit Details…"), this))
    , m_remove(new QAction(tr("&Remove from Library…"), this))
    , m_merge(new QAction(tr("&Merge Documents…"), this))
{
    m_merge->setToolTip(tr("Make the two chosen documents one: the same document imported twice"));
    connect(m_merge, &QAction::triggered, this, &LibraryActions::mergeChosen);
    m_edit->setToolTip(tr("Correct the title, kind, dossier, number, date or sender of the document"));
    m_remove->setToolTip(tr("Take the chosen documents out of the library (Delete in the dossier tree)"));
    connect(m_edit, &QAction::triggered, this, &LibraryActions::editDetails);
    connect(m_remove, &QAction::triggered, this, &LibraryActions::removeChosen);
}

void LibraryActions::addTo(QMenu* menu)
{
    menu->addAction(m_edit);
    menu->addAction(m_merge);
    menu->addAction(m_remove);
}

QList<qint64> LibraryActions::chosen() const
{
    return m_window->exportActions() ? m_window->exportActions()->chosenLetters() : QList<qint64>{};
}

void LibraryActions::updateEnabled()
{
    const QList<qint64> ids = chosen();
    m_edit->setEnabled(ids.size() == 1);
    m_remove->setEnabled(!ids.isEmpty());
    m_merge->setEnabled(ids.size() == 2);
}

void LibraryActions::editDetails()
{
    const QList<qint64> ids = chosen();
    if (ids.size() != 1)
        return;
    Library& library = m_window->session()->library();
    const std::optional<LetterRecord> letter = library.letter(ids.first());
    if (!letter)
        return;
    LetterDetailsDialog dialog(letter->metadata, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Result<void> r = m_window->session()->editMetadata(letter->id, dialog.metadata()); !r)
        QMessageBox::warning(
            m_window, tr("Edit Details"),
            tr("The details of “%1” could not be stored: %2").arg(letter->displayTitle(), r.error().detail()));
}

void LibraryActions::removeChosen()
{
    const QList<qint64> ids = chosen();
    if (ids.isEmpty())
        return;
    Library& library = m_window->session()->library();
    int annotations = 0, links = 0;
    for (qint64 id : ids) {
        const LetterRemover::Contents c = LetterRemover(library).contents(id).valueOr({});
        annotations += c.annotations;
        links += c.links;
    }
    const std::optional<LetterRecord> first = library.letter(ids.first());
    QMessageBox box(QMessageBox::Question, tr("Remove from Library"),
                    ids.size() == 1 && first ? tr("Remove “%1” from the library?").arg(first->displayTitle())
                                             : tr("Remove %n document(s) from the library?", "", int(ids.size())),
                    QMessageBox::NoButton, m_window);
    QStringList details{tr("The library's copy goes; the original file is not touched. Undo (Ctrl+Z) brings it "
                           "back.")};
    if (links > 0)
        details.append(tr("%n cross-reference(s) to or from it are removed.", "", links));
    QPushButton* keep = nullptr;
    QPushButton* remove = nullptr;
    if (annotations > 0) {
        details.append(tr("It has %n annotation(s). Keep them, and they come back when the same document is "
                          "imported again, or delete them with it.",
                          "", annotations));
        keep = box.addButton(tr("Remove, &Keep Annotations"), QMessageBox::AcceptRole);
        remove = box.addButton(tr("Remove with &Annotations"), QMessageBox::DestructiveRole);
    } else {
        remove = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    }
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep ? keep : remove);
    box.setInformativeText(details.join(QLatin1Char(' ')));
    box.exec();
    QAbstractButton* clicked = box.clickedButton(); // none when the box was closed
    if (!clicked || (clicked != keep && clicked != remove))
        return;
    if (const Result<void> r = m_window->session()->removeLetters(ids, clicked == keep); !r)
        QMessageBox::warning(m_window, tr("Remove from Library"),
                             tr("The documents could not be removed: %1").arg(r.error().detail()));
}

void LibraryActions::mergeChosen()
{
    const QList<qint64> ids = chosen();
    if (ids.size() != 2)
        return;
    Library& library = m_window->session()->library();
    const std::optional<LetterRecord> a = library.letter(ids[0]);
    const std::optional<LetterRecord> b = library.letter(ids[1]);
    if (!a || !b)
        return;
    const auto name = [](const LetterRecord& l) {
        const QString citation = l.metadata.citation();
        return citation.isEmpty() ? l.displayTitle() : citation;
    };
    QMessageBox box(QMessageBox::Question, tr("Merge Documents"),
                    tr("Make “%1” and “%2” one document?").arg(name(*a), name(*b)), QMessageBox::NoButton, m_window);
    box.setInformativeText(tr("Their files, annotations and cross-references come together in one document; the "
                              "details (title, kind, dossier, number, date, sender) are those of the one you keep. "
                              "Undo (Ctrl+Z) makes them two again."));
    QPushButton* keepA =
        box.addButton(tr("Keep the Details of “%1”").arg(TextWrap::shortened(name(*a), 40)), QMessageBox::AcceptRole);
    QPushButton* keepB =
        box.addButton(tr("Keep the Details of “%1”").arg(TextWrap::shortened(name(*b), 40)), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keepA);
    box.exec();
    QAbstractButton* clicked = box.clickedButton();
    if (clicked != keepA && clicked != keepB)
        return;
    const qint64 keep = clicked == keepA ? a->id : b->id;
    const qint64 other = clicked == keepA ? b->id : a->id;
    if (const Result<void> r = m_window->session()->mergeLetters(keep, other); !r)
        QMessageBox::warning(m_window, tr("Merge Documents"),
                             tr("The documents could not be merged: %1").arg(r.error().detail()));
    else
        m_window->openLetter(keep);
}

} // namespace kl
