#include "LibraryActions.h"
#include "DossierPanel.h"
#include "DossierTreeModel.h"
#include "LetterDetailsDialog.h"
#include "MainWindow.h"
#include "ModalAnswer.h"
#include "ReaderTab.h"
#include "UiFixture.h"

#include "annotations/AnnotationStore.h"
#include "session/LibrarySession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace kl;

namespace {

const QString kBody = QStringLiteral("Hierbij informeer ik uw Kamer over de spreiding van asielzoekers.");

// Chooses the letter in the tree, as a click on it does.
void choose(MainWindow& window, qint64 letterId)
{
    window.dossierPanel()->reveal(*window.session()->library().letter(letterId));
    QTreeView* view = window.dossierPanel()->view();
    REQUIRE(view->currentIndex().data(DossierTreeModel::LetterIdRole).toLongLong() == letterId);
    view->selectionModel()->clearSelection();
    view->selectionModel()->select(view->currentIndex(),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QAbstractButton* buttonNamed(QMessageBox* box, const QString& text)
{
    for (QAbstractButton* b : box->buttons())
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    return nullptr;
}

} // namespace

TEST_CASE("Edit Details in the window corrects a letter's description as one undo step")
{
    UiFixture f;
    const qint64 id = f.importTextLetter(QStringLiteral("7"), kBody);
    MainWindow window(f.library.get());
    window.resize(1280, 800);
    window.show();
    choose(window, id);
    REQUIRE(window.libraryActions()->editAction()->isEnabled());
    bool seen = false;
    whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<LetterDetailsDialog*>(modal);
        REQUIRE(dialog);
        seen = true;
        CHECK(dialog->dossierEdit()->text() == QStringLiteral("19637"));
        CHECK(dialog->numberEdit()->text() == QStringLiteral("7"));
        dialog->titleEdit()->setText(QStringLiteral("Spreiding asielzoekers"));
        dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(QStringLiteral("verslag")));
        // A dossier that is no number is refused before it is stored.
        dialog->dossierEdit()->setText(QStringLiteral("Vreemdelingen"));
        CHECK_FALSE(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->dossierEdit()->setText(QStringLiteral("36600 VI"));
        dialog->accept();
    });
    window.libraryActions()->editAction()->trigger();
    REQUIRE(seen);
    const LetterRecord edited = *f.library->letter(id);
    CHECK(edited.metadata.title == QStringLiteral("Spreiding asielzoekers"));
    CHECK(edited.metadata.kind == QStringLiteral("verslag"));
    CHECK(edited.metadata.kstId == QStringLiteral("kst-36600-VI-7"));
    // The tree files it under its new dossier.
    CHECK(waitFor([&] {
        const DossierTreeModel* model = window.dossierPanel()->model();
        return model->rowCount() == 1 && model->index(0, 0).data().toString().contains(QStringLiteral("36600 VI"));
    }));

    window.undoStack()->undo();
    CHECK(f.library->letter(id)->metadata.kstId == QStringLiteral("kst-19637-7"));
}

