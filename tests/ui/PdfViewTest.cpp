#include "PdfView.h"
#include "MainWindow.h"
#include "PdfDocument.h"
#include "PdfPageWidget.h"
#include "PdfRenderer.h"
#include "ReaderTab.h"
#include "TestPaths.h"
#include "UiFixture.h"

#include <catch2/catch.hpp>

#include "FindBar.h"
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using kl::PdfView;

namespace {

bool haveCorpusOrSay()
{
    if (TestPaths::haveCorpus())
        return true;
    WARN("SKIPPED: the corpus (../shared/corpus) is absent; this test needs its PDFs");
    return false;
}

// A two-page Kamerbrief of the fixtures: these tests need a real PDF, not the corpus.
QString samplePdf()
{
    return TestPaths::data("two-pages.pdf");
}

int nonWhitePixels(const QImage& image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int n = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const QRgb* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            n += qGray(line[x]) < 200;
    }
    return n;
}

// The sample letter shown 800 px wide, its first page rendered.
std::unique_ptr<PdfView> shownSample()
{
    QString error;
    auto doc = kl::PdfDocument::load(samplePdf(), &error);
    REQUIRE(doc);
    auto view = std::make_unique<PdfView>(doc, QStringList{});
    view->resize(800, 1000);
    view->show();
    REQUIRE(waitFor([&] { return !view->renderer()->image(0, view->renderWidthPx(0)).isNull(); }));
    REQUIRE(view->renderer()->pageTextNow(0).words.size() > 5);
    return view;
}

} // namespace

TEST_CASE("A rendered PDF page is not blank", "[ui][pdf]")
{
    QString error;
    auto doc = kl::PdfDocument::load(samplePdf(), &error);
    REQUIRE(doc);
    REQUIRE(doc->pageCount() > 0);

    PdfView view(doc, {});
    view.resize(800, 1000);
    view.show();
    QSignalSpy ready(view.renderer(), &kl::PdfRenderer::pageReady);
    REQUIRE(waitFor([&] { return !view.renderer()->image(0, view.renderWidthPx(0)).isNull(); }));
    const QImage image = view.renderer()->image(0, view.renderWidthPx(0));
    CHECK(image.width() == view.renderWidthPx(0));
    // A page of a letter has a thousand dark text pixels and more; a blank page has none.
    CHECK(nonWhitePixels(image) > 1000);
    // And the page widget shows it, not the placeholder.
    const QImage shown = view.pageWidget(0)->grab().toImage();
    CHECK(nonWhitePixels(shown) > 1000);
    CHECK(ready.count() >= 1);
}

TEST_CASE("Find in a PDF marks every hit", "[ui][pdf][find]")
{
    UiFixture fx;
    const qint64 id = fx.import({samplePdf()}).first();
    kl::MainWindow window(fx.library.get());
    window.show();
    kl::ReaderTab* tab = window.openLetter(id);
    REQUIRE(tab);
    PdfView* view = tab->pdfView();
    REQUIRE(view);

    const QStringList pages = fx.library->pageTexts(tab->currentRenditionId());
    int occurrences = 0;
    for (const QString& page : pages)
        occurrences += int(page.count("de", Qt::CaseInsensitive));
    REQUIRE(occurrences > 3);

    CHECK(view->find("de") == occurrences);
    // Marks need the words of each page; read them all, then every hit must be drawn somewhere.
    for (int i = 0; i < view->pageCount(); ++i)
        view->renderer()->pageTextNow(i);
    CHECK(view->markedHitCount() == occurrences);
    int rectsOnFirstPage = 0;
    for (const auto& mark : view->hitRects(0))
        rectsOnFirstPage += mark.rect.isValid();
    CHECK(rectsOnFirstPage == int(pages[0].count("de", Qt::CaseInsensitive)));
    CHECK(view->findNext(false) == 0);
    CHECK(view->findNext(true) == occurrences - 1);
}

