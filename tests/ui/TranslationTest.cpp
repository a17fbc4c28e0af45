#include "AnnotationController.h"
#include "BriefingPackDialog.h"
#include "ColorMeaningDialog.h"
#include "ImportController.h"
#include "LinkDialog.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "ReaderTab.h"
#include "TestPaths.h"
#include "Translations.h"
#include "UiFixture.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>

using namespace kl;

namespace {

// Words that are the same in Dutch and English, and names that are not translated.
const QSet<QString> kSameInBothLanguages{
    QStringLiteral("Kamerlezer"),   QStringLiteral("PDF"),          QStringLiteral("OK"),
    QStringLiteral("Dossier"),      QStringLiteral("Dossiers"),     QStringLiteral("Document"),
    QStringLiteral("Status"),       QStringLiteral("Filters"),      QStringLiteral("Help"),
    QStringLiteral("Interface"),    QStringLiteral("Passage"),      QStringLiteral("Concept"),
    QStringLiteral("Intern"),       QStringLiteral("Nederlands"),   QStringLiteral("English"),
    QStringLiteral("Kamerstuk"),    QStringLiteral("Vergaderjaar"), QStringLiteral("Eerste Kamer"),
    QStringLiteral("Tweede Kamer"), QStringLiteral("XML"),          QStringLiteral("Dossier:"),
    QStringLiteral("Passage:"),     QStringLiteral("Markdown"),     QStringLiteral("Toezegging"),
    QStringLiteral("Toezeggingen"),
};

// A text as it is shown: without accelerator marks, HTML or the surrounding white space.
QString shown(QString text)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text.simplified();
}

// The visible texts of a window or dialog, each with where it was found.
class TextCollector {
public:
    // Strings of the test's own data (titles, citations…): the same in every language.
    QStringList data;
    QMap<QString, QString> texts; // text -> where

    void add(const QString& raw, const QString& where)
    {
        const QString text = shown(raw);
        static const QRegularExpression letter(QStringLiteral("\\p{L}"));
        if (!text.contains(letter))
            return;
        for (const QString& d : data)
            if (!d.isEmpty() && text.contains(d))
                return;
        if (!texts.contains(text))
            texts.insert(text, where);
    }

    void addMenu(QMenu* menu, const QString& path)
    {
        for (QAction* action : menu->actions()) {
            if (action->isSeparator())
                continue;
            const QString where = path + QStringLiteral(" > ") + shown(action->text());
            add(action->text(), QStringLiteral("menu ") + where);
            if (action->menu())
                addMenu(action->menu(), where);
        }
    }

    void addWidget(QWidget* root)
    {
        add(root->windowTitle(), QStringLiteral("window title"));
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets.prepend(root);
        for (QWidget* w : widgets) {
            const QString name = QString::fromLatin1(w->metaObject()->className());
            if (!w->toolTip().isEmpty())
                add(w->toolTip(), name + QStringLiteral(" tooltip"));
            if (auto* menuBar = qobject_cast<QMenuBar*>(w)) {
                for (QAction* action : menuBar->actions()) {
                    add(action->text(), QStringLiteral("menu bar"));
                    if (action->menu())
                        addMenu(action->menu(), shown(action->text()));
                }
            } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
                add(button->text(), name);
            } else if (auto* label = qobject_cast<QLabel*>(w)) {
                add(label->text(), name);
            } else if (auto* edit = qobject_cast<QLineEdit*>(w)) {
                add(edit->placeholderText(), name + QStringLiteral(" placeholder"));
            } else if (auto* text = qobject_cast<QPlainTextEdit*>(w)) {
                add(text->placeholderText(), name + QStringLiteral(" placeholder"));
            } else if (auto* text = qobject_cast<QTextEdit*>(w)) {
                add(text->placeholderText(), name + QStringLiteral(" placeholder"));
            } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    add(tabs->tabText(i), QStringLiteral("tab"));
                    add(tabs->tabToolTip(i), QStringLiteral("tab tooltip"));
                }
            } else if (auto* dock = qobject_cast<QDockWidget*>(w)) {
                add(dock->windowTitle(), QStringLiteral("dock title"));
            } else if (auto* toolbar = qobject_cast<QToolBar*>(w)) {
                add(toolbar->windowTitle(), QStringLiteral("toolbar title"));
                for (QAction* action : toolbar->actions()) {
                    add(action->text(), QStringLiteral("toolbar action"));
                    add(action->toolTip(), QStringLiteral("toolbar tooltip"));
                }
            } else if (auto* group = qobject_cast<QGroupBox*>(w)) {
                add(group->title(), name);
            } else if (auto* header = qobject_cast<QHeaderView*>(w)) {
                if (header->model() && header->isVisible())
                    for (int i = 0; i < header->count(); ++i)
                        add(header->model()->headerData(i, header->orientation()).toString(),
                            QStringLiteral("header section"));
            }
        }
    }

    // Runs `open`, which shows a modal dialog, and collects the dialog's texts before closing it.
    void addModal(const std::function<void()>& open)
    {
        QTimer::singleShot(0, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            addWidget(modal);
            if (auto* dialog = qobject_cast<QDialog*>(modal))
                dialog->reject();
            else
                modal->close();
        });
        open();
    }
};

