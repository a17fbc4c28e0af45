#include "SearchPanel.h"
#include "SearchResultsModel.h"
#include "SnippetDelegate.h"
#include "TestPaths.h"
#include "UiFixture.h"
#include "annotations/AnnotationStore.h"
#include "annotations/QuoteAnnotator.h"
#include "search/SearchEngine.h"
#include "session/LibrarySession.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFontMetrics>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using kl::SearchHit;
using kl::SearchPanel;
using kl::SearchResultsModel;

namespace {

// QAbstractItemModelTester in Warning mode reports through the "qt.modeltest" category; collect those.
QStringList g_modelFailures;
QtMessageHandler g_previous = nullptr;
void collect(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category && QByteArray(context.category) == "qt.modeltest" && type != QtDebugMsg)
        g_modelFailures.append(message);
    else if (g_previous)
        g_previous(type, context, message);
}
struct TesterGuard {
    explicit TesterGuard(QAbstractItemModel* model)
    {
        g_modelFailures.clear();
        g_previous = qInstallMessageHandler(collect);
        tester =
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    }
    ~TesterGuard()
    {
        tester.reset();
        qInstallMessageHandler(g_previous);
    }
    std::unique_ptr<QAbstractItemModelTester> tester;
};

// Three letters: two in 19 637 and one in 36 600 VII, all about "opvang"; one also about "opt-out".
struct SearchFixture : UiFixture {
    qint64 a = 0, b = 0, c = 0;
    SearchFixture()
    {
        a = importTextLetter("101", "De opt-out voor de opvang wordt onderzocht.\n\nDe opvang van asielzoekers in "
                                    "gemeenten vraagt om een spreidingswet.");
        b = importTextLetter("102", "Gemeenten regelen de opvang.\n\nDe financiële gevolgen zijn beperkt.");
        c = importTextLetter("7", "De opvang van oude systemen in de cloud kost geld.", "36 600 VII");
    }
};

SearchHit makeHit(qint64 letter, double score, int page, const QString& snippet = QStringLiteral("x"))
{
    SearchHit h;
    h.letterId = letter;
    h.title = QStringLiteral("Letter %1").arg(letter);
    h.score = score;
    h.page = page;
    h.renditionId = letter * 10;
    h.snippet = snippet;
    return h;
}

// Letter ids of the model's top rows, in order.
QList<qint64> letterOrder(const SearchResultsModel& model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(SearchResultsModel::LetterIdRole).toLongLong());
    return ids;
}

void typeQuery(SearchPanel& panel, const QString& text)
{
    panel.queryEdit()->clear();
    QTest::keyClicks(panel.queryEdit(), text);
}

} // namespace

TEST_CASE("Search results model groups hits per letter best letter first and passes the model tester", "[search]")
{
    SearchResultsModel model;
    TesterGuard guard(&model);
    // Letter 1 has the most hits, letter 2 the single best one: letter 2 comes first.
    model.setHits({makeHit(1, 5, 3), makeHit(2, 9, 1), makeHit(1, 7, 20), makeHit(1, 2, 4)});
    REQUIRE(model.rowCount() == 2);
    CHECK(letterOrder(model) == (QList<qint64>{2, 1}));
    const QModelIndex one = model.index(1, 0);
    CHECK(one.data(SearchResultsModel::HitCountRole).toInt() == 3);
    REQUIRE(model.rowCount(one) == 3);
    // Inside a letter, its hits in page order, as the reader goes through it.
    CHECK(model.index(0, 0, one).data(SearchResultsModel::PageRole).toInt() == 3);
    CHECK(model.index(1, 0, one).data(SearchResultsModel::PageRole).toInt() == 4);
    CHECK(model.index(2, 0, one).data(SearchResultsModel::PageRole).toInt() == 20);
    CHECK(model.parent(model.index(2, 0, one)) == one);
    CHECK(model.hitCount() == 4);
    CHECK(model.letterCount() == 2);
    CHECK(model.firstHit().data(SearchResultsModel::LetterIdRole).toLongLong() == 2);

    SearchHit note = makeHit(3, 1, 2);
    note.in = SearchHit::Note;
    note.annotationId = 77;
    model.setHits({note});
    const QModelIndex noteRow = model.firstHit();
    CHECK(noteRow.data(SearchResultsModel::IsNoteRole).toBool());
    CHECK(noteRow.data(SearchResultsModel::AnnotationIdRole).toLongLong() == 77);
    CHECK(noteRow.data(SearchResultsModel::RenditionIdRole).toLongLong() == 0);
    model.clear();
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.firstHit().isValid());
    INFO(g_modelFailures.join('\n').toStdString());
    CHECK(g_modelFailures.isEmpty());
}

