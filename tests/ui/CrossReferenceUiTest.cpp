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
#include "TextWrap.h"
#include "UiFixture.h"
#include "library/RenditionText.h"
#include "links/LinkStore.h"
#include "session/LibrarySession.h"
#include "session/Passage.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollBar>
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
    // The words searched for are selected, not their whole passage, and every hit is marked.
    CHECK(tab->textView()->selectedText() == QStringLiteral("spreidingswet"));
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
    // What a reader knows it by, not the library's id.
    CHECK(span.toolTip().contains(QStringLiteral("31490, nr. 77")));
    CHECK_FALSE(span.toolTip().contains(QStringLiteral("kst-")));
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

TEST_CASE("Following a cross-reference into a tab that is open already scrolls to the passage",
          "[ui][references][links]")
{
    UiFixture fx;
    QString body;
    for (int i = 1; i <= 80; ++i)
        body += i == 40 ? QStringLiteral("Gemeenten krijgen een taakstelling voor de opvang.\n\n")
                        : QStringLiteral("Alinea %1 gaat over de uitvoering van de wet in de gemeenten.\n\n").arg(i);
    const qint64 target = fx.importTextLetter("311", body);
    const qint64 source = fx.importTextLetter("310", "Het kabinet houdt vast aan de afspraken uit de brief.");
    MainWindow window(fx.library.get());
    window.resize(1100, 700);
    // Both open before the window shows, as the tabs of the last session are: the target's tab was never shown.
    ReaderTab* targetTab = window.openLetter(target);
    REQUIRE(targetTab->textView());
    TextView* targetView = targetTab->textView();
    ReaderTab* tab = window.openLetter(source);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(targetView->verticalScrollBar()->value() == 0);
    selectText(tab->textView(), QStringLiteral("de afspraken uit de brief"));
    QString error;
    const qint64 id = window.linkSelection(target, QStringLiteral("taakstelling voor de opvang"), {}, &error);
    INFO(error.toStdString());
    REQUIRE(id);
    int index = -1;
    for (int i = 0; i < tab->referenceSpans().size(); ++i)
        if (tab->referenceSpans()[i].linkId == id)
            index = i;
    REQUIRE(index >= 0);
    // The window changes while the target's tab is hidden: its view is laid out anew when it is shown.
    window.resize(1500, 950);
    QTest::qWait(20);
    // Clicked as a reader does.
    clickReference(tab->textView(), tab->textView()->references().at(index));
    CHECK(window.tabCount() == 2);
    CHECK(window.currentTab() == targetTab);
    CHECK(targetView->selectedText() == QStringLiteral("taakstelling voor de opvang"));
    // In sight, once the tab is shown and laid out.
    QTest::qWait(50);
    CHECK(targetView->verticalScrollBar()->value() > 0);
    CHECK(targetView->viewport()->rect().contains(targetView->cursorRect()));
}

