#include "AnnotationController.h"
#include "AnnotationPanel.h"
#include "ColorMeaningDialog.h"
#include "DossierPanel.h"
#include "DossierTreeModel.h"
#include "MainWindow.h"
#include "PdfRenderer.h"
#include "PdfView.h"
#include "ReaderTab.h"
#include "TestPaths.h"
#include "TextView.h"
#include "UiFixture.h"
#include "anchor/PageGeometry.h"
#include "annotations/AnnotationStore.h"
#include "library/RenditionText.h"
#include "session/LibrarySession.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUndoStack>

using namespace kl;

namespace {

const QString kBody = QStringLiteral("Het kabinet stuurt u deze brief over asiel.\n\n"
                                     "Het kabinet heeft besloten de opvang te versoberen.\n\n"
                                     "Tot slot: het kabinet komt hier voor de zomer op terug.");

// The text of tests/data/letter.pdf (kst-31490-77) with the same header, as a text rendition.
const char* kLetterText =
    "Tweede Kamer der Staten-Generaal\nVergaderjaar 2024-2025\n31 490\nDigitale overheid\nNr. 77\n"
    "BRIEF VAN DE STAATSSECRETARIS VAN BINNENLANDSE ZAKEN\n"
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 14 november 2024\n\n"
    "Met deze brief informeer ik uw Kamer over de voortgang.\n"
    "Zie ook Kamerstuk 31 490, nr. 70 en het Regeerprogramma.\n";

// Selects the first occurrence of `phrase` in a text view, as a mouse would.
void selectInText(TextView* view, const QString& phrase)
{
    const QTextCursor found = view->document()->find(phrase);
    REQUIRE_FALSE(found.isNull());
    view->setTextCursor(found);
}

// Selects the words of the first occurrence of `phrase` on a PDF page.
void selectInPdf(PdfView* view, int page, const QString& phrase)
{
    const PageText& text = view->renderer()->pageTextNow(page);
    const qsizetype at = text.text.indexOf(phrase);
    REQUIRE(at >= 0);
    view->selectSpan(page, at, at + phrase.size());
    REQUIRE(view->selectedText() == phrase);
}

qint64 letterOfPdfAndText(UiFixture& fx)
{
    const QString txt = fx.dir.filePath("letter.txt");
    QFile f(txt);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(kLetterText);
    f.close();
    const QList<qint64> ids = fx.import({txt, TestPaths::data("letter.pdf")});
    REQUIRE(ids[0] == ids[1]);
    return ids[0];
}

qint64 renditionOf(const LetterRecord& letter, const QString& format)
{
    for (const RenditionRecord& r : letter.renditions)
        if (r.format == format)
            return r.id;
    return 0;
}

bool rectsOverlap(const QList<QRectF>& a, const QList<QRectF>& b)
{
    for (const QRectF& x : a)
        for (const QRectF& y : b)
            if (x.intersects(y))
                return true;
    return false;
}

} // namespace

TEST_CASE("A highlight of a selection in the text view is stored with its quote and shown after reopening",
          "[ui][annotations]")
{
    UiFixture fx;
    const qint64 letter = fx.importTextLetter("10", kBody);
    const QString phrase = QStringLiteral("de opvang te versoberen");
    qint64 id = 0;
    {
        MainWindow window(fx.library.get());
        window.show();
        ReaderTab* tab = window.openLetter(letter);
        REQUIRE(tab->textView());
        selectInText(tab->textView(), phrase);
        id = window.annotateSelection(Annotation::Highlight);
        REQUIRE(id);
        const std::optional<Annotation> stored = window.session()->annotations().annotation(id);
        REQUIRE(stored);
        CHECK(stored->anchor.exact == phrase);
        // The offsets are those of the stored text, not of the laid-out document.
        const RenditionText text = RenditionText::load(*fx.library, tab->currentRenditionId());
        CHECK(text.text().mid(stored->anchor.start, stored->anchor.end - stored->anchor.start) == phrase);
        CHECK(stored->color == "yellow");
        REQUIRE(tab->textView()->marks().size() == 1);
        CHECK(window.annotationPanel()->listedIds() == QList<qint64>{id});
    }
    MainWindow again(fx.library.get());
    ReaderTab* tab = again.openLetter(letter);
    REQUIRE(tab->textView()->marks().size() == 1);
    const TextView::Mark mark = tab->textView()->marks().first();
    CHECK(mark.id == id);
    QTextCursor c(tab->textView()->document());
    c.setPosition(tab->textView()->toDocument(mark.start));
    c.setPosition(tab->textView()->toDocument(mark.end), QTextCursor::KeepAnchor);
    CHECK(c.selectedText() == phrase);
    CHECK(again.annotationPanel()->listedIds() == QList<qint64>{id});
}

