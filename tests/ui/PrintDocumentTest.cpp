#include "MainWindow.h"
#include "PdfDocument.h"
#include "PrintActions.h"
#include "TestPaths.h"
#include "UiFixture.h"

#include "session/LibrarySession.h"

#include <QAction>
#include <QPrinter>
#include <catch2/catch.hpp>

using namespace kl;

namespace {

int yellowPixels(const QImage& image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += c.red() > 200 && c.green() > 180 && c.blue() < 140;
        }
    return n;
}

std::shared_ptr<PdfDocument> printed(MainWindow& window, const QString& path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    REQUIRE(window.printActions()->printTo(printer));
    QString error;
    auto doc = PdfDocument::load(path, &error);
    INFO(error.toStdString());
    REQUIRE(doc);
    return doc;
}

} // namespace

TEST_CASE("Print Document prints every page of the PDF with its highlights", "[ui][print]")
{
    UiFixture f;
    const qint64 id = f.import({TestPaths::data("two-pages.pdf")}).first();
    MainWindow window(f.library.get());
    window.show();
    CHECK_FALSE(window.printActions()->printAction()->isEnabled()); // nothing open
    window.openLetter(id);
    CHECK(window.printActions()->printAction()->isEnabled());

    auto plain = printed(window, f.dir.filePath(QStringLiteral("plain.pdf")));
    CHECK(plain->pageCount() == 2);
    CHECK(yellowPixels(plain->render(0, 400)) == 0);

    REQUIRE(
        window.session()->annotateQuote(id, QStringLiteral("De eerste pagina eindigt"), 1, QStringLiteral("yellow")));
    auto marked = printed(window, f.dir.filePath(QStringLiteral("marked.pdf")));
    CHECK(marked->pageCount() == 2);
    CHECK(yellowPixels(marked->render(0, 400)) > 100);
    CHECK(yellowPixels(marked->render(1, 400)) == 0);
}

TEST_CASE("Print Document typesets a text letter and prints its highlights", "[ui][print]")
{
    UiFixture f;
    const qint64 id =
        f.importTextLetter(QStringLiteral("70"), QStringLiteral("De opvang van asielzoekers wordt beter gespreid."));
    MainWindow window(f.library.get());
    window.show();
    window.openLetter(id);
    REQUIRE(
        window.session()->annotateQuote(id, QStringLiteral("opvang van asielzoekers"), 1, QStringLiteral("yellow")));
    auto doc = printed(window, f.dir.filePath(QStringLiteral("text.pdf")));
    CHECK(doc->pageCount() >= 1);
    CHECK(yellowPixels(doc->render(0, 400)) > 50);
}