TEST_CASE("Following a cross-reference into the open Regeerprogramma scrolls to its page",
          "[ui][references][links][corpus]")
{
    const QStringList files = UiFixture::corpusFiles({kSeed, kRegeerprogramma});
    if (!TestPaths::haveCorpus()) { // corpusFiles gives empty names then, not fewer
        WARN("SKIPPED: the corpus is not there");
        return;
    }
    UiFixture fx;
    const QList<qint64> ids = fx.import(files);
    MainWindow window(fx.library.get());
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ReaderTab* targetTab = window.openLetter(ids[1]);
    REQUIRE(targetTab->pdfView());
    PdfView* pdf = targetTab->pdfView();
    QTest::qWait(50);
    CHECK(pdf->currentPage() == 0);

    ReaderTab* tab = window.openLetter(ids[0]);
    selectText(tab->textView(), QStringLiteral("Regeerprogramma"));
    QString error;
    const qint64 id =
        window.linkSelection(ids[1], QStringLiteral("dat Nederland een opt-out van Europese asiel- en"), {}, &error);
    INFO(error.toStdString());
    REQUIRE(id);
    int index = -1;
    for (int i = 0; i < tab->referenceSpans().size(); ++i)
        if (tab->referenceSpans()[i].linkId == id)
            index = i;
    REQUIRE(index >= 0);
    // The window changes while the target's tab is hidden: its view is laid out anew when it is shown.
    window.resize(1800, 1000);
    QTest::qWait(20);
    REQUIRE(window.followReference(tab->referenceSpans().at(index)) == targetTab);
    CHECK(window.currentTab() == targetTab);
    CHECK(pdf->selectedText().simplified().startsWith(QStringLiteral("dat Nederland een opt-out")));
    QTest::qWait(50);
    const QList<QRectF> words = pdf->selectionRects(19);
    REQUIRE_FALSE(words.isEmpty());
    PdfPageWidget* page = pdf->pageWidget(19);
    const QRect shown =
        page->toWidget(words.first()).toAlignedRect().translated(page->mapTo(pdf->viewport(), QPoint()));
    INFO("words at " << shown.y() << ", viewport " << pdf->viewport()->height());
    CHECK(pdf->viewport()->rect().contains(shown));
}

TEST_CASE("Following a cross-reference into a PDF tab that is open already scrolls to the passage",
          "[ui][references][links][pdf]")
{
    UiFixture fx;
    const qint64 target = fx.import({TestPaths::data("two-pages.pdf")}).first();
    const qint64 source = fx.importTextLetter("312", "Het kabinet houdt vast aan de afspraken uit de brief.");
    MainWindow window(fx.library.get());
    window.resize(1100, 700);
    // Both open before the window shows, as the tabs of the last session are: the target's tab was never shown.
    ReaderTab* targetTab = window.openLetter(target);
    REQUIRE(targetTab->pdfView());
    PdfView* pdf = targetTab->pdfView();
    ReaderTab* tab = window.openLetter(source);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    selectText(tab->textView(), QStringLiteral("de afspraken uit de brief"));
    QString error;
    const qint64 id = window.linkSelection(target, QStringLiteral("tweede pagina van de brief"), {}, &error);
    INFO(error.toStdString());
    REQUIRE(id);
    int index = -1;
    for (int i = 0; i < tab->referenceSpans().size(); ++i)
        if (tab->referenceSpans()[i].linkId == id)
            index = i;
    REQUIRE(index >= 0);
    // The window grows while the target's tab is hidden: its view is laid out anew (wider pages) when shown.
    window.resize(1500, 950);
    QTest::qWait(20);
    REQUIRE(window.followReference(tab->referenceSpans().at(index)) == targetTab);
    CHECK(window.currentTab() == targetTab);
    CHECK(pdf->selectedText().simplified().startsWith(QStringLiteral("tweede pagina van de brief")));
    // The selected words are in sight, once the tab is shown and laid out.
    QTest::qWait(50);
    const QList<QRectF> words = pdf->selectionRects(1);
    REQUIRE_FALSE(words.isEmpty());
    PdfPageWidget* page = pdf->pageWidget(1);
    const QRect shown =
        page->toWidget(words.first()).toAlignedRect().translated(page->mapTo(pdf->viewport(), QPoint()));
    INFO("words at " << shown.y() << ", viewport " << pdf->viewport()->height());
    CHECK(pdf->viewport()->rect().contains(shown));
}

