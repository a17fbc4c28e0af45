#include "BriefingPackDialog.h"
#include "UiFixture.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
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

    // Cancelled at once: no file.
    const QString cancelled = f.dir.filePath(QStringLiteral("cancelled.pdf"));
    finished.clear();
    dialog.saveAsPdf(cancelled);
    dialog.cancelBuild();
    REQUIRE(waitFor([&] { return !finished.isEmpty(); }));
    CHECK_FALSE(finished.first().at(0).toBool());
    CHECK_FALSE(QFile::exists(cancelled));
}
