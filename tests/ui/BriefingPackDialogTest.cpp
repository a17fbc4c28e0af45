#include "BriefingPackDialog.h"
#include "ModalAnswer.h"
#include "UiFixture.h"
#include "export/BriefingPackBuilder.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <poppler-qt6.h>

using namespace kl;

TEST_CASE("The briefing pack dialog orders, removes and saves letters on a worker thread")
{
    UiFixture f;
    const qint64 a = f.importTextLetter(QStringLiteral("3401"), QStringLiteral("Eerste brief over asiel."));
    const qint64 b = f.importTextLetter(QStringLiteral("3402"), QStringLiteral("Tweede brief over opvang."));
    const qint64 c = f.importTextLetter(QStringLiteral("3403"), QStringLiteral("Derde brief over terugkeer."));
    BriefingPackDialog dialog(f.library->folder(), {a, b, c});
    CHECK(dialog.letterIds() == QList<qint64>{a, b, c});
    CHECK(dialog.letterList()->item(0)->text().contains(QStringLiteral("Kamerstukken II 2024/25, 19637, nr. 3401")));
    // The title as the tree shows it, not in the capitals of the print.
    CHECK(dialog.letterList()->item(0)->text().contains(QStringLiteral("Brief van de Minister van Asiel en Migratie")));
    CHECK(dialog.letterList()->item(0)->toolTip().startsWith(dialog.letterList()->item(0)->text()));
    CHECK(dialog.letterList()->dragDropMode() == QAbstractItemView::InternalMove);

    // What a drag does: the last letter first.
    QListWidget* list = dialog.letterList();
    list->insertItem(0, list->takeItem(2));
    CHECK(dialog.letterIds() == QList<qint64>{c, a, b});
    list->item(1)->setSelected(true);
    delete list->takeItem(1);
    CHECK(dialog.letterIds() == QList<qint64>{c, b});

    dialog.setTitle(QStringLiteral("Terugkeer en opvang"));
    const BriefingPack pack = dialog.pack();
    CHECK(pack.title == QStringLiteral("Terugkeer en opvang"));
    CHECK(pack.letterIds == QList<qint64>{c, b});

    QSignalSpy finished(&dialog, &BriefingPackDialog::finished);
    const QString out = f.dir.filePath(QStringLiteral("dialog.pdf"));
    dialog.saveAsPdf(out);
    CHECK(dialog.isBuilding());
    REQUIRE(waitFor([&] { return !finished.isEmpty(); }));
    CHECK(finished.first().at(0).toBool());
    auto doc = Poppler::Document::load(out);
    REQUIRE(doc);
    QString text;
    for (int i = 0; i < doc->numPages(); ++i)
        text += doc->page(i)->text(QRectF());
    CHECK(text.contains(QStringLiteral("Terugkeer en opvang")));
    CHECK(text.indexOf(QStringLiteral("nr. 3403")) < text.indexOf(QStringLiteral("nr. 3402")));
    CHECK_FALSE(text.contains(QStringLiteral("nr. 3401")));

    // Cancelled at once: no file. A worker on a loaded machine may finish this small pack before the cancel
    // reaches it; then it is saved whole. Never half a file, never a file after "cancelled" (the builder's own
    // test cancels between pages deterministically).
    const QString cancelled = f.dir.filePath(QStringLiteral("cancelled.pdf"));
    finished.clear();
    dialog.saveAsPdf(cancelled);
    dialog.cancelBuild();
    REQUIRE(waitFor([&] { return !finished.isEmpty(); }));
    const bool saved = finished.first().at(0).toBool();
    CHECK(QFile::exists(cancelled) == saved);
    if (saved)
        CHECK(Poppler::Document::load(cancelled));
}