TEST_CASE("Remove from Library asks about the annotations, closes the letter's tab and is undone by Undo")
{
    UiFixture f;
    const qint64 a = f.importTextLetter(QStringLiteral("1"), kBody);
    const qint64 b = f.importTextLetter(QStringLiteral("2"), QStringLiteral("Een tweede brief over de opvang."));
    MainWindow window(f.library.get());
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.session()
                ->annotateQuote(a, QStringLiteral("spreiding"), 1, QStringLiteral("yellow"), QStringLiteral("nagaan"))
                .ok());
    window.openLetter(a);
    window.openLetter(b);
    REQUIRE(window.tabCount() == 2);
    choose(window, a);

    QString question;
    whenModal([&](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        REQUIRE(box);
        question = box->text() + QLatin1Char(' ') + box->informativeText();
        QAbstractButton* keep = buttonNamed(box, QStringLiteral("Remove, Keep Annotations"));
        REQUIRE(keep);
        REQUIRE(buttonNamed(box, QStringLiteral("Remove with Annotations")));
        keep->click();
    });
    // The Delete key in the tree is Remove from Library.
    QApplication::setActiveWindow(&window);
    window.dossierPanel()->view()->setFocus();
    REQUIRE(window.libraryActions()->removeAction()->isEnabled());
    QTest::keyClick(window.dossierPanel()->view(), Qt::Key_Delete);
    INFO(question.toStdString());
    CHECK(question.contains(QStringLiteral("1 annotation")));
    CHECK_FALSE(f.library->letter(a).has_value());
    CHECK(f.library->letter(b).has_value());
    REQUIRE(waitFor([&] { return window.tabCount() == 1; }));
    CHECK(window.currentTab()->letterId() == b);
    CHECK(waitFor([&] { return window.dossierPanel()->model()->letterCount() == 1; }));

    window.undoStack()->undo();
    REQUIRE(f.library->letter(a).has_value());
    CHECK(AnnotationStore(*f.library).forLetter(a).size() == 1);
    CHECK(f.library->letter(b).has_value());
    REQUIRE(waitFor([&] { return window.dossierPanel()->model()->letterCount() == 2; }));
    CHECK(f.library->letter(b).has_value());

    // Cancel removes nothing.
    choose(window, b);
    whenModal([](QWidget* modal) { qobject_cast<QMessageBox*>(modal)->reject(); }); // Escape
    window.libraryActions()->removeAction()->trigger();
    CHECK(f.library->letter(b).has_value());
}

TEST_CASE("Merge Documents makes the two chosen letters one, keeping the details asked for")
{
    UiFixture f;
    const qint64 a = f.importTextLetter(QStringLiteral("1"), kBody);
    const qint64 b = f.importTextLetter(QStringLiteral("2"), QStringLiteral("Dezelfde brief, apart ingelezen."));
    MainWindow window(f.library.get());
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.session()->annotateQuote(b, QStringLiteral("apart ingelezen"), 1, QStringLiteral("green")).ok());
    choose(window, a);
    CHECK_FALSE(window.libraryActions()->mergeAction()->isEnabled()); // one letter: nothing to merge with
    QTreeView* view = window.dossierPanel()->view();
    const QPersistentModelIndex first = view->currentIndex();
    window.dossierPanel()->reveal(*f.library->letter(b));
    const QPersistentModelIndex second = view->currentIndex();
    // Ctrl+click on both, as the reader chooses two letters.
    view->selectionModel()->clearSelection();
    view->selectionModel()->select(first, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(second, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    REQUIRE(window.libraryActions()->mergeAction()->isEnabled());

    QString question;
    whenModal([&](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        REQUIRE(box);
        question = box->text();
        // The second button keeps the details of the second letter chosen.
        QList<QAbstractButton*> keeps;
        for (QAbstractButton* button : box->buttons())
            if (button->text().startsWith(QStringLiteral("Keep the Details")))
                keeps.append(button);
        REQUIRE(keeps.size() == 2);
        keeps[1]->click();
    });
    window.libraryActions()->mergeAction()->trigger();
    INFO(question.toStdString());
    CHECK(question.contains(QStringLiteral("nr. 1")));
    CHECK(question.contains(QStringLiteral("nr. 2")));
    const qint64 kept = f.library->letter(b) ? b : a;
    REQUIRE(kept == b);
    CHECK_FALSE(f.library->letter(a).has_value());
    CHECK(f.library->letter(b)->renditions.size() == 2);
    CHECK(f.library->letter(b)->metadata.ondernummer == QStringLiteral("2"));
    CHECK(window.currentTab()->letterId() == b);
    REQUIRE(waitFor([&] { return window.dossierPanel()->model()->letterCount() == 1; }));

    window.undoStack()->undo();
    CHECK(f.library->letter(a).has_value());
    CHECK(f.library->letter(b)->renditions.size() == 1);
    CHECK(AnnotationStore(*f.library).forLetter(b).size() == 1);
}