TEST_CASE("Selecting a PDF line with the mouse copies exactly that text", "[ui][pdf][selection]")
{
    QString error;
    auto doc = kl::PdfDocument::load(samplePdf(), &error);
    REQUIRE(doc);
    PdfView view(doc, {});
    view.resize(900, 1000);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));

    // A line of at least four words: consecutive words on one baseline, no line break between them.
    const kl::PageText& page = view.renderer()->pageTextNow(0);
    int first = -1, last = -1;
    for (int i = 0; i + 3 < page.words.size() && first < 0; ++i) {
        int j = i;
        while (j + 1 < page.words.size() &&
               std::abs(page.words[j + 1].rect.center().y() - page.words[i].rect.center().y()) <
                   page.words[i].rect.height() / 2 &&
               !page.text.mid(page.words[j].end, page.words[j + 1].start - page.words[j].end).contains('\n'))
            ++j;
        if (j - i >= 3) {
            first = i;
            last = j;
        }
    }
    REQUIRE(first >= 0);
    const QString expected = page.text.mid(page.words[first].start, page.words[last].end - page.words[first].start);
    INFO("line: " << expected.toStdString());

    kl::PdfPageWidget* widget = view.pageWidget(0);
    const QPoint from = widget->toWidget(page.words[first].rect.center()).toPoint();
    const QPoint middle = widget->toWidget(page.words[(first + last) / 2].rect.center()).toPoint();
    const QPoint to = widget->toWidget(page.words[last].rect.center()).toPoint();
    QApplication::clipboard()->clear();
    QTest::mousePress(widget, Qt::LeftButton, {}, from);
    QTest::mouseMove(widget, middle);
    QTest::mouseMove(widget, to);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, to);
    CHECK(view.selectedText() == expected);
    CHECK(view.selectionRects(0).size() == last - first + 1);

    view.setFocus();
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    if (QApplication::clipboard()->text().isEmpty())
        view.copy(); // no window menu here to own Ctrl+C
    CHECK(QApplication::clipboard()->text() == expected);

    // A click without a drag clears the selection.
    QTest::mouseClick(widget, Qt::LeftButton, {}, from);
    CHECK(view.selectedText().isEmpty());
}

// A render job outlives its renderer, so the program can end while a worker is still in Poppler; the pool must be
// drained before exit() destroys Poppler's globals. A helper program ends just as its page renders, in 40 runs at
// different sizes so some end inside the text extraction: without the drain about one in four crashes.
TEST_CASE("A program that ends while a page is still rendering exits cleanly", "[ui][pdf][threads]")
{
    const QList<int> widths{1, 10, 50, 100, 200};
    for (int run = 0; run < 40; ++run) {
        const QString width = QString::number(widths[run % widths.size()]);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(KAMERLEZER_RENDER_AND_QUIT), {TestPaths::data("letter.pdf"), width});
        REQUIRE(child.waitForFinished(30000));
        INFO("run " << run << ", width " << width.toStdString());
        REQUIRE(child.exitStatus() == QProcess::NormalExit);
        REQUIRE(child.exitCode() == 0);
    }
}

TEST_CASE("Zooming changes the page size and renders sharp for the screen", "[ui][pdf][zoom]")
{
    QString error;
    auto doc = kl::PdfDocument::load(samplePdf(), &error);
    REQUIRE(doc);
    PdfView view(doc, {});
    view.resize(900, 1000);
    view.show();
    view.setZoom(1.0);
    const int width100 = view.pageWidget(0)->width();
    view.zoomIn();
    CHECK(view.pageWidget(0)->width() > width100);
    CHECK(view.zoomMode() == PdfView::ZoomMode::Custom);
    view.setZoomMode(PdfView::ZoomMode::FitWidth);
    CHECK(view.pageWidget(0)->width() <= view.viewport()->width());
    CHECK(view.pageWidget(0)->width() > view.viewport()->width() - 40);
    CHECK(view.renderWidthPx(0) == qRound(view.pageWidget(0)->width() * view.devicePixelRatioF()));
    view.goToPage(1);
    CHECK(view.currentPage() == 1);
}

// Not run by default ("[.]"): renders the window with the 138-page Regeerprogramma in the middle and a search
// marked, for a person to look at. KAMERLEZER_SCREENSHOT names the PNG to write.
TEST_CASE("Screenshot of a long PDF mid-document with find marks", "[.][screenshot][corpus]")
{
    if (!haveCorpusOrSay())
        return;
    UiFixture fx;
    const qint64 id =
        fx.import({TestPaths::corpus("pdf/regeerprogramma-2024-09-13__uitwerking-hoofdlijnenakkoord.pdf")}).first();
    kl::MainWindow window(fx.library.get());
    window.resize(1500, 950);
    window.show();
    kl::ReaderTab* tab = window.openLetter(id);
    REQUIRE(tab);
    PdfView* view = tab->pdfView();
    REQUIRE(view);
    QTest::qWait(100);
    view->goToPage(69);
    tab->find();
    QTest::keyClicks(tab->findBar()->findChild<QLineEdit*>(), "migratie");
    tab->findNext();
    const int page = view->currentPage();
    REQUIRE(waitFor([&] { return !view->renderer()->image(page, view->renderWidthPx(page)).isNull(); }));
    QTest::qWait(300);
    const QString out = qEnvironmentVariable("KAMERLEZER_SCREENSHOT", "/tmp/kamerlezer-long-pdf.png");
    CHECK(window.grab().save(out));
    CHECK(view->hitCount() > 0);
}