TEST_CASE("The text view maps its positions to the stored text exactly", "[ui][annotations]")
{
    UiFixture fx;
    const qint64 letter = fx.importTextLetter("10", kBody);
    MainWindow window(fx.library.get());
    TextView* view = window.openLetter(letter)->textView();
    REQUIRE(view);
    const QString& stored = view->renditionText().text();
    for (const QString& word : {QStringLiteral("Vreemdelingenbeleid"), QStringLiteral("BRIEF VAN DE MINISTER"),
                                QStringLiteral("versoberen"), QStringLiteral("Faber-van de Klashorst")}) {
        selectInText(view, word);
        const auto [start, end] = view->selectedSpan();
        INFO(word.toStdString());
        CHECK(stored.mid(start, end - start) == word);
    }
}

TEST_CASE("An underline of a selection in the PDF view is stored with page and boxes", "[ui][annotations][pdf]")
{
    UiFixture fx;
    const qint64 letter = fx.import({TestPaths::data("letter.pdf")}).first();
    const QString phrase = QStringLiteral("informeer ik uw Kamer");
    {
        MainWindow window(fx.library.get());
        window.show();
        ReaderTab* tab = window.openLetter(letter);
        REQUIRE(tab->pdfView());
        selectInPdf(tab->pdfView(), 0, phrase);
        const qint64 id = window.annotateSelection(Annotation::Underline);
        REQUIRE(id);
        const std::optional<Annotation> stored = window.session()->annotations().annotation(id);
        CHECK(stored->anchor.exact == phrase);
        CHECK(stored->style == Annotation::Underline);
        CHECK(stored->page == 1);
        CHECK_FALSE(stored->rects.isEmpty());
        const RenditionText text = RenditionText::load(*fx.library, tab->currentRenditionId());
        CHECK(text.text().mid(stored->anchor.start, stored->anchor.end - stored->anchor.start) == phrase);
        REQUIRE(tab->pdfView()->annotationMarks(0).size() == 1);
        CHECK(tab->pdfView()->annotationMarks(0).first().underline);
    }
    MainWindow again(fx.library.get());
    ReaderTab* tab = again.openLetter(letter);
    REQUIRE(tab->pdfView()->annotationMarks(0).size() == 1);
    CHECK(again.annotationPanel()->listedIds().size() == 1);
}

TEST_CASE("Create edit note recolour and delete are undone and redone through the window's stack",
          "[ui][annotations][undo]")
{
    UiFixture fx;
    const qint64 letter = fx.importTextLetter("10", kBody);
    const qint64 other = fx.importTextLetter("11", kBody);
    MainWindow window(fx.library.get());
    window.show();
    const AnnotationStore* store = &window.session()->annotations();
    QUndoStack* undo = window.undoStack();
    AnnotationPanel* panel = window.annotationPanel();

    ReaderTab* tab = window.openLetter(letter);
    selectInText(tab->textView(), "deze brief over asiel");
    const qint64 id = window.annotateSelection(Annotation::Highlight);
    REQUIRE(id);
    REQUIRE(panel->currentAnnotation() == id);

    // A note typed in the panel: stored at once, one undo step for the whole note.
    panel->noteEditor()->setFocus();
    panel->noteEditor()->insertPlainText("Zie ");
    panel->noteEditor()->insertPlainText("**motie** 12");
    CHECK(store->annotation(id)->note == "Zie **motie** 12");
    CHECK(panel->notePreview()->toPlainText().contains("motie"));
    CHECK_FALSE(panel->notePreview()->toPlainText().contains("**"));
    panel->recolorCurrent("red");
    CHECK(store->annotation(id)->color == "red");

    // Another letter's edit goes on the same stack.
    ReaderTab* second = window.openLetter(other);
    selectInText(second->textView(), "het kabinet komt");
    const qint64 id2 = window.annotateSelection(Annotation::Underline);
    REQUIRE(id2);
    window.openLetter(letter);
    REQUIRE(panel->selectAnnotation(id));
    panel->deleteCurrent();
    CHECK_FALSE(store->annotation(id));
    CHECK(tab->textView()->marks().isEmpty());
    CHECK(undo->count() == 5);

    undo->undo(); // delete
    REQUIRE(store->annotation(id));
    CHECK(store->annotation(id)->color == "red");
    CHECK(tab->textView()->marks().size() == 1);
    undo->undo(); // the other letter's underline
    CHECK_FALSE(store->annotation(id2));
    undo->undo(); // recolour
    CHECK(store->annotation(id)->color == "yellow");
    undo->undo(); // note
    CHECK(store->annotation(id)->note.isEmpty());
    undo->undo(); // create
    CHECK_FALSE(store->annotation(id));
    CHECK(tab->textView()->marks().isEmpty());
    CHECK(panel->listedIds().isEmpty());

    undo->redo();
    undo->redo();
    undo->redo();
    CHECK(store->annotation(id)->note == "Zie **motie** 12");
    CHECK(store->annotation(id)->color == "red");
    undo->redo();
    CHECK(store->annotation(id2));
    undo->redo();
    CHECK_FALSE(store->annotation(id));
}