TEST_CASE("The briefing pack dialog prints the pages of the PDF, on the printer's full page")
{
    UiFixture f;
    const qint64 a = f.importTextLetter(QStringLiteral("3411"), QStringLiteral("Eerste brief over asiel."));
    const qint64 b = f.importTextLetter(QStringLiteral("3412"), QStringLiteral("Tweede brief over opvang."));
    BriefingPackDialog dialog(f.library->folder(), {a, b});
    dialog.setTitle(QStringLiteral("Asiel en opvang"));
    const QString saved = f.dir.filePath(QStringLiteral("saved.pdf"));
    QString error;
    REQUIRE(BriefingPackBuilder::buildPdf(f.library->folder(), dialog.pack(), saved, {}, nullptr, &error) ==
            BriefingPackBuilder::Done);

    // A printer that prints to a file, as a print dialog's "Print to file" does.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = f.dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    REQUIRE(dialog.paint(&printer));
    CHECK(printer.fullPage());
    CHECK(printer.pageLayout().pageSize().id() == QPageSize::A4);

    auto savedDoc = Poppler::Document::load(saved);
    auto printedDoc = Poppler::Document::load(printed);
    REQUIRE(savedDoc);
    REQUIRE(printedDoc);
    REQUIRE(printedDoc->numPages() == savedDoc->numPages());
    // The same words on the same pages; lines may break elsewhere, as the printer's resolution is another.
    const auto words = [](Poppler::Document& doc, int page) {
        return doc.page(page)->text(QRectF()).remove(QRegularExpression(QStringLiteral("\\s"))).toStdString();
    };
    for (int i = 0; i < savedDoc->numPages(); ++i) {
        INFO("page " << i + 1);
        CHECK(words(*printedDoc, i) == words(*savedDoc, i));
    }
}

TEST_CASE("The briefing pack dialog keeps title, organisation and marking for the next pack")
{
    UiFixture f;
    const qint64 letter = f.importTextLetter(QStringLiteral("4001"), QStringLiteral("Een brief."));
    {
        BriefingPackDialog first(f.library->folder(), {letter});
        auto edits = first.findChildren<QLineEdit*>();
        REQUIRE(edits.size() >= 2);
        first.setTitle(QStringLiteral("Overleg asiel"));
        for (QLineEdit* e : edits)
            if (e->placeholderText().contains(QStringLiteral("Ministry")) ||
                e->placeholderText().contains(QStringLiteral("Ministerie")))
                e->setText(QStringLiteral("Ministerie van Asiel en Migratie"));
    }
    BriefingPackDialog second(f.library->folder(), {letter});
    CHECK(second.pack().title == QStringLiteral("Overleg asiel"));
    CHECK(second.pack().organisation == QStringLiteral("Ministerie van Asiel en Migratie"));
    QSettings().remove(QStringLiteral("pack")); // leave the other tests their defaults
}

TEST_CASE("Adding to a pack: typing the number and Enter adds that document")
{
    UiFixture f;
    const qint64 a = f.importTextLetter(QStringLiteral("3401"), QStringLiteral("Eerste brief over asiel."));
    f.importTextLetter(QStringLiteral("3402"), QStringLiteral("Tweede brief over opvang."));
    const qint64 c = f.importTextLetter(QStringLiteral("3403"), QStringLiteral("Derde brief over terugkeer."));
    BriefingPackDialog dialog(f.library->folder(), {a});
    dialog.show();
    QPushButton* add = nullptr;
    for (QPushButton* b : dialog.findChildren<QPushButton*>())
        if (b->text().remove(QLatin1Char('&')) == QStringLiteral("Add…"))
            add = b;
    REQUIRE(add);
    bool answered = false;
    whenModal([&](QWidget* picker) {
        auto* filter = picker->findChild<QLineEdit*>();
        REQUIRE(filter);
        // The documents already in the pack are not offered again.
        CHECK(picker->findChild<QListWidget*>()->count() == 2);
        QTest::keyClicks(filter, QStringLiteral("3403"));
        QTest::keyClick(filter, Qt::Key_Return);
        answered = true;
    });
    add->click();
    CHECK(answered);
    CHECK(dialog.letterIds() == QList<qint64>{a, c});
}