TEST_CASE("A highlight on a PDF page lies beneath the text: the letters stay dark", "[ui][pdf][annotations]")
{
    const std::unique_ptr<PdfView> sample = shownSample();
    PdfView& view = *sample;
    const kl::PageText& text = view.renderer()->pageTextNow(0);
    // The first words of the page, highlighted in yellow.
    QRectF words;
    for (int i = 0; i < 5; ++i)
        words = words.united(text.words[i].rect);
    PdfView::AnnotationMark mark;
    mark.id = 1;
    mark.rects = {words};
    mark.color = QColor(QStringLiteral("#ffeb3b"));
    view.setAnnotationMarks({{0, {mark}}});
    kl::PdfPageWidget* page = view.pageWidget(0);
    const QImage plain = view.renderer()->image(0, view.renderWidthPx(0)).convertToFormat(QImage::Format_RGB32);
    const QImage shown = page->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QRect area = page->toWidget(words).toAlignedRect().intersected(shown.rect());
    REQUIRE(area.width() > 10);
    // The darkest pixel of the words is as dark as it is without the highlight (multiplied, not washed over),
    // and the paper between them turns yellow.
    int darkestPlain = 255, darkestShown = 255, yellow = 0;
    const double sx = double(plain.width()) / shown.width(), sy = double(plain.height()) / shown.height();
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb s = shown.pixel(x, y);
            darkestShown = std::min(darkestShown, qGray(s));
            darkestPlain = std::min(darkestPlain, qGray(plain.pixel(std::min(int(x * sx), plain.width() - 1),
                                                                    std::min(int(y * sy), plain.height() - 1))));
            yellow += qBlue(s) < 120 && qRed(s) > 200 && qGreen(s) > 180;
        }
    INFO("darkest without " << darkestPlain << ", with " << darkestShown);
    CHECK(darkestPlain < 80);
    CHECK(darkestShown <= darkestPlain + 15);
    CHECK(yellow > area.width() * area.height() / 4);
}

TEST_CASE("Find marks and the selection on a PDF page leave the letters dark", "[ui][pdf][find]")
{
    const std::unique_ptr<PdfView> sample = shownSample();
    PdfView& view = *sample;
    const kl::PageText& text = view.renderer()->pageTextNow(0);
    kl::PdfPageWidget* page = view.pageWidget(0);
    const QImage plain = view.renderer()->image(0, view.renderWidthPx(0)).convertToFormat(QImage::Format_RGB32);
    const double sx = double(plain.width()) / page->width(), sy = double(plain.height()) / page->height();
    // The darkest pixel inside the box, shown and as rendered without marks.
    auto darkest = [&](const QRectF& normalized) {
        const QImage shown = page->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QRect area = page->toWidget(normalized).toAlignedRect().intersected(shown.rect());
        int withMark = 255, without = 255;
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x) {
                withMark = std::min(withMark, qGray(shown.pixel(x, y)));
                without = std::min(without, qGray(plain.pixel(std::min(int(x * sx), plain.width() - 1),
                                                              std::min(int(y * sy), plain.height() - 1))));
            }
        return std::pair{withMark, without};
    };
    const kl::WordBox& word = text.words[2];
    REQUIRE(view.find(text.text.mid(word.start, word.end - word.start)) > 0);
    REQUIRE(!view.hitRects(0).isEmpty());
    const auto [found, foundPlain] = darkest(view.hitRects(0).first().rect);
    INFO("find mark: darkest without " << foundPlain << ", with " << found);
    CHECK(foundPlain < 80);
    CHECK(found <= foundPlain + 15);

    view.beginSelection(0, text.words[0].rect.center());
    view.extendSelection(0, text.words[4].rect.center());
    view.endSelection();
    REQUIRE(!view.selectionRects(0).isEmpty());
    const auto [selected, selectedPlain] = darkest(view.selectionRects(0).first());
    INFO("selection: darkest without " << selectedPlain << ", with " << selected);
    CHECK(selected <= selectedPlain + 15);
}
