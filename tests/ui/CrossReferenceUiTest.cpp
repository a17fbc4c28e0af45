#include "DossierPanel.h"
#include "DossierTreeModel.h"
#include "FindBar.h"
#include "LinkDialog.h"
#include "MainWindow.h"
#include "PdfPageWidget.h"
#include "PdfRenderer.h"
#include "PdfView.h"
#include "ReaderTab.h"
#include "ReferencesPanel.h"
#include "RelatedPassagesPanel.h"
#include "SearchPanel.h"
#include "SearchResultsModel.h"
#include "TestPaths.h"
#include "TextView.h"
#include "UiFixture.h"
#include "library/RenditionText.h"
#include "links/LinkStore.h"
#include "session/LibrarySession.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QDockWidget>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace kl;

namespace {

const QString kSeed = QStringLiteral("txt/kst-19637-3274__brief-minister-asiel-migratie.txt");
const QString kRegeerprogramma = QStringLiteral("pdf/regeerprogramma-2024-09-13__uitwerking-hoofdlijnenakkoord.pdf");

// The first reference of a view with the given target.
int referenceTo(const QList<ReferenceSpan>& spans, const QString& target)
{
    for (int i = 0; i < spans.size(); ++i)
        if (spans[i].target == target)
            return i;
    return -1;
}

// Clicks a reference in a text view as a mouse would.
void clickReference(TextView* view, const ReferenceSpan& span)
{
    view->setTextCursor(QTextCursor(view->document())); // no selection
    view->ensureCursorVisible();
    QTextCursor c(view->document());
    c.setPosition(view->toDocument(span.start + (span.end - span.start) / 2));
    view->setTextCursor(c);
    view->ensureCursorVisible();
    const QPoint at = view->rectOf(span.start + (span.end - span.start) / 2).center();
    REQUIRE(view->referenceAt(at) >= 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
}

// Selects the first occurrence of `phrase` (whitespace-insensitive) in a text view.
void selectText(TextView* view, const QString& phrase)
{
    QString pattern;
    for (const QString& w : phrase.split(' '))
        pattern += (pattern.isEmpty() ? QString() : QStringLiteral("\\s+")) + QRegularExpression::escape(w);
    const QRegularExpressionMatch m = QRegularExpression(pattern).match(view->renditionText().text());
    REQUIRE(m.hasMatch());
    view->selectSpan(m.capturedStart(), m.capturedEnd());
}

QModelIndex findLetterRow(DossierTreeModel* model, qint64 letterId, int column)
{
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        while (model->canFetchMore(group))
            model->fetchMore(group);
        for (int r = 0; r < model->rowCount(group); ++r)
            if (model->index(r, 0, group).data(DossierTreeModel::LetterIdRole).toLongLong() == letterId)
                return model->index(r, column, group);
    }
    return {};
}

} // namespace

TEST_CASE("A search result opens the letter at the hit with the query marked", "[ui][search][references]")
{
    UiFixture fx;
    const qint64 a = fx.importTextLetter("101", "De opt-out voor de opvang wordt onderzocht.\n\nDe opvang van "
                                                "asielzoekers in gemeenten vraagt om een spreidingswet.");
    fx.importTextLetter("102", "Gemeenten regelen de opvang.\n\nDe financiële gevolgen zijn beperkt.");
    MainWindow window(fx.library.get());
    window.show();
    window.searchDock()->hide();
    window.searchLibrary();
    CHECK(window.searchDock()->isVisible());
    QTest::keyClicks(window.searchPanel()->queryEdit(), QStringLiteral("spreidingswet"));
    REQUIRE(waitFor([&] { return window.searchPanel()->model()->rowCount() >= 1; }, 5000));
    QTest::keyClick(window.searchPanel()->queryEdit(), Qt::Key_Return);
    REQUIRE(window.tabCount() == 1);
    ReaderTab* tab = window.currentTab();
    CHECK(tab->letterId() == a);
    REQUIRE(tab->textView());
    // The passage is selected and the words searched for are marked.
    CHECK(tab->textView()->selectedText().contains(QStringLiteral("spreidingswet")));
    CHECK(tab->findBar()->isVisible());
    CHECK(tab->findBar()->text() == QStringLiteral("spreidingswet"));
    CHECK(tab->textView()->hitCount() == 1);

    // A second result of the open letter reuses its tab.
    window.openSearchResult(a, tab->currentRenditionId(), 1, 0, 10, QStringLiteral("\"opt-out\""));
    CHECK(window.tabCount() == 1);
    CHECK(tab->findBar()->text() == QStringLiteral("opt-out"));
    CHECK(tab->textView()->hitCount() == 1);
}