TEST_CASE("The annotations panel lists in reading order and filters by colour tag and text", "[ui][annotations]")
{
    UiFixture fx;
    const qint64 letter = fx.importTextLetter("10", kBody);
    MainWindow window(fx.library.get());
    window.show();
    AnnotationController* c = window.annotations();
    AnnotationPanel* panel = window.annotationPanel();
    TextView* view = window.openLetter(letter)->textView();

    // Made out of order.
    selectInText(view, "Tot slot");
    c->setCurrentColor("green");
    const qint64 last = window.annotateSelection(Annotation::Highlight);
    selectInText(view, "stuurt u deze brief");
    c->setCurrentColor("yellow");
    const qint64 first = window.annotateSelection(Annotation::Highlight);
    selectInText(view, "heeft besloten");
    const qint64 middle = window.annotateSelection(Annotation::Underline);
    REQUIRE((first && middle && last));
    CHECK(panel->listedIds() == QList<qint64>{first, middle, last});

    c->session()->setTags(middle, {"opvang", "besluit"});
    c->session()->setNote(last, "Komt voor de zomer");
    panel->setColorFilter("green");
    CHECK(panel->listedIds() == QList<qint64>{last});
    panel->setColorFilter("yellow");
    CHECK(panel->listedIds() == QList<qint64>{first, middle});
    panel->setColorFilter(QString());
    panel->setTagFilter("opvang");
    CHECK(panel->listedIds() == QList<qint64>{middle});
    panel->setTagFilter(QString());
    panel->setTextFilter("zomer"); // in a note
    CHECK(panel->listedIds() == QList<qint64>{last});
    panel->setTextFilter("BRIEF"); // in a quote, any case
    CHECK(panel->listedIds() == QList<qint64>{first});
    panel->setTextFilter(QString());
    CHECK(panel->listedIds().size() == 3);

    // Clicking one brings it forward in the reader: the chosen mark, the caret at its words, nothing selected
    // over its colour.
    view->selectSpan(0, 5);
    panel->list()->setCurrentRow(2);
    CHECK(panel->currentAnnotation() == last);
    CHECK(view->selectedText().isEmpty());
    const auto chosen = std::find_if(view->marks().cbegin(), view->marks().cend(),
                                     [last](const TextView::Mark& m) { return m.id == last; });
    REQUIRE(chosen != view->marks().cend());
    CHECK(chosen->selected);
    CHECK(view->textCursor().position() == view->toDocument(chosen->start));

    // A note in Markdown is listed as the preview shows it, not with its asterisks.
    c->session()->setNote(last, "**Komt** voor de *zomer*");
    QListWidgetItem* row = panel->list()->item(2);
    REQUIRE(row);
    CHECK(row->text().contains("Note: Komt voor de zomer"));
    CHECK_FALSE(row->text().contains('*'));
    CHECK_FALSE(row->toolTip().contains('*'));
}

