#include "AnnotationPanel.h"
#include "DockWidths.h"
#include "DossierPanel.h"
#include "DossierTreeModel.h"
#include "ElidedComboBox.h"
#include "MainWindow.h"
#include "MetadataPanel.h"
#include "OcrStatus.h"
#include "ReaderTab.h"
#include "ReferencesPanel.h"
#include "SearchPanel.h"
#include "TestPaths.h"
#include "Translations.h"
#include "UiFixture.h"
#include "document/KindNames.h"

#include <catch2/catch.hpp>

#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace kl;

namespace {

const QSize kLaptop(1024, 640);

// Lets the window lay itself out: the docks take their widths in the events after a show or a resize.
// Until the layout has settled: the docks are fitted on a timer after a resize, and a slow machine (or a
// sanitizer build) needs more than one turn of the event loop for it.
void settle()
{
    auto shape = [] {
        QList<QRect> rects;
        for (QWidget* top : QApplication::topLevelWidgets())
            if (top->isVisible())
                for (QWidget* w : top->findChildren<QWidget*>())
                    rects.append(w->geometry());
        return rects;
    };
    QList<QRect> before = shape();
    for (int i = 0; i < 60; ++i) {
        QTest::qWait(50);
        const QList<QRect> now = shape();
        if (now == before && i >= 1)
            return;
        before = now;
    }
}

// The letters of a working day: the corpus when it is there (long titles, PDFs, a royal message), else letters
// written here and the test PDFs.
QList<qint64> importDay(UiFixture& fx)
{
    const QStringList corpus =
        UiFixture::corpusFiles({QStringLiteral("pdf/kst-36450-1__koninklijke-boodschap.pdf"),
                                QStringLiteral("pdf/regeerprogramma-2024-09-13__uitwerking-hoofdlijnenakkoord.pdf"),
                                QStringLiteral("txt/kst-19637-3274__brief-minister-asiel-migratie.txt"),
                                QStringLiteral("xml/kst-36704-57__motie.xml")});
    QList<qint64> ids;
    if (!corpus.first().isEmpty())
        ids = fx.import(corpus);
    ids.append(fx.import({TestPaths::data(QStringLiteral("two-pages.pdf"))}));
    ids.append(fx.importTextLetter(QStringLiteral("3300"),
                                   QStringLiteral("Zoals gemeld in Kamerstukken II 2023/24, 19637, nr. 3274 en in "
                                                  "Kamerstukken II 2023/24, 36410 XIX, nr. 4, blijft het kabinet "
                                                  "bij het besluit.")));
    return ids;
}

// Whether a widget shows all of itself: as large as its minimum, or inside a scroll area that scrolls it
// (only up and down: nothing in a dock should need sideways scrolling).
QString cutOff(QWidget* w)
{
    const QSize minimum = w->minimumSizeHint().expandedTo(w->minimumSize());
    for (QWidget* p = w->parentWidget(); p; p = p->parentWidget())
        if (auto* scroll = qobject_cast<QScrollArea*>(p)) {
            if (scroll->widget() && scroll->widget()->minimumSizeHint().width() > scroll->viewport()->width())
                return QStringLiteral("%1 scrolls sideways").arg(w->accessibleName());
            return QString();
        }
    if (w->width() < minimum.width() || w->height() < minimum.height())
        return QStringLiteral("%1 is %2×%3, needs %4×%5")
            .arg(w->accessibleName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                               : w->accessibleName())
            .arg(w->width())
            .arg(w->height())
            .arg(minimum.width())
            .arg(minimum.height());
    return QString();
}

void checkDocks(MainWindow& window, const QString& language)
{
    for (QDockWidget* dock : window.findChildren<QDockWidget*>()) {
        if (!dock->isVisible())
            continue;
        INFO(language.toStdString() << ", dock " << dock->windowTitle().toStdString());
        CHECK(cutOff(dock->widget()).toStdString() == "");
        // What scrolls, scrolls only up and down: its contents are as wide as what shows of them.
        for (QScrollArea* scroll : dock->findChildren<QScrollArea*>())
            if (scroll->isVisible() && scroll->widget() && scroll->widgetResizable()) {
                INFO("scroll area of " << scroll->widget()->metaObject()->className());
                CHECK(scroll->widget()->width() <= scroll->viewport()->width());
            }
    }
}

} // namespace

