#include "KeptByDialog.h"
#include "MainWindow.h"
#include "ReaderTab.h"
#include "TextView.h"
#include "ToezeggingModel.h"
#include "ToezeggingenPanel.h"
#include "UiFixture.h"
#include "library/RenditionText.h"
#include "session/LibrarySession.h"
#include "storage/ToezeggingRepository.h"
#include "toezeggingen/ToezeggingStore.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QListWidget>
#include <QSignalSpy>
#include <QTreeView>
#include <QUndoStack>

using namespace kl;

namespace {

QString firstText(ToezeggingenPanel* panel)
{
    const QModelIndex index = panel->view()->model()->index(0, ToezeggingModel::Text);
    return index.data().toString();
}

void selectFirst(ToezeggingenPanel* panel)
{
    panel->view()->setCurrentIndex(panel->view()->model()->index(0, 0));
    REQUIRE(panel->current());
}

} // namespace

TEST_CASE("The Toezeggingen dock lists a dossier's open commitment, marks it kept by a proposed letter and undoes it",
          "[ui][toezeggingen]")
{
    UiFixture fx;
    const qint64 made = fx.importTextLetter(
        "101", "Ik zal uw Kamer voor de zomer informeren over de uitkomsten van het onderzoek naar de opvang van "
               "alleenstaande minderjarige vreemdelingen.");
    const qint64 keeps = fx.importTextLetter(
        "102", "Met deze brief informeer ik u over de uitkomsten van het onderzoek naar de opvang van alleenstaande "
               "minderjarige vreemdelingen, conform mijn toezegging.");
    fx.importTextLetter("103", "De begroting van het ministerie is in evenwicht.", QStringLiteral("36 600 VI"));
    MainWindow window(fx.library.get());
    window.show();
    ToezeggingenPanel* panel = window.toezeggingenPanel();
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel->setDossier(QStringLiteral("19637"));
    REQUIRE(panel->view()->model()->rowCount() == 1);
    CHECK(firstText(panel).startsWith(QStringLiteral("Ik zal uw Kamer voor de zomer informeren")));
    // Another dossier has none open.
    panel->setDossier(QStringLiteral("36600-VI"));
    CHECK(panel->view()->model()->rowCount() == 0);
    panel->setDossier(QStringLiteral("19637"));
    selectFirst(panel);
    CHECK(panel->current()->letterId == made);
    CHECK(panel->current()->due.isValid());

    // The letter that says it keeps the promise, and shares its words, is proposed first.
    {
        KeptByDialog dialog(*fx.library, *panel->current());
        REQUIRE(dialog.list()->count() >= 1);
        CHECK(dialog.selectedLetter() == keeps);
        CHECK(dialog.list()->item(0)->text().contains(QStringLiteral("toezegging")));
    }
    REQUIRE(panel->markCurrentKeptBy(keeps));
    CHECK(panel->view()->model()->rowCount() == 0);
    window.session()->undoStack()->undo();
    REQUIRE(panel->view()->model()->rowCount() == 1);
    selectFirst(panel);
    CHECK(panel->current()->status == Toezegging::Status::Open);
    CHECK(panel->current()->keptBy.isEmpty());
    window.session()->undoStack()->redo();
    CHECK(panel->view()->model()->rowCount() == 0);
    window.session()->undoStack()->undo();

    // Dismissed, and back by undo; a double-click opens the letter at the sentence.
    selectFirst(panel);
    REQUIRE(panel->dismissCurrent());
    CHECK(panel->view()->model()->rowCount() == 0);
    window.session()->undoStack()->undo();
    REQUIRE(panel->view()->model()->rowCount() == 1);
    selectFirst(panel);
    REQUIRE(panel->openCurrent());
    REQUIRE(window.currentTab());
    CHECK(window.currentTab()->letterId() == made);

    // A sentence the detector missed is added by hand from a selection, and undone.
    const qint64 other = fx.importTextLetter("104", "Wij verwachten dat de Raad in maart een besluit neemt.");
    window.openLetter(other);
    TextView* view = window.currentTab()->textView();
    REQUIRE(view);
    const QString text = view->renditionText().text();
    const qsizetype at = text.indexOf(QStringLiteral("Wij verwachten"));
    REQUIRE(at >= 0);
    view->selectSpan(at, text.indexOf(QLatin1Char('.'), at) + 1);
    const qint64 added = window.addToezeggingFromSelection();
    REQUIRE(added > 0);
    CHECK(window.session()->toezeggingen().toezegging(added)->origin == Toezegging::Origin::Manual);
    CHECK(panel->view()->model()->rowCount() == 2);
    window.session()->undoStack()->undo();
    CHECK_FALSE(window.session()->toezeggingen().toezegging(added));
}

TEST_CASE("Following a TZ reference in a letter shows the registered toezegging", "[ui][toezeggingen]")
{
    UiFixture fx;
    fx.importTextLetter("105", "Met deze brief doe ik de toezegging TZ202410-113 gestand.");
    Toezegging registered;
    registered.origin = Toezegging::Origin::Registered;
    registered.number = QStringLiteral("TZ202410-113");
    registered.dossier = QStringLiteral("19637");
    registered.text = QStringLiteral("De minister zegt toe de Kamer voor 1 maart 2025 per brief te informeren.");
    registered.status = Toezegging::Status::Kept;
    REQUIRE(ToezeggingRepository(fx.library->database()).storeRegistered(registered).ok());
    MainWindow window(fx.library.get());
    window.show();
    ReferenceSpan span;
    span.kind = QStringLiteral("toezegging");
    span.target = QStringLiteral("tz:TZ202410-113");
    span.text = QStringLiteral("TZ202410-113");
    window.followReference(span);
    CHECK(window.lastReferenceMessage().isEmpty());
    CHECK(window.toezeggingenDock()->isVisible());
    REQUIRE(window.toezeggingenPanel()->current());
    CHECK(window.toezeggingenPanel()->current()->number == QStringLiteral("TZ202410-113"));
    span.target = QStringLiteral("tz:TZ202410-999");
    window.followReference(span);
    CHECK(window.lastReferenceMessage().contains(QStringLiteral("TZ202410-999")));
}
