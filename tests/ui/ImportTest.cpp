#include "ImportController.h"
#include "MainWindow.h"
#include "PdfView.h"
#include "ReaderTab.h"
#include "TestPaths.h"
#include "TextView.h"
#include "UiFixture.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QFile>
#include <QSignalSpy>

TEST_CASE("Importing in the background stores the good files and lists the failures", "[ui][import]")
{
    UiFixture fx;
    QTemporaryDir source;
    const QString good = source.filePath("brief.txt");
    const QString empty = source.filePath("leeg.txt");
    const QString missing = source.filePath("bestaat-niet.pdf");
    {
        QFile f(good);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(
            "Tweede Kamer der Staten-Generaal\n\nVergaderjaar 2024–2025\n\n**19 637**\n\n**Vreemdelingenbeleid**\n\n"
            "**Nr. 12**\n\n## **BRIEF VAN DE MINISTER VAN ASIEL EN MIGRATIE**\n\nDen Haag, 1 oktober 2024\n\n"
            "Een korte brief.\n");
        QFile e(empty);
        REQUIRE(e.open(QIODevice::WriteOnly));
    }
    kl::ImportController importer(fx.library.get());
    QSignalSpy finished(&importer, &kl::ImportController::finished);
    QSignalSpy progress(&importer, &kl::ImportController::progress);
    REQUIRE(importer.start({good, empty, missing}));
    CHECK(importer.isRunning());
    REQUIRE(finished.wait(20000));
    const auto summary = finished.first().first().value<kl::ImportController::Summary>();
    CHECK(summary.imported == 1);
    CHECK(summary.failures.size() == 2);
    CHECK(summary.letterIds.size() == 3);
    CHECK(summary.letterIds[0] != 0);
    CHECK(summary.letterIds[2] == 0);
    CHECK(fx.library->letterCount() == 1);
    CHECK(progress.last().at(0).toInt() == 3);

    // The same file again is recognised by its checksum without reading it.
    REQUIRE(importer.start({good}));
    REQUIRE(finished.wait(20000));
    const auto again = finished.last().first().value<kl::ImportController::Summary>();
    CHECK(again.unchanged == 1);
    CHECK(again.letterIds.first() == summary.letterIds.first());
}

TEST_CASE("A letter with a PDF and a text rendition switches between them in its tab", "[ui][renditions]")
{
    UiFixture fx;
    const qint64 pdfLetter = fx.import({TestPaths::data("letter.pdf")}).first();
    // A text of the same Kamerstuk (31 490, nr. 77) becomes its second rendition.
    const qint64 textLetter = fx.importTextLetter("77", "De tekst van de brief over de voortgang.", "31 490");
    REQUIRE(textLetter == pdfLetter);
    const auto letter = fx.library->letter(pdfLetter);
    REQUIRE(letter);
    REQUIRE(letter->renditions.size() == 2);

    kl::MainWindow window(fx.library.get());
    window.show();
    kl::ReaderTab* tab = window.openLetter(pdfLetter);
    REQUIRE(tab);
    CHECK(tab->pdfView()); // PDF first
    auto* combo = tab->findChild<QComboBox*>();
    REQUIRE(combo);
    CHECK(combo->count() == 2);
    CHECK(combo->isEnabled());
    qint64 textId = 0;
    for (const kl::RenditionRecord& r : letter->renditions)
        if (r.format == "text")
            textId = r.id;
    REQUIRE(tab->showRendition(textId));
    CHECK(tab->textView());
    CHECK_FALSE(tab->pdfView());
    CHECK(combo->currentData().toLongLong() == textId);
    CHECK(tab->textView()->toPlainText().contains("De tekst van de brief over de voortgang."));
}