TEST_CASE("The window fits 1024×640 in English and Dutch, filters open, and no dock is cut off", "[ui][layout]")
{
    for (const QString language : {QStringLiteral("en"), QStringLiteral("nl")}) {
        INFO("language " << language.toStdString());
        REQUIRE(Translations::install(language));
        UiFixture fx;
        const QList<qint64> ids = importDay(fx);
        MainWindow window(fx.library.get());
        for (qint64 id : ids)
            window.openLetter(id);
        window.searchPanel()->setFiltersVisible(true);
        window.resize(kLaptop);
        window.show();
        settle();

        const QSize minimum = window.minimumSizeHint();
        INFO("minimum size " << minimum.width() << "×" << minimum.height());
        CHECK(minimum.width() <= kLaptop.width());
        CHECK(minimum.height() <= kLaptop.height());
        CHECK(window.size() == kLaptop);
        // The page keeps room to read beside the docks.
        CHECK(window.readerArea()->width() >= 380);

        // Each of the tabbed docks in turn.
        for (QDockWidget* front : {window.searchDock(), window.referencesDock()}) {
            front->raise();
            settle();
            checkDocks(window, language);
        }
        // OCR reading a file with a long name: the status bar says so without widening the window.
        window.ocr()->show();
        window.ocr()->label()->setText(
            QStringLiteral("OCR: kst-36600-IX-10__motie-van-het-lid-van-der-lee-over-de-aanpak-van-de-regeldruk-voor-"
                           "het-mkb-en-de-uitvoering-van-het-werkprogramma.pdf, page 12 of 138 (3 more waiting)"));
        settle();
        CHECK(window.minimumSizeHint().width() <= kLaptop.width());
        CHECK(window.size() == kLaptop);
        CHECK(cutOff(window.ocr()).toStdString() == "");
        CHECK(window.ocr()->label()->width() <= window.ocr()->width());
        window.ocr()->hide();

        window.dossierPanel()->parentWidget()->raise();
        window.annotationPanel()->parentWidget()->raise();
        settle();
        checkDocks(window, language);
        Translations::remove();
    }
}

TEST_CASE("The Undo and Redo toolbar buttons say Undo and Redo and their tooltips say what", "[ui][layout][undo]")
{
    UiFixture fx;
    MainWindow window(fx.library.get());
    window.show();
    const QString command = QStringLiteral("Highlight “Het kabinet stuurt u deze brief over asiel en migratie”");
    window.undoStack()->push(new QUndoCommand(command));
    auto* toolbar = window.findChild<QToolBar*>(QStringLiteral("annotateToolbar"));
    REQUIRE(toolbar);
    QAction* undo = toolbar->actions().value(0);
    QAction* redo = toolbar->actions().value(1);
    REQUIRE(undo);
    REQUIRE(redo);
    auto* undoButton = qobject_cast<QToolButton*>(toolbar->widgetForAction(undo));
    REQUIRE(undoButton);
    CHECK(undoButton->text() == "Undo");
    CHECK(undo->toolTip().contains(command));
    CHECK(undo->text().contains(command)); // the Edit menu still says what
    window.undoStack()->undo();
    auto* redoButton = qobject_cast<QToolButton*>(toolbar->widgetForAction(redo));
    REQUIRE(redoButton);
    CHECK(redoButton->text() == "Redo");
    CHECK(redo->toolTip().contains(command));
    CHECK(undoButton->width() < undoButton->fontMetrics().horizontalAdvance(command));
}

TEST_CASE("The rendition combo shows its whole text, also when a rendition comes after the tab opened", "[ui][layout]")
{
    for (const QString language : {QStringLiteral("en"), QStringLiteral("nl")}) {
        INFO("language " << language.toStdString());
        REQUIRE(Translations::install(language));
        UiFixture fx;
        const qint64 text = fx.importTextLetter(QStringLiteral("3302"), QStringLiteral("Een brief."));
        const qint64 pdf = fx.import({TestPaths::data(QStringLiteral("two-pages.pdf"))}).first();
        MainWindow window(fx.library.get());
        window.resize(kLaptop);
        window.show();
        ReaderTab* tab = window.openLetter(text);
        REQUIRE(tab);
        settle();
        QComboBox* combo = nullptr;
        for (auto* c : tab->findChildren<QComboBox*>())
            if (c->accessibleName() == QCoreApplication::translate("kl::ReaderTab", "Rendition"))
                combo = c;
        REQUIRE(combo);
        CHECK_FALSE(combo->isVisible()); // one rendition: nothing to choose
        // The PDF of the letter is imported while its text is open (it cut "PDF (2 pages)" to "PDF (").
        LetterRecord both = tab->letter();
        both.renditions.append(fx.library->letter(pdf)->renditions.first());
        tab->setLetter(both);
        REQUIRE(tab->showRendition(both.renditions.last().id));
        settle();
        INFO("shows " << combo->currentText().toStdString() << " in " << combo->width() << " px, hint "
                      << combo->sizeHint().width() << " min " << combo->minimumSizeHint().width() << " policy "
                      << combo->sizeAdjustPolicy());
        CHECK(combo->currentText().startsWith(QStringLiteral("PDF (")));
        CHECK(combo->isVisible());
        // The text, and the arrow beside it.
        CHECK(combo->width() >= combo->fontMetrics().horizontalAdvance(combo->currentText()) + 16);
        Translations::remove();
    }
}