TEST_CASE("Tags typed in the panel and a note on the letter are stored", "[ui][annotations]")
{
    UiFixture fx;
    const qint64 letter = fx.importTextLetter("10", kBody);
    MainWindow window(fx.library.get());
    window.show();
    AnnotationPanel* panel = window.annotationPanel();
    selectInText(window.openLetter(letter)->textView(), "versoberen");
    const qint64 id = window.annotateSelection(Annotation::Highlight);
    REQUIRE(id);
    panel->tagsEditor()->setText("opvang, sober , opvang");
    Q_EMIT panel->tagsEditor()->editingFinished();
    CHECK(window.session()->annotations().annotation(id)->tags == QStringList{"opvang", "sober"});

    panel->letterNoteEditor()->setPlainText("Belangrijk voor het **debat**");
    const std::optional<Annotation> note = window.session()->letterNote(letter);
    REQUIRE(note);
    CHECK(note->note == "Belangrijk voor het **debat**");
    CHECK(panel->listedIds() == QList<qint64>{id}); // the letter note has its own field
    window.undoStack()->undo();
    CHECK_FALSE(window.session()->letterNote(letter));
    CHECK(panel->letterNoteEditor()->toPlainText().isEmpty());
}

TEST_CASE("Colour meanings are named in a dialog and shown in the colour menu", "[ui][annotations]")
{
    UiFixture fx;
    MainWindow window(fx.library.get());
    ColorMeaningDialog dialog(window.annotations());
    dialog.meaningEditor("green")->setText("promise to the Kamer");
    dialog.meaningEditor("red")->setText("disagree");
    dialog.apply();
    CHECK(window.session()->annotations().colorMeaning("green") == "promise to the Kamer");
    QMenu menu;
    window.annotations()->fillColorMenu(&menu, "yellow", [](const QString&) {});
    QStringList labels;
    for (QAction* a : menu.actions())
        labels.append(a->text());
    CHECK(labels.contains("Green — promise to the Kamer"));
    CHECK(labels.contains("Red — disagree"));
    CHECK(labels.contains("Yellow"));
}

TEST_CASE("A highlight made in the text rendition is drawn over the same words of the PDF", "[ui][annotations][pdf]")
{
    UiFixture fx;
    const qint64 letter = letterOfPdfAndText(fx);
    MainWindow window(fx.library.get());
    window.show();
    ReaderTab* tab = window.openLetter(letter);
    const qint64 pdf = renditionOf(tab->letter(), "pdf");
    const qint64 text = renditionOf(tab->letter(), "text");
    REQUIRE((pdf && text));

    const QString phrase = QStringLiteral("Kamerstuk 31 490, nr. 70");
    REQUIRE(tab->showRendition(text));
    selectInText(tab->textView(), phrase);
    const qint64 id = window.annotateSelection(Annotation::Highlight);
    REQUIRE(id);

    REQUIRE(tab->showRendition(pdf));
    PdfView* view = tab->pdfView();
    REQUIRE(view->annotationMarks(0).size() == 1);
    const PageText& page = view->renderer()->pageTextNow(0);
    const qsizetype at = page.text.indexOf(phrase);
    REQUIRE(at >= 0);
    const QList<QRectF> expected = PageGeometry::rects(page, at, at + phrase.size());
    const QList<QRectF> drawn = view->annotationMarks(0).first().rects;
    REQUIRE(drawn.size() == expected.size());
    for (int i = 0; i < drawn.size(); ++i) {
        CHECK(drawn[i].left() == Approx(expected[i].left()).margin(1e-6));
        CHECK(drawn[i].top() == Approx(expected[i].top()).margin(1e-6));
        CHECK(drawn[i].width() == Approx(expected[i].width()).margin(1e-6));
    }
    // Not over other words: the line of "informeer" is not marked.
    const qsizetype other = page.text.indexOf("informeer");
    CHECK_FALSE(rectsOverlap(drawn, PageGeometry::rects(page, other, other + 9)));
    CHECK(window.annotationPanel()->listedIds() == QList<qint64>{id});
    CHECK(window.annotationPanel()->orphanIds().isEmpty());
}

TEST_CASE("A highlight made on the PDF shows at the same words of the text rendition", "[ui][annotations][pdf]")
{
    UiFixture fx;
    const qint64 letter = letterOfPdfAndText(fx);
    MainWindow window(fx.library.get());
    window.show();
    ReaderTab* tab = window.openLetter(letter);
    REQUIRE(tab->showRendition(renditionOf(tab->letter(), "pdf")));
    selectInPdf(tab->pdfView(), 0, "informeer ik uw Kamer over de voortgang.");
    REQUIRE(window.annotateSelection(Annotation::Highlight));
    REQUIRE(tab->showRendition(renditionOf(tab->letter(), "text")));
    REQUIRE(tab->textView()->marks().size() == 1);
    const TextView::Mark m = tab->textView()->marks().first();
    CHECK(tab->textView()->renditionText().text().mid(m.start, m.end - m.start) ==
          "informeer ik uw Kamer over de voortgang.");
}