TEST_CASE("Snippets keep the first hit in sight and mark the hit words", "[search]")
{
    const QString marked = QStringLiteral("Lange aanloop zonder treffer ") + SearchHit::kHitStart +
                           QStringLiteral("opvang") + SearchHit::kHitEnd + QStringLiteral(" en meer");
    const auto parsed = kl::SnippetDelegate::parse(marked);
    CHECK(parsed.text == QStringLiteral("Lange aanloop zonder treffer opvang en meer"));
    REQUIRE(parsed.hits.size() == 1);
    CHECK(parsed.text.mid(parsed.hits[0].first, parsed.hits[0].second) == QStringLiteral("opvang"));
    const QFontMetrics fm(QFont{});
    const auto cut = kl::SnippetDelegate::cutLead(parsed, fm, fm.horizontalAdvance(QStringLiteral("treffer ")) * 2);
    CHECK(cut.text.startsWith(QStringLiteral("…")));
    CHECK(cut.text.contains(QStringLiteral("treffer opvang")));
    REQUIRE(cut.hits.size() == 1);
    CHECK(cut.text.mid(cut.hits[0].first, cut.hits[0].second) == QStringLiteral("opvang"));
    // Enough room: nothing is cut.
    CHECK(kl::SnippetDelegate::cutLead(parsed, fm, 10000).text == parsed.text);
}

TEST_CASE("Typing searches after a pause and groups the hits per letter", "[search]")
{
    SearchFixture fx;
    kl::LibrarySession session(*fx.library);
    SearchPanel panel(session);
    TesterGuard guard(panel.model());
    panel.resize(420, 600);
    panel.show();
    CHECK(panel.queryEdit()->placeholderText().contains(QStringLiteral("Search")));
    CHECK_FALSE(panel.queryEdit()->accessibleName().isEmpty());

    QTest::keyClicks(panel.queryEdit(), QStringLiteral("opvang"));
    // Debounced: nothing ran while typing.
    CHECK(panel.searchesRun() == 0);
    CHECK(panel.model()->rowCount() == 0);
    REQUIRE(waitFor([&] { return panel.model()->rowCount() > 0; }, 3000));
    CHECK(panel.searchesRun() == 1);
    CHECK(panel.model()->letterCount() == 3);
    CHECK(panel.model()->hitCount() >= 3);
    QSet<qint64> letters;
    for (int row = 0; row < panel.model()->rowCount(); ++row) {
        const QModelIndex letter = panel.model()->index(row, 0);
        CHECK(letter.data(SearchResultsModel::RowKindRole).toInt() == SearchResultsModel::LetterRow);
        // A passage can hold the word more than once: the count is of the word's places, not of passages.
        int places = 0;
        for (int hit = 0; hit < panel.model()->rowCount(letter); ++hit)
            places += panel.model()->hit(panel.model()->index(hit, 0, letter))->matches;
        CHECK(letter.data(SearchResultsModel::HitCountRole).toInt() == places);
        CHECK(places >= panel.model()->rowCount(letter));
        letters.insert(letter.data(SearchResultsModel::LetterIdRole).toLongLong());
    }
    CHECK(letters == (QSet<qint64>{fx.a, fx.b, fx.c}));
    CHECK(panel.statusText().endsWith(QStringLiteral("hits in 3 letters")));

    // A letter typed and taken back again: the same query, so no new search.
    QTest::keyClick(panel.queryEdit(), Qt::Key_X);
    QTest::keyClick(panel.queryEdit(), Qt::Key_Backspace);
    QTest::qWait(400);
    CHECK(panel.searchesRun() == 1);

    typeQuery(panel, QStringLiteral("opt-out"));
    REQUIRE(waitFor([&] { return panel.model()->letterCount() == 1; }, 3000));
    CHECK(letterOrder(*panel.model()) == QList<qint64>{fx.a});
    INFO(g_modelFailures.join('\n').toStdString());
    CHECK(g_modelFailures.isEmpty());
}

