#include "MainWindow.h"
#include "MetadataPanel.h"
#include "OcrStatus.h"
#include "PdfRenderer.h"
#include "PdfView.h"
#include "ReaderTab.h"
#include "UiFixture.h"
#include "ocr/OcrJob.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QTimer>
#include <catch2/catch.hpp>

TEST_CASE("A scan opened in the window gets its OCR text in the background, and the window stays live", "[ui][ocr]")
{
    const QString scan = QStringLiteral(KAMERLEZER_CORPUS "2/pdf/nota-kgg-2025-01-29__pagina1-alleen-beeld.pdf");
    if (!QFileInfo::exists(scan)) {
        WARN("SKIPPED: no corpus at ../shared/corpus2");
        return;
    }
    UiFixture fx;
    const qint64 id = fx.import({scan}).first(); // as the window's import stores it: waiting for OCR
    REQUIRE(fx.library->pendingOcr().size() == 1);
    kl::MainWindow window(fx.library.get());
    window.show();
    kl::ReaderTab* tab = window.openLetter(id);
    REQUIRE(tab);
    auto* source = window.metadataPanel()->findChild<QLabel*>();
    for (QLabel* label : window.metadataPanel()->findChildren<QLabel*>())
        if (label->accessibleName() == QLatin1String("Where the text comes from"))
            source = label;
    REQUIRE(source);
    CHECK(source->text() == QStringLiteral("waiting for OCR"));

    // The event loop keeps turning while the page is read: a timer every 20 ms never waits long.
    QElapsedTimer sinceTick;
    sinceTick.start();
    qint64 longestGap = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
    tick.start(20);
    REQUIRE(waitFor([&] { return window.ocr()->isRunning(); }, 5000));
    REQUIRE(waitFor([&] { return !window.ocr()->isRunning(); }, 120000));
    tick.stop();
    CHECK(longestGap < 1000);
    CHECK(window.ocr()->job()->summary().pages == 1);

    CHECK(fx.library->pendingOcr().isEmpty());
    CHECK(source->text() == QStringLiteral("OCR (Tesseract, Dutch)"));
    kl::PdfView* view = tab->pdfView();
    REQUIRE(view);
    const kl::PageText& page = view->renderer()->pageTextNow(0);
    CHECK(page.text.contains(QStringLiteral("gebiedsverbinder")));
    CHECK(page.words.size() > 50);
    CHECK(view->find(QStringLiteral("gebiedsverbinder")) >= 2);
}