TEST_CASE("The Kind column shows whole kind names and the tooltip has the long name", "[ui][layout][tree]")
{
    for (const QString language : {QStringLiteral("en"), QStringLiteral("nl")}) {
        INFO("language " << language.toStdString());
        REQUIRE(Translations::install(language));
        UiFixture fx;
        importDay(fx);
        MainWindow window(fx.library.get());
        window.resize(kLaptop);
        window.show();
        QTreeView* view = window.dossierPanel()->view();
        const int column = view->header()->sectionSize(DossierTreeModel::KindColumn);
        const int padding = 2 * view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 2;
        for (const QString& kind : KindNames::kinds()) {
            INFO(kind.toStdString() << " shows as " << KindNames::brief(kind).toStdString());
            CHECK(view->fontMetrics().horizontalAdvance(KindNames::brief(kind)) + padding <= column);
        }
        if (!TestPaths::corpus().isEmpty()) {
            // The royal message, whole (it showed as "royal …").
            QAbstractItemModel* model = view->model();
            bool found = false;
            for (int g = 0; g < model->rowCount(); ++g) {
                const QModelIndex group = model->index(g, 0);
                while (model->canFetchMore(group))
                    model->fetchMore(group);
                for (int r = 0; r < model->rowCount(group); ++r) {
                    const QModelIndex kind = model->index(r, DossierTreeModel::KindColumn, group);
                    if (kind.data(Qt::ToolTipRole).toString() == KindNames::label("koninklijke-boodschap")) {
                        found = true;
                        CHECK(kind.data().toString() == KindNames::brief("koninklijke-boodschap"));
                    }
                }
            }
            CHECK(found);
        }
        Translations::remove();
    }
}

TEST_CASE("Dossier group rows span the tree, so a dossier's title is not cut at its first column", "[ui][layout][tree]")
{
    UiFixture fx;
    importDay(fx);
    MainWindow window(fx.library.get());
    window.resize(kLaptop);
    window.show();
    QTreeView* view = window.dossierPanel()->view();
    REQUIRE(view->model()->rowCount() > 0);
    for (int row = 0; row < view->model()->rowCount(); ++row)
        CHECK(view->isFirstColumnSpanned(row, QModelIndex()));
}

TEST_CASE("A dock squeezed by a small window is as wide as before when the window grows", "[ui][layout][docks]")
{
    UiFixture fx;
    importDay(fx);
    MainWindow window(fx.library.get());
    window.resize(1600, 900);
    window.show();
    settle();
    QWidget* dossiers = window.dossierPanel()->parentWidget();
    QWidget* details = window.metadataPanel()->parentWidget();
    const int wide = dossiers->width(), wideDetails = details->width();
    CHECK(wide >= 500);
    window.resize(kLaptop);
    settle();
    CHECK(dossiers->width() < wide);
    CHECK(window.readerArea()->width() >= 380);
    window.resize(1600, 900);
    settle();
    CHECK(std::abs(dossiers->width() - wide) <= 8);
    CHECK(std::abs(details->width() - wideDetails) <= 8);

    // What the reader drags a side to is kept: after a small window, the side is that wide again.
    QTest::qWait(300);
    auto* dossierDock = qobject_cast<QDockWidget*>(dossiers);
    REQUIRE(dossierDock);
    window.resizeDocks({dossierDock}, {420}, Qt::Horizontal);
    settle();
    CHECK(std::abs(window.dockWidths()->wanted(Qt::LeftDockWidgetArea) - 420) <= 8);
    window.resize(kLaptop);
    settle();
    window.resize(1600, 900);
    settle();
    CHECK(std::abs(dossiers->width() - 420) <= 8);

    CHECK(DockWidths::fit(1600, 400, {540, 340}, {200, 200}) == QList<int>{540, 340});
    CHECK(DockWidths::fit(1000, 300, {540, 340}, {200, 260}) == QList<int>{355, 260});
}