TEST_CASE("A search hit selects only its words and Ctrl+H leaves the new highlight unselected",
          "[ui][search][annotations]")
{
    UiFixture fx;
    const qint64 a = fx.importTextLetter("103", "Inleiding.\n\nDe opvang van asielzoekers in gemeenten vraagt om "
                                                "een spreidingswet die de lasten eerlijk verdeelt over het land.");
    MainWindow window(fx.library.get());
    window.show();
    ReaderTab* tab = window.openLetter(a);
    REQUIRE(tab->textView());
    TextView* view = tab->textView();
    // A highlight the reader made earlier in the same paragraph.
    selectText(view, QStringLiteral("De opvang van asielzoekers"));
    REQUIRE(window.annotateSelection(Annotation::Highlight));
    CHECK(view->selectedText().isEmpty());

    const QString& text = view->renditionText().text();
    const qsizetype start = text.indexOf(QStringLiteral("De opvang"));
    const qsizetype end = text.indexOf(QStringLiteral("het land.")) + 9;
    window.openSearchResult(a, tab->currentRenditionId(), 1, start, end, QStringLiteral("spreidingswet"));
    CHECK(view->selectedText() == QStringLiteral("spreidingswet"));
    // The earlier highlight is not under the selection.
    const auto [from, to] = view->selectedSpan();
    CHECK(from > text.indexOf(QStringLiteral("asielzoekers")));
    // A prefix query selects the whole word; two words, the first of them found.
    window.openSearchResult(a, tab->currentRenditionId(), 1, start, end, QStringLiteral("spreiding*"));
    CHECK(view->selectedText() == QStringLiteral("spreidingswet"));
    window.openSearchResult(a, tab->currentRenditionId(), 1, start, end, QStringLiteral("lasten spreidingswet"));
    CHECK(view->selectedText() == QStringLiteral("lasten"));

    // Ctrl+H on the hit: highlighted, and the selection is gone, so the highlight shows in its colour.
    window.openSearchResult(a, tab->currentRenditionId(), 1, start, end, QStringLiteral("spreidingswet"));
    const qint64 id = window.annotateSelection(Annotation::Highlight);
    REQUIRE(id);
    CHECK(view->selectedText().isEmpty());
    CHECK(view->textCursor().position() > 0);
    bool marked = false;
    for (const TextView::Mark& m : view->marks())
        marked = marked || (m.id == id && text.mid(m.start, m.end - m.start) == QStringLiteral("spreidingswet"));
    CHECK(marked);
}

TEST_CASE("Ctrl+H on a PDF selection leaves the new highlight unselected", "[ui][annotations][pdf]")
{
    UiFixture fx;
    const qint64 id = fx.import({TestPaths::data("two-pages.pdf")}).first();
    MainWindow window(fx.library.get());
    window.show();
    ReaderTab* tab = window.openLetter(id);
    REQUIRE(tab->pdfView());
    const PageText& words = tab->pdfView()->renderer()->pageTextNow(0);
    REQUIRE(words.words.size() > 3);
    tab->pdfView()->selectSpan(0, words.words[1].start, words.words[2].end);
    REQUIRE_FALSE(tab->pdfView()->selectedText().isEmpty());
    REQUIRE(window.annotateSelection(Annotation::Highlight));
    CHECK(tab->pdfView()->selectedText().isEmpty());
    CHECK(tab->pdfView()->annotationMarks(0).size() == 1);
}

