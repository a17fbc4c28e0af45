#include "DossierTreeModel.h"
#include "DossierPanel.h"
#include "TestPaths.h"
#include "UiFixture.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTreeView>

using kl::DossierTreeModel;

namespace {

// QAbstractItemModelTester in Warning mode reports through the "qt.modeltest" category; collect those.
QStringList g_modelTestFailures;
QtMessageHandler g_previousHandler = nullptr;
void collectModelTestFailures(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category && QByteArray(context.category) == "qt.modeltest" && type != QtDebugMsg)
        g_modelTestFailures.append(message);
    else if (g_previousHandler)
        g_previousHandler(type, context, message);
}

struct ModelTesterGuard {
    explicit ModelTesterGuard(QAbstractItemModel* model)
    {
        g_modelTestFailures.clear();
        g_previousHandler = qInstallMessageHandler(collectModelTestFailures);
        tester =
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Warning);
        // The tests fetch the children themselves (fetchAll), as a view does. The Qt 6.4 tester, when left to
        // fetch, calls fetchMore() from its modelReset handler before its own bookkeeping has closed the
        // reset, and then reports the rows that fetchMore() inserts as inserted "during a reset".
        tester->setUseFetchMore(false);
    }
    ~ModelTesterGuard()
    {
        tester.reset();
        qInstallMessageHandler(g_previousHandler);
    }
    std::unique_ptr<QAbstractItemModelTester> tester;
};

// Fetches every group, as a reader opening every dossier would.
void fetchAll(DossierTreeModel& model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex group = model.index(row, 0);
        while (model.canFetchMore(group))
            model.fetchMore(group);
    }
}

QStringList letterTitles(DossierTreeModel& model, int groupRow)
{
    QStringList out;
    const QModelIndex group = model.index(groupRow, 0);
    for (int i = 0; i < model.rowCount(group); ++i)
        out.append(model.index(i, 0, group).data().toString());
    return out;
}

int groupRow(DossierTreeModel& model, const QString& key)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, 0).data(DossierTreeModel::GroupKeyRole).toString() == key)
            return row;
    return -1;
}

} // namespace

TEST_CASE("Dossier tree passes the model tester and lists the corpus dossiers in order", "[ui][tree][corpus]")
{
    if (!TestPaths::haveCorpus()) {
        WARN("SKIPPED: the corpus (../shared/corpus) is absent; this test needs it");
        return;
    }
    UiFixture fx;
    const QStringList names{"txt/kst-19637-3274__brief-minister-asiel-migratie.txt",
                            "xml/kst-19637-3194__motie.xml",
                            "xml/kst-21501-20-2146__motie.xml",
                            "xml/kst-36600-IX-10__motie.xml",
                            "xml/kst-36704-57__motie.xml",
                            "xml/kst-32317-898__motie.xml",
                            "pdf/kst-36450-3__memorie-van-toelichting.pdf",
                            "pdf/kst-36450-1__koninklijke-boodschap.pdf",
                            "pdf/kst-36450-2__voorstel-van-wet.pdf",
                            "pdf/kst-29515-496__brief-minister-EZ-werkprogramma-ATR-2025.pdf",
                            "pdf/beslisnota__kamerbrief-werkprogramma-ATR-2025.pdf",
                            "pdf/openkamer__besluitenlijst-procedurevergadering-BiZa-2009-04-03.pdf"};
    fx.import(UiFixture::corpusFiles(names));

    // What the corpus says these documents are, independent of the model.
    QFile expectedFile(TestPaths::corpus("expected.json"));
    REQUIRE(expectedFile.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
    QStringList expectedDossiers;
    for (const QString& name : names)
        for (const QJsonValue& d : expected.value(name).toObject().value("dossiers").toArray()) {
            const QJsonObject o = d.toObject();
            const QString addition = o.value("addition").toString();
            const QString key = QStringLiteral("d:%1:%2").arg(o.value("number").toString(), addition);
            if (!expectedDossiers.contains(key))
                expectedDossiers.append(key);
        }
    std::sort(expectedDossiers.begin(), expectedDossiers.end());

    DossierTreeModel model(fx.library.get());
    ModelTesterGuard guard(&model);
    fetchAll(model);
    INFO(g_modelTestFailures.join('\n').toStdString());
    CHECK(g_modelTestFailures.isEmpty());

    QStringList dossierRows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString key = model.index(row, 0).data(DossierTreeModel::GroupKeyRole).toString();
        if (key.startsWith("d:"))
            dossierRows.append(key);
    }
    CHECK(dossierRows == expectedDossiers);
    // Dossiers come first, then the documents without one, grouped by kind.
    CHECK(model.index(int(dossierRows.size()), 0).data(DossierTreeModel::GroupKeyRole).toString().startsWith("k:"));
    CHECK(groupRow(model, "k:beslisnota") >= 0);
    CHECK(groupRow(model, "k:besluitenlijst") >= 0);

    // 36450: nr. 1, 2, 3 in that order although imported 3, 1, 2.
    const QStringList titles = letterTitles(model, groupRow(model, "d:36450:"));
    REQUIRE(titles.size() == 3);
    CHECK(titles[0].startsWith("nr. 1 "));
    CHECK(titles[1].startsWith("nr. 2 "));
    CHECK(titles[2].startsWith("nr. 3 "));
    CHECK(model.letterCount() == names.size());
    CHECK(model.dossierCount() == expectedDossiers.size());
}