TEST_CASE("Clicking a detected reference opens the letter it resolves to", "[ui][references]")
{
    UiFixture fx;
    const qint64 source =
        fx.importTextLetter("200", "Zie Kamerstuk 31 490, nr. 77 over de voortgang van de digitale overheid.");
    const qint64 target = fx.import({TestPaths::data("letter.pdf")}).first();
    MainWindow window(fx.library.get());
    window.show();
    ReaderTab* tab = window.openLetter(source);
    REQUIRE(tab->textView());
    const int index = referenceTo(tab->textView()->references(), QStringLiteral("kst-31490-77"));
    REQUIRE(index >= 0);
    const ReferenceSpan span = tab->textView()->references().at(index);
    CHECK(span.resolved());
    CHECK(span.toolTip().contains(QStringLiteral("kst-31490-77")));
    clickReference(tab->textView(), span);
    REQUIRE(window.tabCount() == 2);
    CHECK(window.currentTab()->letterId() == target);

    // The target's Referenced-by panel lists the citing letter, and the tree counts it.
    CHECK(window.referencesPanel()->citingLetters() == QList<qint64>{source});
    CHECK(window.dossierPanel()->model()->citingCount(target) == 1);
    const QModelIndex cell = findLetterRow(window.dossierPanel()->model(), target, DossierTreeModel::CitedByColumn);
    REQUIRE(cell.isValid());
    CHECK(cell.data().toInt() == 1);
    CHECK(window.dossierPanel()->model()->headerData(DossierTreeModel::CitedByColumn, Qt::Horizontal).toString() ==
          "Cited by");

    // One click on the backlink shows the citing passage.
    QTreeWidget* backlinks = window.referencesPanel()->backlinksView();
    REQUIRE(backlinks->topLevelItemCount() == 1);
    QTreeWidgetItem* passage = backlinks->topLevelItem(0)->child(0);
    REQUIRE(passage);
    CHECK(passage->text(0).simplified().contains(QStringLiteral("Kamerstuk 31 490, nr. 77")));
    backlinks->scrollToItem(passage);
    QTest::mouseClick(backlinks->viewport(), Qt::LeftButton, {}, backlinks->visualItemRect(passage).center());
    CHECK(window.currentTab()->letterId() == source);
    CHECK(window.currentTab()->textView()->selectedText() == span.text);
}

TEST_CASE("A reference to a document not in the library says so", "[ui][references]")
{
    UiFixture fx;
    const qint64 source = fx.importTextLetter("201", "Zie Kamerstuk 36 471, nr. 96 over de opvang.");
    MainWindow window(fx.library.get());
    window.show();
    ReaderTab* tab = window.openLetter(source);
    const int index = referenceTo(tab->textView()->references(), QStringLiteral("kst-36471-96"));
    REQUIRE(index >= 0);
    CHECK_FALSE(tab->textView()->references().at(index).resolved());
    clickReference(tab->textView(), tab->textView()->references().at(index));
    CHECK(window.tabCount() == 1);
    CHECK(window.lastReferenceMessage().contains(QStringLiteral("not in the library")));
    CHECK(window.lastReferenceMessage().contains(QStringLiteral("kst-36471-96")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("not in the library")));

    // Listed under "In this document" as not in the library.
    QTreeWidget* outgoing = window.referencesPanel()->outgoingView();
    REQUIRE(outgoing->topLevelItemCount() >= 1);
    CHECK(outgoing->topLevelItem(0)->text(1) == QStringLiteral("Not in the library"));

    // Once the target is there, the same reference resolves.
    const qint64 target = fx.importTextLetter("96", "De brief waarnaar verwezen wordt.", "36 471");
    const int again = referenceTo(tab->textView()->references(), QStringLiteral("kst-36471-96"));
    REQUIRE(again >= 0);
    CHECK(tab->textView()->references().at(again).targetLetter == target);
}