TEST_CASE("Filters narrow the results", "[search]")
{
    SearchFixture fx;
    kl::LibrarySession session(*fx.library);
    SearchPanel panel(session);
    panel.show();
    CHECK_FALSE(panel.filtersVisible());
    panel.setFiltersVisible(true);
    CHECK(panel.filtersVisible());
    typeQuery(panel, QStringLiteral("opvang"));
    panel.searchNow();
    REQUIRE(panel.model()->letterCount() == 3);

    const int i = panel.dossierCombo()->findData(QStringLiteral("36600 VII"));
    REQUIRE(i > 0);
    panel.dossierCombo()->setCurrentIndex(i);
    REQUIRE(waitFor([&] { return panel.model()->letterCount() == 1; }, 3000));
    CHECK(letterOrder(*panel.model()) == QList<qint64>{fx.c});

    panel.dossierCombo()->setCurrentIndex(panel.dossierCombo()->findData(QStringLiteral("19637")));
    REQUIRE(waitFor([&] { return panel.model()->letterCount() == 2; }, 3000));
    CHECK(panel.query().dossier == QStringLiteral("19637"));

    // Dates: a range before the letters finds nothing, and says the filters are on.
    panel.anyDateBox()->setChecked(false);
    panel.fromEdit()->setDate(QDate(2020, 1, 1));
    panel.toEdit()->setDate(QDate(2020, 12, 31));
    REQUIRE(waitFor([&] { return panel.model()->letterCount() == 0; }, 3000));
    CHECK(panel.statusText().contains(QStringLiteral("filters")));
    panel.anyDateBox()->setChecked(true);
    REQUIRE(waitFor([&] { return panel.model()->letterCount() == 2; }, 3000));

    panel.senderEdit()->setText(QStringLiteral("staatssecretaris"));
    REQUIRE(waitFor([&] { return panel.model()->letterCount() == 0; }, 3000));
}

TEST_CASE("Clicking a hit asks to open its letter at its page", "[search]")
{
    SearchFixture fx;
    kl::LibrarySession session(*fx.library);
    SearchPanel panel(session);
    panel.resize(420, 600);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy open(&panel, &SearchPanel::openRequested);
    QSignalSpy note(&panel, &SearchPanel::noteRequested);
    typeQuery(panel, QStringLiteral("cloud"));
    REQUIRE(waitFor([&] { return panel.model()->hitCount() == 1; }, 3000));

    const QModelIndex hit = panel.model()->firstHit();
    REQUIRE(hit.isValid());
    const QRect rect = panel.resultsView()->visualRect(hit);
    REQUIRE(rect.isValid());
    QTest::mouseClick(panel.resultsView()->viewport(), Qt::LeftButton, {}, rect.center());
    REQUIRE(open.size() == 1);
    CHECK(note.isEmpty());
    const QList<QVariant> args = open.takeFirst();
    CHECK(args.at(0).toLongLong() == fx.c);
    CHECK(args.at(1).toLongLong() == fx.library->letter(fx.c)->renditions.first().id);
    CHECK(args.at(2).toInt() == 1);
    CHECK(args.at(3).value<qsizetype>() < args.at(4).value<qsizetype>());
    CHECK(args.at(5).toString() == QStringLiteral("cloud"));

    // A double-click opens once, not twice.
    QTest::mouseDClick(panel.resultsView()->viewport(), Qt::LeftButton, {}, rect.center());
    CHECK(open.size() <= 1);
}

TEST_CASE("Enter opens the best hit and Down moves into the results", "[search]")
{
    SearchFixture fx;
    kl::LibrarySession session(*fx.library);
    SearchPanel panel(session);
    panel.show();
    QSignalSpy open(&panel, &SearchPanel::openRequested);
    panel.queryEdit()->setFocus();
    QTest::keyClicks(panel.queryEdit(), QStringLiteral("opt-out"));
    // Enter right away, before the pause is over: it searches and opens.
    QTest::keyClick(panel.queryEdit(), Qt::Key_Return);
    REQUIRE(open.size() == 1);
    CHECK(open.first().at(0).toLongLong() == fx.a);

    typeQuery(panel, QStringLiteral("opvang"));
    QTest::keyClick(panel.queryEdit(), Qt::Key_Down);
    CHECK(panel.focusWidget() == panel.resultsView());
    CHECK(panel.resultsView()->currentIndex() == panel.model()->firstHit());
    QTest::keyClick(panel.resultsView(), Qt::Key_Down);
    const QModelIndex second = panel.resultsView()->currentIndex();
    QTest::keyClick(panel.resultsView(), Qt::Key_Return);
    REQUIRE(open.size() == 2);
    CHECK(open.last().at(0).toLongLong() == second.data(SearchResultsModel::LetterIdRole).toLongLong());
}