TEST_CASE("Dossier tree reads a dossier's documents only when asked and orders numbers numerically", "[ui][tree]")
{
    UiFixture fx;
    for (const QString& nr : {"100", "9", "10"})
        fx.importTextLetter(nr, "Een brief over vreemdelingenbeleid.");
    fx.importTextLetter("5", "Een brief in een ander dossier.", "36 471");

    DossierTreeModel model(fx.library.get());
    REQUIRE(model.rowCount() == 2);
    const int row = groupRow(model, "d:19637:");
    REQUIRE(row >= 0);
    const QModelIndex group = model.index(row, 0);
    // Lazy: the group says it has children but has not read them.
    CHECK(model.hasChildren(group));
    CHECK(model.rowCount(group) == 0);
    CHECK(model.canFetchMore(group));
    ModelTesterGuard guard(&model); // from here on, every change is checked
    model.fetchMore(group);
    CHECK_FALSE(model.canFetchMore(group));
    const QStringList titles = letterTitles(model, row);
    REQUIRE(titles.size() == 3);
    CHECK(titles[0].startsWith("nr. 9 "));
    CHECK(titles[1].startsWith("nr. 10 "));
    CHECK(titles[2].startsWith("nr. 100 "));
    // Dates follow the interface's language (the default QLocale): "19 september 2024" in Dutch.
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    CHECK(model.index(0, DossierTreeModel::DateColumn, group).data().toString() == "19 september 2024");
    QLocale::setDefault(previous);

    // A new import shows up after Library::changed.
    fx.importTextLetter("11", "Nog een brief.");
    REQUIRE(waitFor([&] {
        const QModelIndex g = model.index(groupRow(model, "d:19637:"), 0);
        if (model.canFetchMore(g))
            model.fetchMore(g);
        return model.rowCount(g) == 4;
    }));
    CHECK(letterTitles(model, row).size() == 4);

    model.setFilter("36 471");
    fetchAll(model);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.rowCount(model.index(0, 0)) == 1);
    model.setFilter(QString());
    CHECK(model.rowCount() == 2);
    INFO(g_modelTestFailures.join('\n').toStdString());
    CHECK(g_modelTestFailures.isEmpty());
}

TEST_CASE("Dossier tree files a document in two dossiers under both", "[ui][tree]")
{
    UiFixture fx;
    // A joint letter: the header names two dossiers, as Kamerstukken do ("19 637 / 36 471").
    const qint64 id = fx.importTextLetter("3300", "Een brief in twee dossiers.", "19 637**\n\n**36 471");
    const auto letter = fx.library->letter(id);
    REQUIRE(letter);
    if (letter->metadata.dossiers.size() < 2) {
        WARN("the metadata parser does not read two dossiers from this header; nothing to check here");
        return;
    }
    DossierTreeModel model(fx.library.get());
    fetchAll(model);
    int found = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex group = model.index(row, 0);
        for (int i = 0; i < model.rowCount(group); ++i)
            found += model.index(i, 0, group).data(DossierTreeModel::LetterIdRole).toLongLong() == id;
    }
    CHECK(found == 2);
}

TEST_CASE("The letter chosen in the tree stays chosen and its dossier open when the library changes", "[ui][tree]")
{
    UiFixture fx;
    const qint64 chosen = fx.importTextLetter("10", "Een brief.");
    fx.importTextLetter("12", "Een tweede brief.");
    kl::DossierPanel panel(fx.library.get());
    panel.reveal(*fx.library->letter(chosen));
    auto currentLetter = [&] { return panel.view()->currentIndex().data(DossierTreeModel::LetterIdRole).toLongLong(); };
    REQUIRE(currentLetter() == chosen);
    QSignalSpy reset(panel.model(), &QAbstractItemModel::modelReset);
    // Another letter arrives (an import, or the CLI writing beside the window): the tree is read again.
    fx.importTextLetter("11", "Een derde brief.");
    REQUIRE(waitFor([&] { return reset.count() > 0; }));
    CHECK(currentLetter() == chosen);
    CHECK(panel.view()->isExpanded(panel.view()->currentIndex().parent()));
}
