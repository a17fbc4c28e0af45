#include "ImportController.h"
#include "MainWindow.h"
#include "PdfView.h"
#include "ReaderTab.h"
#include "TestPaths.h"
#include "TextView.h"
#include "UiFixture.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

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

TEST_CASE("After an import with failures the progress is closed before the failures are listed", "[ui][import]")
{
    UiFixture fx;
    QTemporaryDir source;
    QStringList files;
    for (int i = 1; i <= 8; ++i) {
        const QString path = source.filePath(QStringLiteral("brief-%1.txt").arg(i));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("Tweede Kamer der Staten-Generaal\n\nVergaderjaar 2024–2025\n\n**19 637**\n\n"
                               "**Vreemdelingenbeleid**\n\n**Nr. %1**\n\n## **BRIEF VAN DE MINISTER VAN ASIEL EN "
                               "MIGRATIE**\n\nDen Haag, 1 oktober 2024\n\nBrief nummer %1.\n")
                    .arg(500 + i)
                    .toUtf8());
        files.append(path);
    }
    files.append(source.filePath(QStringLiteral("bestaat-niet.pdf")));

    kl::MainWindow window(fx.library.get());
    window.show();
    // What the reader sees when the box comes: the progress and the status bar under it.
    bool boxSeen = false, progressShown = true;
    QString status;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || boxSeen)
            return;
        boxSeen = true;
        progressShown = false;
        for (QProgressDialog* p : window.findChildren<QProgressDialog*>())
            progressShown = progressShown || p->isVisible();
        status = window.statusBar()->currentMessage();
        box->accept();
    });
    poll.start();
    window.importPaths(files, false);
    // A long import: the progress is on screen by the time the last file is stored.
    QProgressDialog* progress = window.findChild<QProgressDialog*>();
    REQUIRE(progress);
    progress->show();
    REQUIRE(waitFor([&] { return boxSeen; }));
    CHECK_FALSE(progressShown);
    INFO(status.toStdString());
    CHECK_FALSE(status.startsWith(QStringLiteral("Importing")));
    CHECK(status.contains(QStringLiteral("1 failed")));
    REQUIRE(waitFor([&] { return !window.importer()->isRunning(); }));
    QTest::qWait(20);
    CHECK_FALSE(window.statusBar()->currentMessage().startsWith(QStringLiteral("Importing")));
    for (QProgressDialog* p : window.findChildren<QProgressDialog*>())
        CHECK_FALSE(p->isVisible());
}