TEST_CASE("A hit in a note asks to open the note", "[search]")
{
    SearchFixture fx;
    kl::AnnotationStore store(*fx.library);
    QString error;
    kl::Annotation a = kl::QuoteAnnotator::fromQuote(*fx.library, fx.b, QStringLiteral("de opvang"), 1, &error);
    INFO(error.toStdString());
    a.note = QStringLiteral("Kwartiermaker nodig");
    REQUIRE(store.add(a));
    kl::LibrarySession session(*fx.library);
    SearchPanel panel(session);
    panel.show();
    QSignalSpy open(&panel, &SearchPanel::openRequested);
    QSignalSpy note(&panel, &SearchPanel::noteRequested);
    typeQuery(panel, QStringLiteral("kwartiermaker"));
    QTest::keyClick(panel.queryEdit(), Qt::Key_Enter);
    CHECK(open.isEmpty());
    REQUIRE(note.size() == 1);
    CHECK(note.first().at(0).toLongLong() == fx.b);
    CHECK(note.first().at(1).toLongLong() == a.id);

    // Only in my notes: the letters' own text no longer answers.
    panel.onlyNotesBox()->setChecked(true);
    typeQuery(panel, QStringLiteral("gemeenten"));
    panel.searchNow();
    CHECK(panel.model()->hitCount() == 0);
    panel.onlyNotesBox()->setChecked(false);
    panel.searchNow();
    CHECK(panel.model()->letterCount() == 2);
}

TEST_CASE("A saved search brings back its query and filters", "[search]")
{
    SearchFixture fx;
    kl::LibrarySession session(*fx.library);
    SearchPanel panel(session);
    panel.show();
    typeQuery(panel, QStringLiteral("opvang"));
    panel.dossierCombo()->setCurrentIndex(panel.dossierCombo()->findData(QStringLiteral("36600 VII")));
    panel.anyDateBox()->setChecked(false);
    panel.fromEdit()->setDate(QDate(2024, 1, 1));
    panel.toEdit()->setDate(QDate(2024, 12, 31));
    const qint64 id = panel.saveSearch(QStringLiteral("Opvang BZK"));
    REQUIRE(id > 0);
    CHECK(panel.savedCombo()->findData(id) > 0);

    // Everything changed afterwards...
    typeQuery(panel, QStringLiteral("cloud"));
    panel.dossierCombo()->setCurrentIndex(0);
    panel.anyDateBox()->setChecked(true);
    panel.searchNow();
    CHECK(panel.savedCombo()->currentIndex() == 0); // the panel no longer shows the saved search

    // ...comes back when the saved search is picked, as a user picks it.
    const int item = panel.savedCombo()->findData(id);
    panel.savedCombo()->setCurrentIndex(item);
    Q_EMIT panel.savedCombo()->activated(item);
    CHECK(panel.queryEdit()->text() == QStringLiteral("opvang"));
    CHECK(panel.query().dossier == QStringLiteral("36600 VII"));
    CHECK(panel.query().from == QDate(2024, 1, 1));
    CHECK(panel.query().to == QDate(2024, 12, 31));
    CHECK(panel.filtersVisible());
    CHECK(letterOrder(*panel.model()) == QList<qint64>{fx.c});

    // A second panel (another window) sees it too; deleting removes it from the list.
    kl::LibrarySession secondWindow(*fx.library);
    SearchPanel other(secondWindow);
    CHECK(other.savedCombo()->findData(id) > 0);
    CHECK(other.restoreSavedSearch(id));
    CHECK(other.query().dossier == QStringLiteral("36600 VII"));
    CHECK(panel.removeSavedSearch(id));
    CHECK(panel.savedCombo()->findData(id) < 0);
    CHECK_FALSE(panel.restoreSavedSearch(id));
}

TEST_CASE("The seed letter and the Regeerprogramma page 20 answer opt-out in the panel", "[search][corpus]")
{
    if (!TestPaths::haveCorpus()) {
        WARN("SKIPPED: no corpus at ../shared/corpus");
        return;
    }
    UiFixture fx;
    fx.import(
        UiFixture::corpusFiles({QStringLiteral("txt/kst-19637-3274__brief-minister-asiel-migratie.txt"),
                                QStringLiteral("pdf/regeerprogramma-2024-09-13__uitwerking-hoofdlijnenakkoord.pdf")}));
    kl::LibrarySession session(*fx.library);
    SearchPanel panel(session);
    TesterGuard guard(panel.model());
    panel.show();
    QTest::keyClicks(panel.queryEdit(), QStringLiteral("opt-out"));
    REQUIRE(waitFor([&] { return panel.model()->rowCount() >= 2; }, 5000));

    // The first five hits in the order the panel shows them.
    bool seed = false, page20 = false;
    int seen = 0;
    for (int row = 0; row < panel.model()->rowCount() && seen < 5; ++row) {
        const QModelIndex letter = panel.model()->index(row, 0);
        for (int i = 0; i < panel.model()->rowCount(letter) && seen < 5; ++i, ++seen) {
            const QModelIndex hit = panel.model()->index(i, 0, letter);
            const QString citation = letter.data(SearchResultsModel::CitationRole).toString();
            seed = seed || citation.contains(QStringLiteral("3274"));
            page20 = page20 || (citation.isEmpty() && hit.data(SearchResultsModel::PageRole).toInt() == 20);
        }
    }
    CHECK(seed);
    CHECK(page20);
    INFO(g_modelFailures.join('\n').toStdString());
    CHECK(g_modelFailures.isEmpty());
}

