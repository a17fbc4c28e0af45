#include "MainWindow.h"
#include "PdfPageWidget.h"
#include "PdfView.h"
#include "ReaderTab.h"
#include "ShortcutsDialog.h"
#include "TestPaths.h"
#include "UiFixture.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace kl;

namespace {

QAction* menuAction(MainWindow& window, const QString& text)
{
    for (QAction* top : window.menuBar()->actions())
        if (top->menu())
            for (QAction* a : top->menu()->actions())
                if (a->text().remove(QLatin1Char('&')) == text)
                    return a;
    return nullptr;
}

} // namespace

TEST_CASE("Two Pages lays a PDF's pages side by side and the document keeps it", "[ui][pdf][twopages]")
{
    QSettings().remove(QStringLiteral("places"));
    UiFixture f;
    const qint64 id = f.import({TestPaths::data("outline-links.pdf")}).first();
    MainWindow window(f.library.get());
    window.resize(1200, 800);
    window.show();
    PdfView* view = window.openLetter(id)->pdfView();
    REQUIRE(view);
    QAction* twoPages = menuAction(window, QStringLiteral("Two Pages"));
    REQUIRE(twoPages);
    CHECK(twoPages->isEnabled());
    CHECK_FALSE(twoPages->isChecked());
    const int oneColumnWidth = view->pageWidget(0)->width();
    CHECK(view->pageWidget(1)->y() > view->pageWidget(0)->y());

    twoPages->trigger();
    CHECK(view->twoPages());
    // Pages 1 and 2 side by side, page 3 under them; fit width makes room for two.
    CHECK(view->pageWidget(1)->y() == view->pageWidget(0)->y());
    CHECK(view->pageWidget(1)->x() > view->pageWidget(0)->geometry().right());
    CHECK(view->pageWidget(2)->y() > view->pageWidget(0)->geometry().bottom());
    CHECK(view->pageWidget(0)->width() < oneColumnWidth * 0.6);
    CHECK(view->pageWidget(1)->geometry().right() < view->viewport()->width());

    // Closed and opened again: still two pages.
    window.tabs()->tabCloseRequested(0);
    REQUIRE(waitFor([&] { return window.tabCount() == 0; }, 2000));
    CHECK_FALSE(twoPages->isEnabled());
    view = window.openLetter(id)->pdfView();
    CHECK(view->twoPages());
    CHECK(twoPages->isChecked());
    twoPages->trigger();
    CHECK_FALSE(view->twoPages());
    CHECK(view->pageWidget(1)->y() > view->pageWidget(0)->y());
    QSettings().remove(QStringLiteral("places"));
}

TEST_CASE("Full Screen fills the screen and F11 again leaves it", "[ui][fullscreen]")
{
    UiFixture f;
    MainWindow window(f.library.get());
    window.show();
    QAction* fullScreen = menuAction(window, QStringLiteral("Full Screen"));
    REQUIRE(fullScreen);
    CHECK(fullScreen->shortcuts() == QKeySequence::keyBindings(QKeySequence::FullScreen));
    fullScreen->trigger();
    REQUIRE(waitFor([&] { return bool(window.windowState() & Qt::WindowFullScreen); }, 2000));
    fullScreen->trigger();
    REQUIRE(waitFor([&] { return !(window.windowState() & Qt::WindowFullScreen); }, 2000));
    CHECK_FALSE(fullScreen->isChecked());
}

TEST_CASE("Help, Keyboard Shortcuts lists the menus' commands with their keys and filters them", "[ui][shortcuts]")
{
    UiFixture f;
    MainWindow window(f.library.get());
    ShortcutsDialog dialog(window.menuBar());
    QTreeWidget* list = dialog.list();
    QHash<QString, QString> keys;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        for (int j = 0; j < list->topLevelItem(i)->childCount(); ++j)
            keys.insert(list->topLevelItem(i)->child(j)->text(0), list->topLevelItem(i)->child(j)->text(1));
    CHECK(keys.value(QStringLiteral("Find…")) == QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText));
    CHECK(keys.value(QStringLiteral("Highlight")) == QStringLiteral("Ctrl+H"));
    CHECK(keys.value(QStringLiteral("Print Document…")) == QStringLiteral("Ctrl+Shift+P"));
    CHECK(keys.value(QStringLiteral("Briefing Pack…")) == QStringLiteral("Ctrl+P"));
    CHECK(keys.value(QStringLiteral("Keyboard Shortcuts")) == QStringLiteral("Ctrl+F1"));
    CHECK_FALSE(keys.contains(QStringLiteral("Import Folder…"))); // no key: not listed

    dialog.setFilter(QStringLiteral("pack"));
    int shown = 0;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        for (int j = 0; j < list->topLevelItem(i)->childCount(); ++j)
            shown += !list->topLevelItem(i)->child(j)->isHidden();
    CHECK(shown == 1);
}