TEST_CASE("A long saved search name is cut with an ellipsis (not mid-letter) and the default text shows whole",
          "[ui][layout][search]")
{
    for (const QString language : {QStringLiteral("en"), QStringLiteral("nl")}) {
        INFO("language " << language.toStdString());
        REQUIRE(Translations::install(language));
        UiFixture fx;
        importDay(fx);
        MainWindow window(fx.library.get());
        window.resize(kLaptop);
        window.show();
        window.searchLibrary();
        settle();
        auto* saved = qobject_cast<ElidedComboBox*>(window.searchPanel()->savedCombo());
        REQUIRE(saved);
        INFO(saved->currentText().toStdString()
             << " in " << saved->width() << " px of " << window.searchPanel()->width());
        CHECK_FALSE(saved->isElided());
        window.searchPanel()->queryEdit()->setText(QStringLiteral("asiel"));
        REQUIRE(window.searchPanel()->saveSearch(
            QStringLiteral("Asiel en migratie: de brieven van de minister over de instroom in 2024")));
        settle();
        CHECK(saved->isElided());
        Translations::remove();
    }
}

TEST_CASE("The Details dock wraps a long file name rather than cutting it off", "[ui][layout][details]")
{
    UiFixture fx;
    const qint64 id =
        fx.importTextLetter(QStringLiteral("3301"), QStringLiteral("Een brief."), QStringLiteral("36 704"));
    MainWindow window(fx.library.get());
    window.resize(kLaptop);
    window.show();
    REQUIRE(window.openLetter(id));
    settle();
    QLabel* files = nullptr;
    for (auto* l : window.metadataPanel()->findChildren<QLabel*>())
        if (l->accessibleName() == "Imported files")
            files = l;
    REQUIRE(files);
    CHECK(files->text().contains(QStringLiteral("letter-")));
    CHECK(cutOff(files) == "");
    // Every value fits the dock without sideways scrolling.
    auto* scroll = window.metadataPanel()->findChild<QScrollArea*>();
    REQUIRE(scroll);
    CHECK(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width());
}

TEST_CASE("The references of a letter show both columns in a narrow dock", "[ui][layout][references]")
{
    UiFixture fx;
    const QList<qint64> ids = importDay(fx);
    MainWindow window(fx.library.get());
    window.resize(kLaptop);
    window.show();
    REQUIRE(window.openLetter(ids.last()));
    window.referencesDock()->raise();
    window.referencesPanel()->showOutgoing();
    settle();
    QTreeWidget* view = window.referencesPanel()->outgoingView();
    REQUIRE(view->topLevelItemCount() > 0);
    const int width = view->viewport()->width();
    INFO("columns " << view->header()->sectionSize(0) << " and " << view->header()->sectionSize(1) << " in " << width);
    CHECK(view->header()->sectionSize(0) + view->header()->sectionSize(1) <= width + 1);
    CHECK(view->header()->sectionSize(1) >= width / 3);
}

TEST_CASE("In a narrow dossier tree the counts and the date give way to the titles, and stay away", "[ui][small]")
{
    UiFixture f;
    f.importTextLetter(QStringLiteral("1"), QStringLiteral("Een brief met een lange titel over de opvang."));
    kl::DossierPanel panel(f.library.get());
    using Model = kl::DossierTreeModel;
    QHeaderView* header = panel.view()->header();
    panel.resize(900, 400);
    panel.show();
    QCoreApplication::processEvents();
    CHECK_FALSE(header->isSectionHidden(Model::AnnotationsColumn));
    CHECK_FALSE(header->isSectionHidden(Model::DateColumn));
    // Narrow, and narrow again (each resize fits the columns anew): the counts stay hidden.
    for (int width : {440, 430, 435}) {
        panel.resize(width, 400);
        QCoreApplication::processEvents();
        CHECK(header->isSectionHidden(Model::AnnotationsColumn));
        CHECK(header->isSectionHidden(Model::CitedByColumn));
        const int em = panel.view()->fontMetrics().horizontalAdvance(QLatin1Char('M'));
        CHECK(header->sectionSize(Model::TitleColumn) >= 12 * em);
    }
    panel.resize(900, 400);
    QCoreApplication::processEvents();
    CHECK_FALSE(header->isSectionHidden(Model::AnnotationsColumn));
    CHECK_FALSE(header->isSectionHidden(Model::CitedByColumn));
}