TEST_CASE("Screenshot of the search panel with opt-out", "[.][screenshot]")
{
    if (!TestPaths::haveCorpus())
        return;
    UiFixture fx;
    fx.import(UiFixture::corpusFiles(
        {QStringLiteral("txt/kst-19637-3274__brief-minister-asiel-migratie.txt"),
         QStringLiteral("pdf/regeerprogramma-2024-09-13__uitwerking-hoofdlijnenakkoord.pdf"),
         QStringLiteral("xml/kst-19637-3194__motie.xml"), QStringLiteral("xml/kst-21501-20-2146__motie.xml"),
         QStringLiteral("xml/kst-36704-57__motie.xml"),
         QStringLiteral("pdf/kst-36450-3__memorie-van-toelichting.pdf")}));
    kl::LibrarySession session(*fx.library);
    SearchPanel panel(session);
    panel.resize(460, 900);
    panel.show();
    panel.setFiltersVisible(!qEnvironmentVariableIsSet("KAMERLEZER_HIDE_FILTERS"));
    QTest::keyClicks(panel.queryEdit(), qEnvironmentVariable("KAMERLEZER_QUERY", QStringLiteral("opt-out")));
    REQUIRE(waitFor([&] { return panel.model()->rowCount() >= 2; }, 5000));
    panel.saveSearch(QStringLiteral("Opt-out asiel en migratie"));
    panel.resultsView()->setCurrentIndex(panel.model()->index(1, 0, panel.model()->index(0, 0)));
    QTest::qWait(100);
    const QString out = qEnvironmentVariable("KAMERLEZER_SCREENSHOT", "/tmp/kamerlezer-search.png");
    CHECK(panel.grab().save(out));
}

TEST_CASE("A letter's hit count counts the word's places, not the passages that hold them", "[search]")
{
    UiFixture fx;
    const qint64 id = fx.importTextLetter(
        QStringLiteral("120"), QStringLiteral("De opvang en nog eens de opvang, en ten slotte de opvang.\n\n"
                                              "Een tweede alinea zonder dat woord.\n\nDe opvang komt terug."));
    kl::LibrarySession session(*fx.library);
    SearchPanel panel(session);
    panel.show();
    typeQuery(panel, QStringLiteral("opvang"));
    REQUIRE(waitFor([&] { return panel.model()->rowCount() > 0; }, 3000));
    const QModelIndex letter = panel.model()->index(0, 0);
    CHECK(letter.data(SearchResultsModel::LetterIdRole).toLongLong() == id);
    CHECK(panel.model()->rowCount(letter) == 2);
    CHECK(letter.data(SearchResultsModel::HitCountRole).toInt() == 4);
    CHECK(panel.model()->hitCount() == 4);
    // In the order they stand in the letter.
    CHECK(panel.model()->hit(panel.model()->index(0, 0, letter))->start <
          panel.model()->hit(panel.model()->index(1, 0, letter))->start);
}

TEST_CASE("Words that follow each other in the text count as one hit", "[search]")
{
    UiFixture fx;
    fx.importTextLetter(QStringLiteral("121"),
                        QStringLiteral("Het omvangrijkste pakket ooit. Een pakket dat omvangrijk "
                                       "is, maar ook het omvangrijkste pakket van allemaal."));
    kl::LibrarySession session(*fx.library);
    SearchPanel panel(session);
    panel.show();
    typeQuery(panel, QStringLiteral("omvangrijkste pakket"));
    REQUIRE(waitFor([&] { return panel.model()->rowCount() > 0; }, 3000));
    // Twice the two words together, once "pakket" alone (marked too): three places, not five words.
    CHECK(panel.model()->index(0, 0).data(SearchResultsModel::HitCountRole).toInt() == 3);
    // The letter under its title as the tree shows it, not in the capitals of the print.
    CHECK(panel.model()->index(0, 0).data(Qt::DisplayRole).toString() ==
          QStringLiteral("Brief van de Minister van Asiel en Migratie"));
}
