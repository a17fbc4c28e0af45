#include "MainWindow.h"
#include "PdfView.h"
#include "ReaderTab.h"
#include "ReadingPlaces.h"
#include "RecentDocumentsMenu.h"
#include "TestPaths.h"
#include "TextView.h"
#include "UiFixture.h"

#include "session/LibrarySession.h"

#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QTest>
#include <QTextBlock>
#include <catch2/catch.hpp>

using namespace kl;

namespace {

// Places and the recent list of one test must not reach the next.
struct CleanSettings {
    CleanSettings() { clear(); }
    ~CleanSettings() { clear(); }
    static void clear()
    {
        QSettings().remove(QStringLiteral("places"));
        QSettings().remove(QStringLiteral("session"));
    }
};

QString longBody()
{
    QStringList paragraphs;
    for (int i = 1; i <= 120; ++i)
        paragraphs.append(QStringLiteral("Alinea %1 over de opvang van asielzoekers in de gemeenten.").arg(i));
    return paragraphs.join(QStringLiteral("\n\n"));
}

int firstVisibleParagraph(TextView* view)
{
    const QString line = view->cursorForPosition(QPoint(5, 5)).block().text();
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Alinea (\\d+)")).match(line);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace

TEST_CASE("A PDF opens again at the page and zoom where it was left, also after a restart", "[ui][places]")
{
    CleanSettings clean;
    UiFixture f;
    const qint64 id = f.import({TestPaths::data("two-pages.pdf")}).first();
    {
        MainWindow window(f.library.get());
        window.resize(1200, 800);
        window.show();
        ReaderTab* t = window.openLetter(id);
        REQUIRE(t->pdfView());
        t->pdfView()->setZoom(1.5);
        t->pdfView()->setPlace({1, 0.25});
        REQUIRE(t->pdfView()->currentPage() == 1);
        window.tabs()->tabCloseRequested(0);
        REQUIRE(waitFor([&] { return window.tabCount() == 0; }, 2000));

        t = window.openLetter(id);
        REQUIRE(waitFor([&] { return t->pdfView()->currentPage() == 1; }, 2000));
        CHECK(t->pdfView()->zoom() == Approx(1.5));
        CHECK(t->pdfView()->zoomMode() == PdfView::ZoomMode::Custom);
        CHECK(t->pdfView()->place().fraction == Approx(0.25).margin(0.02));
        window.saveSession();
    }
    // The next start: the tab comes back where it was, at its zoom.
    MainWindow again(f.library.get());
    again.resize(1200, 800);
    again.show();
    again.restoreSession();
    REQUIRE(again.tabCount() == 1);
    PdfView* view = again.currentTab()->pdfView();
    REQUIRE(view);
    REQUIRE(waitFor([&] { return view->currentPage() == 1; }, 2000));
    CHECK(view->zoom() == Approx(1.5));
}

TEST_CASE("A text letter opens again at the paragraph where it was left, following a link does not", "[ui][places]")
{
    CleanSettings clean;
    UiFixture f;
    const qint64 id = f.importTextLetter(QStringLiteral("40"), longBody());
    MainWindow window(f.library.get());
    window.resize(1200, 800);
    window.show();
    ReaderTab* t = window.openLetter(id);
    TextView* view = t->textView();
    REQUIRE(view);
    REQUIRE(waitFor([&] { return view->verticalScrollBar()->maximum() > 0; }, 2000));
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
    const int left = firstVisibleParagraph(view);
    REQUIRE(left > 20);
    window.tabs()->tabCloseRequested(0);
    REQUIRE(waitFor([&] { return window.tabCount() == 0; }, 2000));

    t = window.openLetter(id);
    REQUIRE(waitFor([&] { return firstVisibleParagraph(t->textView()) == left; }, 2000));

    // Opened at a passage (a search hit, a reference), the passage wins over the place.
    window.tabs()->tabCloseRequested(0);
    REQUIRE(waitFor([&] { return window.tabCount() == 0; }, 2000));
    const qint64 rendition = f.library->letter(id)->renditions.first().id;
    ReaderTab* atPassage = window.openPassage(id, rendition, 0, 5);
    REQUIRE(atPassage);
    QTest::qWait(50);
    CHECK(firstVisibleParagraph(atPassage->textView()) < 3);
}

TEST_CASE("Open Recent lists the documents read last, newest first, and can be cleared", "[ui][places]")
{
    CleanSettings clean;
    UiFixture f;
    const qint64 a = f.importTextLetter(QStringLiteral("41"), QStringLiteral("Eerste brief."));
    const qint64 b = f.importTextLetter(QStringLiteral("42"), QStringLiteral("Tweede brief."));
    const qint64 c = f.importTextLetter(QStringLiteral("43"), QStringLiteral("Derde brief."));
    MainWindow window(f.library.get());
    window.show();
    for (qint64 id : {a, b, c})
        window.openLetter(id);
    window.openLetter(a); // read again: first in the list
    CHECK(window.readingPlaces()->recent(10) == QList<qint64>{a, c, b});

    auto* menu = window.findChild<RecentDocumentsMenu*>();
    REQUIRE(menu);
    menu->refill();
    QList<QAction*> items = menu->actions();
    REQUIRE(items.size() == 5); // three documents, a separator, Clear List
    CHECK(items[0]->toolTip() == f.library->letter(a)->metadata.citation());
    CHECK(items[1]->toolTip() == f.library->letter(c)->metadata.citation());

    // Choosing one opens it (here: brings its tab forward).
    window.tabs()->setCurrentIndex(0);
    items[1]->trigger();
    CHECK(window.currentTab()->letterId() == c);

    // A removed document leaves the list.
    REQUIRE(window.session()->removeLetters({c}, true));
    menu->refill();
    CHECK(menu->actions().size() == 4);

    menu->actions().last()->trigger(); // Clear List
    REQUIRE(menu->actions().size() == 1);
    CHECK_FALSE(menu->actions().first()->isEnabled());
}