TEST_CASE("References in a PDF are marked and clickable", "[ui][references]")
{
    UiFixture fx;
    const qint64 letter = fx.import({TestPaths::data("letter.pdf")}).first();
    MainWindow window(fx.library.get());
    window.resize(1200, 900);
    window.show();
    ReaderTab* tab = window.openLetter(letter);
    PdfView* pdf = tab->pdfView();
    REQUIRE(pdf);
    REQUIRE_FALSE(pdf->references().isEmpty());
    const ReferenceSpan span = pdf->references().first();
    const RenditionText& text = tab->renditionText(tab->currentRenditionId());
    const int page = text.pageAt(span.start) - 1;
    pdf->renderer()->pageTextNow(page);
    const auto rects = pdf->referenceRects(page);
    REQUIRE_FALSE(rects.isEmpty());
    REQUIRE_FALSE(rects.first().second.isEmpty());
    PdfPageWidget* w = pdf->pageWidget(page);
    pdf->showRect(page, rects.first().second.first());
    const QPoint at = w->toWidget(rects.first().second.first()).center().toPoint();
    CHECK(pdf->referenceAt(page, rects.first().second.first().center()) == 0);
    QTest::mouseClick(w, Qt::LeftButton, {}, at);
    if (span.resolved())
        CHECK(window.currentTab()->letterId() == span.targetLetter);
    else
        CHECK(window.lastReferenceMessage().contains(QStringLiteral("not in the library")));
}

TEST_CASE("Link to makes an undoable cross-reference that shows in the target's Referenced-by panel",
          "[ui][references][links]")
{
    UiFixture fx;
    const qint64 source = fx.importTextLetter("300", "Het kabinet houdt vast aan de afspraken uit de brief over "
                                                     "de spreidingswet.\n\nDaarna volgt de uitvoering.");
    const qint64 target = fx.importTextLetter("301", "De spreidingswet treedt in werking op 1 februari.\n\n"
                                                     "Gemeenten krijgen een taakstelling voor de opvang.");
    MainWindow window(fx.library.get());
    window.show();

    LinkDialog dialog(*fx.library, source, QStringLiteral("x"));
    CHECK(dialog.listedCount() == 1);
    dialog.setFilter(QStringLiteral("19637 301"));
    CHECK(dialog.listedCount() == 1);
    CHECK(dialog.selectedLetter() == target);
    dialog.setFilter(QStringLiteral("nothing like it"));
    CHECK(dialog.listedCount() == 0);
    CHECK(dialog.selectedLetter() == 0);

    ReaderTab* tab = window.openLetter(source);
    QString error;
    CHECK(window.linkSelection(target, {}, {}, &error) == 0); // nothing selected
    CHECK_FALSE(error.isEmpty());
    selectText(tab->textView(), QStringLiteral("de afspraken uit de brief"));
    const int before = window.undoStack()->count();
    CHECK(window.linkSelection(target, QStringLiteral("niet in de brief"), {}, &error) == 0);
    CHECK(error.contains(QStringLiteral("not found")));
    // The quote is found whatever its line breaks and spaces.
    const qint64 id = window.linkSelection(target, QStringLiteral("taakstelling voor  de\nopvang"),
                                           QStringLiteral("Zie de taakstelling"), &error);
    INFO(error.toStdString());
    REQUIRE(id);
    CHECK(window.undoStack()->count() == before + 1);
    const std::optional<Link> link = window.session()->links().link(id);
    REQUIRE(link);
    CHECK(link->from.exact == QStringLiteral("de afspraken uit de brief"));
    CHECK(link->to.exact == QStringLiteral("taakstelling voor de opvang"));
    CHECK(link->note == QStringLiteral("Zie de taakstelling"));

    // The link is marked in the source like a reference, and following it shows the passage in the target.
    int index = -1;
    for (int i = 0; i < tab->referenceSpans().size(); ++i)
        if (tab->referenceSpans()[i].linkId == id)
            index = i;
    REQUIRE(index >= 0);
    CHECK(tab->textView()->references().at(index).source == ReferenceSpan::HandMade);
    clickReference(tab->textView(), tab->textView()->references().at(index));
    REQUIRE(window.currentTab()->letterId() == target);
    CHECK(window.currentTab()->textView()->selectedText() == QStringLiteral("taakstelling voor de opvang"));
    CHECK(window.referencesPanel()->citingLetters() == QList<qint64>{source});
    CHECK(window.dossierPanel()->model()->citingCount(target) == 1);

    window.undoStack()->undo();
    CHECK_FALSE(window.session()->links().link(id));
    CHECK(window.referencesPanel()->citingLetters().isEmpty());
    CHECK(window.dossierPanel()->model()->citingCount(target) == 0);
    window.undoStack()->redo();
    CHECK(window.referencesPanel()->citingLetters() == QList<qint64>{source});
}

