#include "DossierPanel.h"
#include "DossierTreeModel.h"
#include "MainWindow.h"
#include "ReplayServer.h"
#include "UiFixture.h"
#include "session/LibrarySession.h"
#include "toezeggingen/ToezeggingStore.h"

#include "library/FollowedDossiers.h"

#include <QTreeView>
#include <catch2/catch.hpp>

using namespace kl;

TEST_CASE("Following a dossier in the window: fetched in the background, new documents bold until opened")
{
    ReplayServer server;
    if (!server.isRunning()) {
        WARN("SKIPPED: " << server.whyNot().toStdString());
        return;
    }
    const QProcessEnvironment env = server.environment();
    for (const QString& name : env.keys())
        if (name.startsWith(QLatin1String("KAMERLEZER_")))
            qputenv(name.toLocal8Bit(), env.value(name).toLocal8Bit());
    UiFixture fixture;
    MainWindow window(fixture.library.get());
    window.resize(1280, 800);
    window.show();
    FetchStatus* status = window.fetchStatus();
    // What the status bar is told; a scheduled check may follow and say "no new documents" over it.
    QStringList said;
    QObject::connect(status, &FetchStatus::message, status, [&said](const QString& text) { said.append(text); });

    // The dossier is in the tree, marked followed, from the moment it is followed.
    status->follow(*FollowedDossiers::parse(QStringLiteral("19637")));
    REQUIRE(status->isRunning());
    CHECK(status->isVisible());
    DossierTreeModel* model = window.dossierPanel()->model();
    // The window stays live while the documents come: the event loop runs throughout.
    REQUIRE(waitFor([&] { return !status->isRunning(); }, 120000));
    INFO(said.join(QLatin1Char('|')).toStdString());
    REQUIRE_FALSE(said.isEmpty());
    CHECK(said.first().contains(QStringLiteral("144")));
    // The Kamer's register of toezeggingen is read beside it.
    CHECK(waitFor([&] { return window.session()->toezeggingen().list().size() == 3; }));
    REQUIRE(waitFor([&] { return model->letterCount() == 144; }));
    const QModelIndex dossier = model->index(0, 0);
    CHECK(dossier.data(DossierTreeModel::FollowedRole).toBool());
    CHECK(dossier.data(Qt::DisplayRole).toString().contains(QStringLiteral("144")));
    CHECK_FALSE(dossier.data(Qt::DecorationRole).isNull());

    if (model->canFetchMore(dossier))
        model->fetchMore(dossier);
    REQUIRE(model->rowCount(dossier) == 144);
    const QModelIndex first = model->index(0, 0, dossier);
    CHECK(first.data(Qt::FontRole).value<QFont>().bold());
    const qint64 id = first.data(DossierTreeModel::LetterIdRole).toLongLong();
    window.openLetter(id);
    CHECK_FALSE(fixture.library->letter(id)->unread);
    REQUIRE(waitFor([&] {
        const QModelIndex d = model->index(0, 0);
        if (model->canFetchMore(d))
            model->fetchMore(d);
        return !model->index(0, 0, d).data(Qt::FontRole).value<QFont>().bold();
    }));
    CHECK(model->index(0, 0).data(Qt::DisplayRole).toString().contains(QStringLiteral("143")));

    // A second check finds nothing new.
    status->checkFollowed();
    REQUIRE(waitFor([&] { return !status->isRunning(); }, 60000));
    CHECK(fixture.library->letterCount() == 144);
}
