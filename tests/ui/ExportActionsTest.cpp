#include "ExportActions.h"
#include "DossierPanel.h"
#include "DossierTreeModel.h"
#include "LastFolder.h"
#include "MainWindow.h"
#include "UiFixture.h"
#include "WelcomePage.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using kl::DossierTreeModel;
using kl::MainWindow;

namespace {

QModelIndex findRow(const QAbstractItemModel* model, const QString& startsWith, const QModelIndex& parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString().startsWith(startsWith))
            return index;
    }
    return {};
}

} // namespace

TEST_CASE("Exports act on the letters chosen in the tree, else on the open letter", "[ui][export]")
{
    UiFixture fx;
    const qint64 a = fx.importTextLetter("3", QStringLiteral("Derde brief."));
    const qint64 b = fx.importTextLetter("1", QStringLiteral("Eerste brief."));
    const qint64 other = fx.importTextLetter("7", QStringLiteral("Andere brief."), QStringLiteral("29 628"));
    MainWindow window(fx.library.get());
    window.show();
    QTreeView* view = window.dossierPanel()->view();
    QAbstractItemModel* model = view->model();

    // Nothing chosen, nothing open: nothing to act on.
    CHECK(window.exportActions()->chosenLetters().isEmpty());

    // A dossier row stands for its letters, in ondernummer order.
    const QModelIndex dossier = findRow(model, QStringLiteral("19637"));
    REQUIRE(dossier.isValid());
    if (model->canFetchMore(dossier))
        model->fetchMore(dossier);
    view->selectionModel()->select(dossier, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    CHECK(window.exportActions()->chosenLetters() == QList<qint64>{b, a});

    // A single letter row.
    const QModelIndex otherDossier = findRow(model, QStringLiteral("29628"));
    if (model->canFetchMore(otherDossier))
        model->fetchMore(otherDossier);
    const QModelIndex letterRow = model->index(0, 0, otherDossier);
    REQUIRE(letterRow.data(DossierTreeModel::LetterIdRole).toLongLong() == other);
    view->selectionModel()->select(letterRow, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    CHECK(window.exportActions()->chosenLetters() == QList<qint64>{other});

    // No selection: the open letter.
    view->selectionModel()->clearSelection();
    window.openLetter(a);
    view->selectionModel()->clearSelection();
    CHECK(window.exportActions()->chosenLetters() == QList<qint64>{a});
}

TEST_CASE("The reader area says how to open a document while none is open", "[ui][welcome]")
{
    UiFixture fx;
    const qint64 a = fx.importTextLetter("3", QStringLiteral("Een brief."));
    MainWindow window(fx.library.get());
    window.show();
    CHECK(qobject_cast<kl::WelcomePage*>(window.readerArea()));
    window.openLetter(a);
    CHECK(window.readerArea() == window.tabs());
    window.tabs()->widget(0)->deleteLater();
    window.tabs()->removeTab(0);
    CHECK(qobject_cast<kl::WelcomePage*>(window.readerArea()));
}

TEST_CASE("Several letters are chosen in the tree with Ctrl+click, for packs and exports", "[ui][export]")
{
    UiFixture fx;
    const qint64 a = fx.importTextLetter("3", QStringLiteral("Derde brief."));
    const qint64 b = fx.importTextLetter("1", QStringLiteral("Eerste brief."));
    MainWindow window(fx.library.get());
    window.resize(1280, 800);
    window.show();
    QTreeView* view = window.dossierPanel()->view();
    QAbstractItemModel* model = view->model();
    const QModelIndex dossier = model->index(0, 0);
    view->expand(dossier);
    REQUIRE(waitFor([&] { return model->rowCount(dossier) == 2; }));
    auto click = [&](int row, Qt::KeyboardModifiers modifiers) {
        const QRect rect = view->visualRect(model->index(row, 0, dossier));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, rect.center());
    };
    click(0, Qt::NoModifier);
    click(1, Qt::ControlModifier);
    kl::ExportActions actions(&window, fx.library.get());
    const QList<qint64> chosen = actions.chosenLetters();
    CHECK(chosen.size() == 2);
    CHECK(chosen.contains(a));
    CHECK(chosen.contains(b));
}

TEST_CASE("What acts on an open letter is disabled while none is open", "[ui][export]")
{
    UiFixture fx;
    const qint64 a = fx.importTextLetter("3", QStringLiteral("Derde brief."));
    MainWindow window(fx.library.get());
    window.show();
    auto action = [&](const QKeySequence& keys) -> QAction* {
        for (QAction* act : window.findChildren<QAction*>())
            if (act->shortcuts().contains(keys))
                return act;
        return nullptr;
    };
    QAction* goTo = action(QKeySequence(Qt::CTRL | Qt::Key_G));
    QAction* linkTo = action(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction* pack = action(QKeySequence::Print);
    REQUIRE(goTo);
    REQUIRE(linkTo);
    REQUIRE(pack);
    CHECK_FALSE(goTo->isEnabled());
    CHECK_FALSE(linkTo->isEnabled());
    CHECK_FALSE(pack->isEnabled());
    // A dossier chosen in the tree is something to pack.
    window.dossierPanel()->view()->setCurrentIndex(window.dossierPanel()->model()->index(0, 0));
    CHECK(pack->isEnabled());
    window.openLetter(a);
    CHECK(goTo->isEnabled());
    CHECK(linkTo->isEnabled());
    CHECK(pack->isEnabled());
}

TEST_CASE("File dialogs start in the folder last chosen for the same purpose", "[ui][export]")
{
    QTemporaryDir imports;
    QTemporaryDir exports;
    kl::LastFolder::remember("import", imports.filePath(QStringLiteral("brief.pdf")));
    kl::LastFolder::remember("export", exports.path());
    kl::LastFolder::remember("export", QString()); // a cancelled dialog changes nothing
    CHECK(kl::LastFolder::get("import") == QFileInfo(imports.path()).absoluteFilePath());
    CHECK(kl::LastFolder::get("export") == QFileInfo(exports.path()).absoluteFilePath());
    QSettings().remove(QStringLiteral("folders"));
    // Nothing chosen yet: the Documents folder, or home where the desktop made none; never the working folder.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    CHECK(kl::LastFolder::get("import") == (QFileInfo(documents).isDir() ? documents : QDir::homePath()));
    CHECK(kl::LastFolder::get("import") != QDir::currentPath());
}