TEST_CASE("An orphan is listed apart and re-attached to a new selection", "[ui][annotations][orphans]")
{
    UiFixture fx;
    const qint64 letter = fx.importTextLetter("10", kBody);
    MainWindow window(fx.library.get());
    window.show();
    ReaderTab* tab = window.openLetter(letter);
    Annotation lost;
    lost.letterId = letter;
    lost.renditionId = tab->currentRenditionId();
    lost.anchor.exact = "een zin die in geen enkele versie van deze brief voorkomt";
    lost.anchor.start = 10;
    lost.anchor.end = 10 + lost.anchor.exact.size();
    lost.note = "Mijn notitie";
    REQUIRE(AnnotationStore(*fx.library).add(lost));
    AnnotationPanel* panel = window.annotationPanel();
    CHECK(panel->orphanIds() == QList<qint64>{lost.id});
    CHECK(tab->textView()->marks().isEmpty());
    CHECK(panel->list()->findItems("Not found in this version", Qt::MatchExactly).size() == 1);

    REQUIRE(panel->selectAnnotation(lost.id));
    selectInText(tab->textView(), "Het kabinet heeft besloten");
    panel->reattachCurrent();
    CHECK(panel->orphanIds().isEmpty());
    const std::optional<Annotation> now = window.session()->annotations().annotation(lost.id);
    CHECK(now->anchor.exact == "Het kabinet heeft besloten");
    CHECK(now->note == "Mijn notitie");
    CHECK(tab->textView()->marks().size() == 1);
    window.undoStack()->undo();
    CHECK(panel->orphanIds() == QList<qint64>{lost.id});
}

TEST_CASE("The dossier tree shows how many annotations a letter has", "[ui][annotations][tree]")
{
    UiFixture fx;
    const qint64 letter = fx.importTextLetter("10", kBody);
    MainWindow window(fx.library.get());
    window.show();
    DossierTreeModel* model = window.dossierPanel()->model();
    auto countShown = [&]() -> QVariant {
        for (int g = 0; g < model->rowCount(); ++g) {
            const QModelIndex group = model->index(g, 0);
            if (model->canFetchMore(group))
                model->fetchMore(group);
            for (int r = 0; r < model->rowCount(group); ++r)
                if (model->index(r, 0, group).data(DossierTreeModel::LetterIdRole).toLongLong() == letter)
                    return model->index(r, DossierTreeModel::AnnotationsColumn, group).data();
        }
        return QStringLiteral("not in the tree");
    };
    CHECK(countShown().toString().isEmpty());
    TextView* view = window.openLetter(letter)->textView();
    selectInText(view, "Tot slot");
    REQUIRE(window.annotateSelection(Annotation::Highlight));
    selectInText(view, "asiel");
    REQUIRE(window.annotateSelection(Annotation::Highlight));
    CHECK(countShown().toInt() == 2);
    window.undoStack()->undo();
    CHECK(countShown().toInt() == 1);
    CHECK(model->headerData(DossierTreeModel::AnnotationsColumn, Qt::Horizontal).toString() == "Notes");
}