TEST_CASE("Related passages lists a passage of another letter and one click makes a link", "[ui][references][related]")
{
    UiFixture fx;
    const qint64 source = fx.importTextLetter("400", "De opvang van asielzoekers in gemeenten vraagt om een "
                                                     "spreidingswet met een eerlijke verdeling.");
    const qint64 other = fx.importTextLetter("401", "Over het weer.\n\nEen eerlijke verdeling van de opvang van "
                                                    "asielzoekers over gemeenten is het doel van de spreidingswet.");
    MainWindow window(fx.library.get());
    window.show();
    ReaderTab* tab = window.openLetter(source);
    CHECK(window.showRelatedPassages() == 0); // nothing selected
    selectText(tab->textView(), QStringLiteral("opvang van asielzoekers in gemeenten vraagt om een spreidingswet"));
    REQUIRE(window.showRelatedPassages() >= 1);
    RelatedPassagesPanel* related = window.referencesPanel()->related();
    REQUIRE(related->hits().first().letterId == other);
    CHECK(window.referencesDock()->isVisible());
    QTreeWidget* view = related->view();
    REQUIRE(view->topLevelItemCount() >= 1);
    CHECK(view->topLevelItem(0)->text(0).simplified().contains(QStringLiteral("eerlijke verdeling")));

    // The Link button makes a cross-reference with both anchors.
    auto* button = qobject_cast<QAbstractButton*>(view->itemWidget(view->topLevelItem(0), 1));
    REQUIRE(button);
    button->click();
    const QList<Link> links = window.session()->links().linksFrom(source);
    REQUIRE(links.size() == 1);
    CHECK(links[0].toLetter == other);
    CHECK(links[0].to.exact.contains(QStringLiteral("eerlijke verdeling")));
    CHECK_FALSE(button->isEnabled());

    // A click on the passage opens it.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualItemRect(view->topLevelItem(0)).center());
    CHECK(window.currentTab()->letterId() == other);
    CHECK(window.currentTab()->textView()->selectedText().contains(QStringLiteral("eerlijke verdeling")));
    window.undoStack()->undo();
    CHECK(window.session()->links().linksFrom(source).isEmpty());
}

TEST_CASE("Known as makes named references resolve", "[ui][references]")
{
    UiFixture fx;
    const qint64 source = fx.importTextLetter("500", "Zoals in het Regeerprogramma staat, komt er een wet.");
    const qint64 program = fx.importTextLetter("501", "Het programma van het kabinet.", "36 471");
    MainWindow window(fx.library.get());
    window.show();
    ReaderTab* tab = window.openLetter(source);
    int index = referenceTo(tab->referenceSpans(), QStringLiteral("named:regeerprogramma"));
    REQUIRE(index >= 0);
    CHECK_FALSE(tab->referenceSpans().at(index).resolved());
    window.openLetter(program);
    REQUIRE(window.setCurrentNamedAs(QStringLiteral("Regeerprogramma")));
    CHECK(fx.library->letter(program)->metadata.namedAs == QStringLiteral("regeerprogramma"));
    CHECK(window.referencesPanel()->citingLetters() == QList<qint64>{source});
    index = referenceTo(tab->referenceSpans(), QStringLiteral("named:regeerprogramma"));
    REQUIRE(index >= 0);
    CHECK(tab->referenceSpans().at(index).targetLetter == program);
}

