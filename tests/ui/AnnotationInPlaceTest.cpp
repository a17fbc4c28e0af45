#include "AnnotationMenu.h"
#include "MainWindow.h"
#include "ModalAnswer.h"
#include "NoteDialog.h"
#include "PdfView.h"
#include "ReaderTab.h"
#include "TestPaths.h"
#include "TextView.h"
#include "UiFixture.h"

#include "annotations/AnnotationStore.h"
#include "session/LibrarySession.h"

#include <QApplication>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTimer>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace kl;

namespace {

QAction* actionNamed(QMenu* menu, const QString& text)
{
    for (QAction* a : menu->actions())
        if (a->text().remove(QLatin1Char('&')) == text)
            return a;
    return nullptr;
}

std::optional<Annotation> stored(MainWindow& window, qint64 id)
{
    return window.session()->annotations().annotation(id);
}

} // namespace

TEST_CASE("Right-click on a highlight in a text letter changes its colour, note and style, or deletes it",
          "[ui][annotations]")
{
    UiFixture f;
    const qint64 letter = f.importTextLetter(
        QStringLiteral("50"), QStringLiteral("Het kabinet wil de opvang van asielzoekers beter spreiden."));
    MainWindow window(f.library.get());
    window.resize(1200, 800);
    window.show();
    const qint64 id = window.session()
                          ->annotateQuote(letter, QStringLiteral("opvang van asielzoekers"), 1,
                                          QStringLiteral("yellow"), QStringLiteral("Vraag **hoeveel** plaatsen"))
                          .valueOr(0);
    REQUIRE(id);
    ReaderTab* t = window.openLetter(letter);
    TextView* view = t->textView();
    REQUIRE(view);
    REQUIRE(view->marks().size() == 1);
    const QPoint on = view->rectOf(view->marks().first().start + 3).center();
    CHECK(view->annotationAt(on) == id);
    CHECK(view->annotationAt(view->rectOf(view->marks().first().start - 8).center()) == 0);

    // Hovering shows the note, its Markdown read, not printed.
    CHECK(view->marks().first().tip.contains(QStringLiteral("Vraag hoeveel plaatsen")));

    std::unique_ptr<QMenu> menu = view->contextMenuAt(on);
    QAction* colour = actionNamed(menu.get(), QStringLiteral("Colour"));
    REQUIRE(colour);
    REQUIRE(colour->menu());
    QAction* green = nullptr;
    for (QAction* a : colour->menu()->actions())
        if (a->data().toString() == QLatin1String("green"))
            green = a;
    REQUIRE(green);
    green->trigger();
    CHECK(stored(window, id)->color == QLatin1String("green"));

    menu = view->contextMenuAt(on);
    REQUIRE(actionNamed(menu.get(), QStringLiteral("Make Underline")));
    actionNamed(menu.get(), QStringLiteral("Make Underline"))->trigger();
    CHECK(stored(window, id)->style == Annotation::Underline);

    menu = view->contextMenuAt(on);
    REQUIRE(actionNamed(menu.get(), QStringLiteral("Edit Note…")));
    bool asked = false;
    whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<NoteDialog*>(modal);
        REQUIRE(dialog);
        asked = true;
        CHECK(dialog->note() == QStringLiteral("Vraag **hoeveel** plaatsen"));
        // Long notes wrap in the box; the dialog fits a laptop's screen.
        CHECK(dialog->findChild<QPlainTextEdit*>()->lineWrapMode() == QPlainTextEdit::WidgetWidth);
        CHECK(dialog->width() <= 600);
        dialog->setNote(QStringLiteral("Navragen bij het COA"));
        dialog->accept();
    });
    actionNamed(menu.get(), QStringLiteral("Edit Note…"))->trigger();
    REQUIRE(waitFor([&] { return stored(window, id)->note == QLatin1String("Navragen bij het COA"); }, 5000));
    CHECK(asked);

    menu = view->contextMenuAt(on);
    REQUIRE(actionNamed(menu.get(), QStringLiteral("Delete Underline")));
    actionNamed(menu.get(), QStringLiteral("Delete Underline"))->trigger();
    CHECK_FALSE(stored(window, id));
    CHECK(view->marks().isEmpty());

    // Each was one undo step: undoing the delete brings it back with the new note, colour and style.
    window.undoStack()->undo();
    REQUIRE(stored(window, id));
    CHECK(stored(window, id)->note == QLatin1String("Navragen bij het COA"));
    CHECK(stored(window, id)->color == QLatin1String("green"));
    for (int i = 0; i < 3; ++i)
        window.undoStack()->undo();
    CHECK(stored(window, id)->color == QLatin1String("yellow"));
    CHECK(stored(window, id)->style == Annotation::Highlight);

    // Off the highlight, the menu has no annotation actions.
    menu = view->contextMenuAt(view->rectOf(0).center());
    CHECK_FALSE(actionNamed(menu.get(), QStringLiteral("Delete Highlight")));
}

TEST_CASE("Right-click on a highlight on a PDF page deletes it, hovering shows its note", "[ui][annotations][pdf]")
{
    UiFixture f;
    const qint64 letter = f.import({TestPaths::data("two-pages.pdf")}).first();
    MainWindow window(f.library.get());
    window.resize(1200, 800);
    window.show();
    const qint64 id = window.session()
                          ->annotateQuote(letter, QStringLiteral("De eerste pagina eindigt"), 1,
                                          QStringLiteral("yellow"), QStringLiteral("Zie *bijlage*"))
                          .valueOr(0);
    REQUIRE(id);
    ReaderTab* t = window.openLetter(letter);
    PdfView* view = t->pdfView();
    REQUIRE(view);
    REQUIRE(waitFor([&] { return !view->annotationMarks(0).isEmpty(); }, 5000));
    const QPointF on = view->annotationMarks(0).first().rects.first().center();
    CHECK(view->annotationAt(0, on) == id);
    CHECK(view->annotationAt(0, QPointF(0.02, 0.98)) == 0);
    CHECK(view->toolTipAt(0, on).contains(QStringLiteral("Zie bijlage")));

    std::unique_ptr<QMenu> menu = view->contextMenuAt(0, on);
    REQUIRE(actionNamed(menu.get(), QStringLiteral("Delete Highlight")));
    actionNamed(menu.get(), QStringLiteral("Delete Highlight"))->trigger();
    CHECK_FALSE(stored(window, id));
    REQUIRE(waitFor([&] { return view->annotationMarks(0).isEmpty(); }, 2000));
    window.undoStack()->undo();
    CHECK(stored(window, id));
}
