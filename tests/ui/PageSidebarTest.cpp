#include "PageSidebar.h"
#include "MainWindow.h"
#include "PdfPageWidget.h"
#include "PdfView.h"
#include "ReaderTab.h"
#include "TestPaths.h"
#include "ThumbnailModel.h"
#include "UiFixture.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QListView>
#include <QPixmap>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>
#include <catch2/catch.hpp>

using namespace kl;

namespace {

int darkPixels(const QImage& image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += qGray(image.pixel(x, y)) < 128;
    return n;
}

} // namespace

TEST_CASE("The Contents dock shows the PDF's outline and a click goes to the section", "[ui][pdf][outline]")
{
    UiFixture f;
    const qint64 id = f.import({TestPaths::data("outline-links.pdf")}).first();
    MainWindow window(f.library.get());
    window.resize(1200, 800);
    window.show();
    ReaderTab* t = window.openLetter(id);
    PdfView* view = t->pdfView();
    REQUIRE(view);
    PageSidebar* sidebar = window.pageSidebar();
    REQUIRE(sidebar->view() == view);

    QStandardItemModel* outline = sidebar->outlineModel();
    QAbstractItemModelTester tester(outline, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(outline->rowCount() == 2);
    CHECK(outline->item(0)->text() == QStringLiteral("1. Asiel en migratie"));
    CHECK(outline->item(1)->text() == QStringLiteral("2. Wonen"));
    REQUIRE(outline->item(0)->rowCount() == 1);
    QStandardItem* section = outline->item(0)->child(0);
    CHECK(section->text() == QStringLiteral("1.1 Opvang"));
    CHECK(section->data(PageSidebar::PageRole).toInt() == 1);
    CHECK(section->data(PageSidebar::TopRole).toDouble() == Approx(0.5).margin(0.01));
    CHECK(sidebar->outlineView()->isExpanded(outline->index(0, 0)));

    view->setZoom(1.0);
    sidebar->outlineView()->activated(outline->index(1, 0));
    CHECK(view->currentPage() == 2);
    sidebar->outlineView()->activated(section->index());
    CHECK(view->place().page == 1);
    CHECK(view->place().fraction == Approx(0.48).margin(0.02));
}

TEST_CASE("A table of contents' links in a PDF go to their pages", "[ui][pdf][links]")
{
    UiFixture f;
    const qint64 id = f.import({TestPaths::data("outline-links.pdf")}).first();
    MainWindow window(f.library.get());
    window.resize(1200, 800);
    window.show();
    PdfView* view = window.openLetter(id)->pdfView();
    REQUIRE(view);
    view->setZoom(1.0);
    REQUIRE(view->links(0).size() == 2);
    CHECK(view->links(1).isEmpty());
    const PdfLink toWonen = view->links(0).at(1);
    CHECK(toWonen.page == 2);
    CHECK(view->toolTipAt(0, toWonen.area.center()) == QStringLiteral("Go to page 3"));

    // A click on the line of the table of contents, as a reader does.
    PdfPageWidget* first = view->pageWidget(0);
    const QPoint at = first->toWidget(toWonen.area).center().toPoint();
    QTest::mouseClick(first, Qt::LeftButton, {}, at);
    CHECK(view->currentPage() == 2);
    CHECK(view->linkAt(0, QPointF(0.9, 0.9)) == nullptr);
}

TEST_CASE("The Contents dock shows a thumbnail per page, rendered, and a click goes to the page",
          "[ui][pdf][thumbnails]")
{
    UiFixture f;
    const QList<qint64> ids = f.import({TestPaths::data("outline-links.pdf")});
    const qint64 text = f.importTextLetter(QStringLiteral("60"), QStringLiteral("Een brief zonder pagina's."));
    MainWindow window(f.library.get());
    window.resize(1200, 800);
    window.show();
    PdfView* view = window.openLetter(ids.first())->pdfView();
    view->setZoom(1.0);
    ThumbnailModel* thumbnails = window.pageSidebar()->thumbnailModel();
    REQUIRE(thumbnails);
    QAbstractItemModelTester tester(thumbnails, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(thumbnails->rowCount() == 3);

    // The picture is asked for as the view paints it; it comes from the render workers.
    const QModelIndex first = thumbnails->index(0);
    first.data(Qt::DecorationRole);
    REQUIRE(waitFor([&] { return first.data(ThumbnailModel::RenderedRole).toBool(); }, 10000));
    const QImage picture = first.data(Qt::DecorationRole).value<QPixmap>().toImage();
    CHECK(picture.width() >= 100);
    CHECK(picture.height() > picture.width()); // A4 stands upright
    CHECK(darkPixels(picture) > 20);           // the heading and lines are drawn

    window.pageSidebar()->thumbnailView()->clicked(thumbnails->index(2));
    CHECK(view->currentPage() == 2);
    // The current page's thumbnail follows the reading.
    view->goToPage(1);
    REQUIRE(waitFor([&] { return window.pageSidebar()->thumbnailView()->currentIndex().row() == 1; }, 2000));

    // A text letter has no pages to show.
    window.openLetter(text);
    CHECK(window.pageSidebar()->view() == nullptr);
    CHECK(window.pageSidebar()->thumbnailModel() == nullptr);
}

TEST_CASE("The Regeerprogramma's table of contents takes the reader to its chapters", "[ui][pdf][links][corpus]")
{
    const QString path =
        TestPaths::corpus(QStringLiteral("pdf/regeerprogramma-2024-09-13__uitwerking-hoofdlijnenakkoord.pdf"));
    if (path.isEmpty() || !QFile::exists(path)) {
        WARN("SKIPPED: the corpus (../shared/corpus) is absent; this test needs the Regeerprogramma");
        return;
    }
    UiFixture f;
    const qint64 id = f.import({path}).first();
    MainWindow window(f.library.get());
    window.resize(1200, 800);
    window.show();
    PdfView* view = window.openLetter(id)->pdfView();
    REQUIRE(view);
    // "1 Bestaanszekerheid en koopkracht ... 10" in the contents goes to page 10.
    const PdfLink* chapter = nullptr;
    for (int page = 0; page < 6 && !chapter; ++page)
        for (const PdfLink& link : view->links(page))
            if (link.page == 9) {
                chapter = &link;
                break;
            }
    REQUIRE(chapter);
    view->followLink(*chapter);
    CHECK(view->currentPage() == 9);
    CHECK(window.pageSidebar()->outlineModel()->rowCount() > 3);
}