TEST_CASE("The seed letter's Regeerprogramma reference opens it and its Referenced-by lists the seed",
          "[ui][references][corpus]")
{
    if (!TestPaths::haveCorpus()) {
        WARN("SKIPPED: the corpus is absent");
        return;
    }
    UiFixture fx;
    const QList<qint64> ids = fx.import(UiFixture::corpusFiles({kSeed, kRegeerprogramma}));
    const qint64 seed = ids[0], rp = ids[1];
    MainWindow window(fx.library.get());
    window.resize(1400, 900);
    window.show();
    ReaderTab* tab = window.openLetter(seed);
    REQUIRE(tab->textView());
    const int index = referenceTo(tab->textView()->references(), QStringLiteral("named:regeerprogramma"));
    REQUIRE(index >= 0);
    CHECK(tab->textView()->references().at(index).targetLetter == rp);
    clickReference(tab->textView(), tab->textView()->references().at(index));
    REQUIRE(window.currentTab()->letterId() == rp);
    CHECK(window.referencesPanel()->citingLetters() == QList<qint64>{seed});
    CHECK(window.dossierPanel()->model()->citingCount(rp) == 1);
    QTreeWidgetItem* passage = window.referencesPanel()->backlinksView()->topLevelItem(0)->child(0);
    REQUIRE(passage);
    CHECK(passage->text(0).simplified().contains(QStringLiteral("Regeerprogramma")));
    // And back.
    QTreeWidget* backlinks = window.referencesPanel()->backlinksView();
    QTest::mouseClick(backlinks->viewport(), Qt::LeftButton, {}, backlinks->visualItemRect(passage).center());
    CHECK(window.currentTab()->letterId() == seed);
    CHECK(window.currentTab()->textView()->selectedText() == QStringLiteral("Regeerprogramma"));
}

TEST_CASE("Screenshot of a followed reference with the Referenced-by dock", "[.][screenshot][references]")
{
    if (!TestPaths::haveCorpus())
        return;
    UiFixture fx;
    const QList<qint64> ids = fx.import(UiFixture::corpusFiles({kSeed, kRegeerprogramma}));
    MainWindow window(fx.library.get());
    window.resize(1560, 960);
    window.show();
    ReaderTab* seedTab = window.openLetter(ids[0]);
    const int index = referenceTo(seedTab->textView()->references(), QStringLiteral("named:regeerprogramma"));
    REQUIRE(index >= 0);
    const QString which = qEnvironmentVariable("KAMERLEZER_SHOT", "seed");
    if (which == "rp") {
        clickReference(seedTab->textView(), seedTab->textView()->references().at(index));
        window.referencesDock()->show();
        window.referencesDock()->raise();
        window.referencesPanel()->showBacklinks();
    } else {
        // The seed letter at its reference, with the outgoing references listed.
        const ReferenceSpan span = seedTab->textView()->references().at(index);
        QTextCursor c(seedTab->textView()->document());
        c.setPosition(seedTab->textView()->toDocument(span.start));
        seedTab->textView()->setTextCursor(c);
        seedTab->textView()->ensureCursorVisible();
        window.referencesDock()->show();
        window.referencesDock()->raise();
        window.referencesPanel()->showOutgoing();
    }
    waitFor([] { return false; }, 1500);
    const QString out = qEnvironmentVariable("KAMERLEZER_SCREENSHOT", "/tmp/kamerlezer-references.png");
    REQUIRE(window.grab().save(out));
}

TEST_CASE("Screenshot of the search dock with opt-out and the letter at the hit", "[.][screenshot][search]")
{
    if (!TestPaths::haveCorpus())
        return;
    UiFixture fx;
    fx.import(UiFixture::corpusFiles({kSeed, kRegeerprogramma, QStringLiteral("xml/kst-19637-3194__motie.xml"),
                                      QStringLiteral("xml/kst-21501-20-2146__motie.xml"),
                                      QStringLiteral("xml/kst-36704-57__motie.xml"),
                                      QStringLiteral("pdf/kst-36450-3__memorie-van-toelichting.pdf")}));
    MainWindow window(fx.library.get());
    window.resize(1560, 960);
    window.show();
    window.searchLibrary();
    QTest::keyClicks(window.searchPanel()->queryEdit(), QStringLiteral("opt-out"));
    REQUIRE(waitFor([&] { return window.searchPanel()->model()->rowCount() >= 2; }, 5000));
    QTest::keyClick(window.searchPanel()->queryEdit(), Qt::Key_Return);
    REQUIRE(window.currentTab());
    waitFor([] { return false; }, 1500);
    const QString out = qEnvironmentVariable("KAMERLEZER_SCREENSHOT", "/tmp/kamerlezer-search-dock.png");
    REQUIRE(window.grab().save(out));
}