// Not run by default: a letter of the corpus with highlights, a note and the annotations panel, kept across a
// restart, for a person to look at. KAMERLEZER_SCREENSHOT names the PNG to write.
TEST_CASE("Screenshot of a letter with highlights and notes after a restart", "[.][screenshot][corpus]")
{
    if (!TestPaths::haveCorpus()) {
        WARN("SKIPPED: the corpus is absent");
        return;
    }
    UiFixture fx;
    const qint64 letter =
        fx.import(UiFixture::corpusFiles({"txt/kst-19637-3274__brief-minister-asiel-migratie.txt"})).first();
    const QString sentence =
        QStringLiteral("de omvang van migratie naar Nederland zo snel mogelijk drastisch beperkt moet worden");
    auto select = [](TextView* view, const QString& words) {
        QString pattern;
        for (const QString& w : words.split(' '))
            pattern += (pattern.isEmpty() ? QString() : QStringLiteral("\\s+")) + QRegularExpression::escape(w);
        const QRegularExpressionMatch m = QRegularExpression(pattern).match(view->renditionText().text());
        REQUIRE(m.hasMatch());
        view->selectSpan(m.capturedStart(), m.capturedEnd());
    };
    {
        MainWindow window(fx.library.get());
        window.resize(1560, 960);
        window.show();
        window.annotations()->setColorMeaning("yellow", QObject::tr("important"));
        window.annotations()->setColorMeaning("green", QObject::tr("promise to the Kamer"));
        window.annotations()->setColorMeaning("red", QObject::tr("disagree"));
        ReaderTab* tab = window.openLetter(letter);
        REQUIRE(tab->textView());
        select(tab->textView(), sentence);
        const qint64 id = window.annotateSelection(Annotation::Highlight);
        REQUIRE(id);
        window.annotationPanel()->noteEditor()->setPlainText(
            "Kern van het regeerprogramma: **drastisch** beperken.\n\n- vergelijk motie-Van Dijk");
        window.session()->setTags(id, {"migratie", "regeerprogramma"});
        const QString second = tab->textView()->renditionText().text().contains("asielnoodmaatregelenwet")
                                   ? QStringLiteral("asielnoodmaatregelenwet")
                                   : QStringLiteral("Tweede Kamer");
        select(tab->textView(), second);
        window.annotations()->setCurrentColor("green");
        REQUIRE(window.annotateSelection(Annotation::Underline));
        window.annotationPanel()->letterNoteEditor()->setPlainText("Terugkomen in het commissiedebat.");
    }
    MainWindow window(fx.library.get());
    window.resize(1560, 960);
    window.show();
    ReaderTab* tab = window.openLetter(letter);
    REQUIRE(tab->textView()->marks().size() == 2);
    REQUIRE(window.annotationPanel()->listedIds().size() == 2);
    CHECK(window.annotationPanel()->letterNoteEditor()->toPlainText() == "Terugkomen in het commissiedebat.");
    std::optional<Annotation> first;
    for (qint64 id : window.annotationPanel()->listedIds())
        if (window.session()->annotations().annotation(id)->style == Annotation::Highlight)
            first = window.session()->annotations().annotation(id);
    REQUIRE(first);
    CHECK(first->anchor.exact.simplified() == sentence);
    CHECK(first->note.startsWith("Kern van het regeerprogramma"));
    window.annotationPanel()->selectAnnotation(first->id);
    tab->textView()->setTextCursor(QTextCursor(tab->textView()->document())); // the marks, not the selection
    tab->revealAnnotation(first->id);
    tab->textView()->moveCursor(QTextCursor::StartOfBlock);
    waitFor([] { return false; }, 400);
    const QString out = qEnvironmentVariable("KAMERLEZER_SCREENSHOT", "/tmp/kamerlezer-annotations.png");
    REQUIRE(window.grab().save(out));
}

TEST_CASE("Choosing an annotation in the list shows it in its colour, not under a selection", "[ui][annotations][pdf]")
{
    UiFixture fx;
    const qint64 pdfLetter = fx.import({TestPaths::data("letter.pdf")}).first();
    const qint64 textLetter = fx.importTextLetter("11", kBody);
    MainWindow window(fx.library.get());
    window.show();

    ReaderTab* tab = window.openLetter(pdfLetter);
    selectInPdf(tab->pdfView(), 0, QStringLiteral("informeer ik uw Kamer"));
    const qint64 onPdf = window.annotateSelection(Annotation::Highlight);
    REQUIRE(onPdf);
    window.annotationPanel()->selectAnnotation(onPdf);
    CHECK(tab->revealAnnotation(onPdf));
    CHECK(tab->pdfView()->selectedText().isEmpty());
    REQUIRE(tab->pdfView()->annotationMarks(0).size() == 1);
    CHECK(tab->pdfView()->annotationMarks(0).first().selected);

    tab = window.openLetter(textLetter);
    selectInText(tab->textView(), QStringLiteral("de opvang te versoberen"));
    const qint64 onText = window.annotateSelection(Annotation::Highlight);
    REQUIRE(onText);
    CHECK(tab->revealAnnotation(onText));
    CHECK_FALSE(tab->textView()->textCursor().hasSelection());
}
