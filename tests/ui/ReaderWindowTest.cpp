#include "DossierPanel.h"
#include "FindBar.h"
#include "MainWindow.h"
#include "MetadataPanel.h"
#include "ReaderTab.h"
#include "TextView.h"
#include "UiFixture.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using kl::MainWindow;
using kl::ReaderTab;

namespace {
const QString kBody = QStringLiteral("Het kabinet stuurt u deze brief over asiel.\n\n"
                                     "Het Kabinet heeft besloten. Het kabinetsbeleid blijft.\n\n"
                                     "Tot slot: het kabinet komt hier op terug.");
} // namespace

TEST_CASE("Opening a letter opens one tab and opening it again focuses that tab", "[ui][tabs]")
{
    UiFixture fx;
    const qint64 a = fx.importTextLetter("10", kBody);
    const qint64 b = fx.importTextLetter("11", kBody);
    MainWindow window(fx.library.get());
    window.show();

    ReaderTab* first = window.openLetter(a);
    REQUIRE(first);
    CHECK(window.tabCount() == 1);
    ReaderTab* second = window.openLetter(b);
    CHECK(window.tabCount() == 2);
    CHECK(window.currentTab() == second);
    CHECK(window.openLetter(a) == first);
    CHECK(window.tabCount() == 2);
    CHECK(window.currentTab() == first);
    CHECK(window.openLetter(987654) == nullptr);

    // The details follow the current tab.
    CHECK(window.metadataPanel()->citation() == "Kamerstukken II 2024/25, 19637, nr. 10");
    window.tabs()->setCurrentIndex(1);
    CHECK(window.metadataPanel()->citation() == "Kamerstukken II 2024/25, 19637, nr. 11");

    // A middle click on a tab closes it.
    QTabBar* bar = window.tabs()->tabBar();
    QTest::mouseClick(bar, Qt::MiddleButton, {}, bar->tabRect(0).center());
    REQUIRE(waitFor([&] { return window.tabCount() == 1; }, 2000));
    CHECK(window.currentTab()->letterId() == b);
}

TEST_CASE("Open tabs come back on the next start", "[ui][tabs]")
{
    UiFixture fx;
    const qint64 a = fx.importTextLetter("10", kBody);
    const qint64 b = fx.importTextLetter("11", kBody);
    {
        MainWindow window(fx.library.get());
        window.openLetter(b);
        window.openLetter(a);
        window.saveSession();
    }
    MainWindow again(fx.library.get());
    again.restoreSession();
    REQUIRE(again.tabCount() == 2);
    CHECK(again.tab(0)->letterId() == b);
    CHECK(again.tab(1)->letterId() == a);
    CHECK(again.currentTab()->letterId() == a);
    QSettings().remove("session"); // leave no tabs for other tests
}

TEST_CASE("Find in a text letter marks every hit", "[ui][find]")
{
    UiFixture fx;
    const qint64 id = fx.importTextLetter("10", kBody);
    MainWindow window(fx.library.get());
    window.show();
    ReaderTab* tab = window.openLetter(id);
    REQUIRE(tab);
    kl::TextView* view = tab->textView();
    REQUIRE(view);

    // Occurrences counted in the stored text, not by the view.
    const QString stored = fx.library->pageTexts(tab->currentRenditionId()).join("\n");
    const int occurrences = int(stored.count("kabinet", Qt::CaseInsensitive));
    REQUIRE(occurrences == 4);

    CHECK(view->find("kabinet") == occurrences);
    CHECK(view->extraSelections().size() == occurrences);
    for (const QTextEdit::ExtraSelection& mark : view->extraSelections())
        CHECK(mark.cursor.selectedText().compare("kabinet", Qt::CaseInsensitive) == 0);
    CHECK(view->findNext(false) >= 0);
    CHECK(view->selectedText().compare("kabinet", Qt::CaseInsensitive) == 0);
    view->copy();
    CHECK(QApplication::clipboard()->text().compare("kabinet", Qt::CaseInsensitive) == 0);
    CHECK(view->find(QString()) == 0);
    CHECK(view->extraSelections().isEmpty());

    // Through the find bar, as the reader uses it.
    tab->find();
    REQUIRE(tab->findBar()->isVisible());
    QLineEdit* field = tab->findBar()->findChild<QLineEdit*>();
    REQUIRE(field);
    QTest::keyClicks(field, "brief");
    CHECK(view->hitCount() == int(stored.count("brief", Qt::CaseInsensitive)));
}

TEST_CASE("A text letter is laid out with its header and paragraphs", "[ui][text]")
{
    UiFixture fx;
    const qint64 id = fx.importTextLetter("10", kBody);
    MainWindow window(fx.library.get());
    ReaderTab* tab = window.openLetter(id);
    REQUIRE(tab);
    const QString text = tab->textView()->toPlainText();
    CHECK(text.contains("BRIEF VAN DE MINISTER VAN ASIEL EN MIGRATIE"));
    CHECK(text.contains("Tot slot: het kabinet komt hier op terug."));
    // Paragraphs are blocks of their own; markup of the seed text is gone.
    CHECK(tab->textView()->document()->blockCount() >= 8);
    CHECK_FALSE(text.contains("**"));
}

TEST_CASE("Find in a text letter starts where the reader has scrolled to, not at the top", "[ui][find]")
{
    UiFixture fx;
    QStringList paragraphs;
    for (int i = 1; i <= 80; ++i)
        paragraphs.append(QStringLiteral("Alinea %1 over de opvang in de gemeenten.").arg(i));
    const qint64 id = fx.importTextLetter("12", paragraphs.join("\n\n"));
    MainWindow window(fx.library.get());
    window.resize(1000, 700);
    window.show();
    kl::TextView* view = window.openLetter(id)->textView();
    REQUIRE(view);
    REQUIRE(waitFor([&] { return view->verticalScrollBar()->maximum() > 0; }, 2000));
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
    REQUIRE(view->find("opvang") == 80);
    QTest::qWait(50);
    const int topLine = view->cursorForPosition(QPoint(0, 0)).position();
    INFO("top " << topLine << " cursor " << view->textCursor().position() << " scroll "
                << view->verticalScrollBar()->value() << "/" << view->verticalScrollBar()->maximum());
    const int hit = view->findNext(false);
    CHECK(hit > 20);
    CHECK(view->textCursor().selectionStart() >= topLine);
}
