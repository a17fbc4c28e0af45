#include "metadata/NotaHead.h"
#include "TestPaths.h"

#include <catch2/catch.hpp>

#include <QFile>

using kl::NotaHead;
using kl::PageText;
using kl::WordBox;

namespace {

// The upper half of a nota's first page as it was read, a word a line: left, top, width, height (0..1), text.
PageText pageOf(const QString& fixture)
{
    QFile f(TestPaths::data(QStringLiteral("nota-head/") + fixture));
    REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
    PageText page;
    for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList cells = line.split(QLatin1Char('\t'));
        REQUIRE(cells.size() == 5);
        if (!page.text.isEmpty())
            page.text += QLatin1Char(' ');
        WordBox box;
        box.start = page.text.size();
        page.text += cells[4];
        box.end = page.text.size();
        box.rect = QRectF(cells[0].toDouble(), cells[1].toDouble(), cells[2].toDouble(), cells[3].toDouble());
        page.words.append(box);
    }
    return page;
}

} // namespace

TEST_CASE("A nota's title beside its logo is read without what OCR made of the logo")
{
    // Tesseract reads the big 'nota' as "mn Ota" and puts the side column's kenmerk on the title's line.
    const NotaHead::Reading head = NotaHead::read(pageOf(QStringLiteral("kgg-2025-01-29-ocr.tsv")));
    CHECK(head.title == QStringLiteral("Eerste bevindingen gebiedsverbinder kernenergie"));
    CHECK(head.sender == QStringLiteral("Ministerie van Klimaat en Groene Groei, Directoraat-generaal Klimaat en "
                                        "Energie, Programmadirectie Kernenergie"));
}

TEST_CASE("A nota's head read over two columns: the units of the side column, the title of the main one")
{
    // OCR puts "TER BESLUITVORMING Kansengelijkheid en" on one line, the logo as "Nn @) d", and the title on the line
    // of the side column's "- Wetsvoorstel terugdringen".
    const NotaHead::Reading head = NotaHead::read(pageOf(QStringLiteral("ocw-2022-06-22-ocr.tsv")));
    CHECK(head.title == QStringLiteral("Wetsvoorstel terugdringen verzuim"));
    CHECK(
        head.sender ==
        QStringLiteral("Ministerie van Onderwijs, Cultuur en Wetenschap, Kansengelijkheid en Onderwijsondersteuning"));
}

TEST_CASE("A nota's title under its logo, beside its label, goes on on the next line")
{
    // The ocrmypdf layer gives "(ter beslissing)" / "financiële redenen" apart from "Project vermindering" / "mijding
    // van mondzorg om" and puts the side column's "Bijlage(n)" between.
    const NotaHead::Reading head = NotaHead::read(pageOf(QStringLiteral("vws-mondzorg-ocrmypdf.tsv")));
    CHECK(head.title == QStringLiteral("Project vermindering mijding van mondzorg om financiële redenen"));
}

TEST_CASE("A page without a side column has no nota head")
{
    PageText page;
    page.text = QStringLiteral("nota Titel");
    page.words = {WordBox{0, 4, QRectF(0.1, 0.3, 0.1, 0.03), {}}, WordBox{5, 10, QRectF(0.3, 0.31, 0.1, 0.01), {}}};
    const NotaHead::Reading head = NotaHead::read(page);
    CHECK(head.title.isEmpty());
    CHECK(head.sender.isEmpty());
}