// Everything Kamerlezer shows in `language`: the window with a letter open, its menus and its main dialogs.
QMap<QString, QString> visibleTexts(const QString& language)
{
    REQUIRE(Translations::install(language));
    UiFixture fx;
    const qint64 id = fx.importTextLetter(QStringLiteral("3274"), QStringLiteral("Het kabinet stuurt u deze brief."));
    const qint64 other = fx.importTextLetter(QStringLiteral("3275"), QStringLiteral("Een tweede brief."));
    TextCollector collector;
    for (qint64 letter : {id, other}) {
        const auto record = fx.library->letter(letter);
        REQUIRE(record);
        const DocumentMetadata& m = record->metadata;
        collector.data << record->displayTitle() << m.kstId << m.citation() << m.sender << m.signatory << m.title;
    }
    collector.data << QStringLiteral("19637") << QStringLiteral("2024-2025"); // the dossier and vergaderjaar

    MainWindow window(fx.library.get());
    window.resize(1400, 900);
    window.show();
    REQUIRE(window.openLetter(id));
    window.openLetter(other);
    QApplication::processEvents();
    collector.addWidget(&window);

    PreferencesDialog preferences(&window);
    collector.addWidget(&preferences);
    ColorMeaningDialog colours(window.annotations(), &window);
    collector.addWidget(&colours);
    LinkDialog link(*fx.library, id, QStringLiteral("deze brief"), &window);
    collector.addWidget(&link);
    BriefingPackDialog pack(fx.library->folder(), {id, other}, &window);
    collector.addWidget(&pack);
    for (QAction* action : window.menuBar()->actions())
        if (action->menu())
            for (QAction* item : action->menu()->actions())
                if (item->menuRole() == QAction::AboutRole ||
                    item->text().contains(QStringLiteral("Kamerlezer"))) // "About Kamerlezer"
                    collector.addModal([item] { item->trigger(); });
    Translations::remove();
    return collector.texts;
}

} // namespace

TEST_CASE("Every visible text of the window and its dialogs is translated into Dutch", "[ui][translation]")
{
    const QMap<QString, QString> english = visibleTexts(QStringLiteral("en"));
    const QMap<QString, QString> dutch = visibleTexts(QStringLiteral("nl"));
    INFO("English texts: " << english.size() << ", Dutch texts: " << dutch.size());
    REQUIRE(dutch.size() > 100);
    CHECK(dutch.contains(QStringLiteral("Bestand")));
    CHECK(english.contains(QStringLiteral("File")));
    CHECK(dutch.contains(QStringLiteral("Voorkeuren")));      // the Preferences dialog
    CHECK(dutch.contains(QStringLiteral("Over Kamerlezer"))); // the About box

    QStringList untranslated;
    for (auto it = dutch.cbegin(); it != dutch.cend(); ++it)
        if (english.contains(it.key()) && !kSameInBothLanguages.contains(it.key()))
            untranslated.append(QStringLiteral("“%1” (%2)").arg(it.key(), it.value()));
    INFO("Untranslated in the Dutch interface:\n" << untranslated.join(QLatin1Char('\n')).toStdString());
    CHECK(untranslated.isEmpty());
}

TEST_CASE("Dates follow the language of the interface", "[ui][translation]")
{
    const QDate date(2024, 9, 19);
    Translations::install(QStringLiteral("nl"));
    CHECK(Translations::longDate(date) == QStringLiteral("19 september 2024"));
    Translations::install(QStringLiteral("en"));
    CHECK(Translations::longDate(date) == QStringLiteral("19 September 2024"));
    Translations::remove();
    CHECK(Translations::longDate(QDate()).isEmpty());
}

TEST_CASE("The language chosen in Preferences applies when --lang is not given", "[ui][translation]")
{
    QSettings settings;
    const QVariant saved = settings.value(QStringLiteral("interface/language"));
    PreferencesDialog dialog;
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("en")));
    dialog.apply();
    CHECK(Translations::preferredLanguage() == QStringLiteral("en"));
    CHECK(Translations::chooseLanguage(QString()) == QStringLiteral("en"));
    CHECK(Translations::chooseLanguage(QStringLiteral("nl")) == QStringLiteral("nl"));
    dialog.languageBox()->setCurrentIndex(0); // the system's
    dialog.apply();
    CHECK(Translations::preferredLanguage().isEmpty());
    CHECK(Translations::chooseLanguage(QString()) == QLocale::system().name());
    if (saved.isValid())
        settings.setValue(QStringLiteral("interface/language"), saved);
}

TEST_CASE("Import errors reach the Dutch interface in Dutch", "[ui][translation][import]")
{
    UiFixture fx;
    const QString empty = fx.dir.filePath(QStringLiteral("leeg.txt"));
    QFile file(empty);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    REQUIRE(Translations::install(QStringLiteral("nl")));
    kl::ImportController importer(fx.library.get());
    QSignalSpy finished(&importer, &kl::ImportController::finished);
    REQUIRE(importer.start({empty, TestPaths::data("encrypted.pdf")}));
    REQUIRE(waitFor([&] { return finished.count() == 1; }));
    Translations::remove();
    const auto summary = finished.first().first().value<kl::ImportController::Summary>();
    REQUIRE(summary.failures.size() == 2);
    INFO(summary.failures.join(QLatin1Char('\n')).toStdString());
    CHECK(summary.failures[0].contains(QStringLiteral("het bestand is leeg")));
    CHECK(summary.failures[1].contains(QStringLiteral("de pdf is versleuteld")));
}