TEST_CASE("Following a link into the other rendition of an open tab scrolls to the passage", "[ui][references][links]")
{
    UiFixture fx;
    const qint64 target = fx.import({TestPaths::data("letter.pdf")}).first();
    // A long text of the same Kamerstuk (31 490, nr. 77): its second rendition.
    QString body;
    for (int i = 1; i <= 80; ++i)
        body += i == 40 ? QStringLiteral("Gemeenten krijgen een taakstelling voor de opvang.\n\n")
                        : QStringLiteral("Alinea %1 gaat over de uitvoering van de wet in de gemeenten.\n\n").arg(i);
    REQUIRE(fx.importTextLetter("77", body, "31 490") == target);
    const qint64 source = fx.importTextLetter("313", "Het kabinet houdt vast aan de afspraken uit de brief.");
    MainWindow window(fx.library.get());
    window.resize(1100, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ReaderTab* targetTab = window.openLetter(target);
    REQUIRE(targetTab->pdfView()); // the PDF first: the text's view is made when it is first shown
    qint64 text = 0;
    for (const RenditionRecord& r : targetTab->letter().renditions)
        if (r.format == QLatin1String("text"))
            text = r.id;
    REQUIRE(text);

    // A link to the passage in the text rendition, as Related passages makes it.
    ReaderTab* tab = window.openLetter(source);
    selectText(tab->textView(), QStringLiteral("de afspraken uit de brief"));
    const std::optional<Annotation> from = tab->annotationFromSelection(Annotation::Highlight, QString());
    REQUIRE(from);
    const QString& stored = targetTab->renditionText(text).text();
    const qsizetype at = stored.indexOf(QStringLiteral("taakstelling voor de opvang"));
    REQUIRE(at > 0);
    const Result<qint64> id = window.session()->linkPassages(
        Passage{source, from->renditionId, from->anchor, 0, {}},
        Passage{target, text, TextAnchor::fromRange(stored, at, at + 27), 0, {}}, QString());
    REQUIRE(id);
    int index = -1;
    for (int i = 0; i < tab->referenceSpans().size(); ++i)
        if (tab->referenceSpans()[i].linkId == *id)
            index = i;
    REQUIRE(index >= 0);
    clickReference(tab->textView(), tab->textView()->references().at(index));
    REQUIRE(window.currentTab() == targetTab);
    REQUIRE(targetTab->textView());
    TextView* view = targetTab->textView();
    CHECK(view->selectedText() == QStringLiteral("taakstelling voor de opvang"));
    QTest::qWait(50);
    INFO("cursor at " << view->cursorRect().y() << ", viewport " << view->viewport()->height());
    CHECK(view->viewport()->rect().contains(view->cursorRect()));
}

TEST_CASE("Link to offers the target's passages, those like the selection first, and cuts quotes at a word",
          "[ui][references][links]")
{
    UiFixture fx;
    const qint64 source = fx.importTextLetter("310", "Het kabinet wil de taakstelling voor de opvang per gemeente "
                                                     "verlagen.\n\nDaarna volgt de uitvoering.");
    const qint64 target = fx.importTextLetter("311", "De spreidingswet treedt in werking op 1 februari.\n\n"
                                                     "Gemeenten krijgen een taakstelling voor de opvang van "
                                                     "asielzoekers.\n\nDe minister komt hier op terug.");
    MainWindow window(fx.library.get());
    window.show();
    ReaderTab* tab = window.openLetter(source);
    selectText(tab->textView(), QStringLiteral("de taakstelling voor de opvang per gemeente"));

    LinkDialog dialog(*fx.library, source, QStringLiteral("de taakstelling voor de opvang per gemeente"));
    REQUIRE(dialog.selectLetter(target));
    const QStringList offered = dialog.offeredPassages();
    REQUIRE(offered.size() >= 3);
    // The passage most like the selection first; then every passage in the letter's order.
    CHECK(offered.first().contains(QStringLiteral("taakstelling voor de opvang van asielzoekers")));
    CHECK(offered.contains(QStringLiteral("De minister komt hier op terug.")));
    REQUIRE(dialog.choosePassage(0));
    CHECK(dialog.passage() == offered.first());

    QString error;
    const qint64 id = window.linkSelection(target, dialog.passage(), {}, &error);
    INFO(error.toStdString());
    REQUIRE(id);
    CHECK(window.session()->links().link(id)->to.exact.contains(QStringLiteral("taakstelling")));

    // A pasted quote still works; the whole document is the default.
    dialog.setPassage(QStringLiteral("treedt in werking"));
    CHECK(dialog.passage() == QStringLiteral("treedt in werking"));
    dialog.passageBox()->setCurrentIndex(0);
    CHECK(dialog.passage().isEmpty());

    // Quotes shown in the dialog end at a word, not inside one.
    CHECK(TextWrap::shortened(QStringLiteral("De taakstelling voor de opvang van asielzoekers"), 20) ==
          QStringLiteral("De taakstelling…"));
    CHECK(TextWrap::shortened(QStringLiteral("kort"), 20) == QStringLiteral("kort"));
}
