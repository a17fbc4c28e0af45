#include "MetadataPanel.h"
#include "OfficialFixture.h"
#include "TestPaths.h"
#include "Translations.h"
#include "UiFixture.h"
#include "library/OfficialStore.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLabel>
#include <QPixmap>
#include <QScrollBar>

using kl::MetadataPanel;

namespace {

QLabel* label(const MetadataPanel& panel, const QString& accessibleName)
{
    for (QLabel* l : panel.findChildren<QLabel*>())
        if (l->accessibleName() == accessibleName)
            return l;
    FAIL("no label " << accessibleName.toStdString());
    return nullptr;
}

// The letter as the library has it now, for setLetter.
kl::LetterRecord stored(UiFixture& f, qint64 id)
{
    const std::optional<kl::LetterRecord> letter = f.library->letter(id);
    REQUIRE(letter);
    return *letter;
}

bool showing(const MetadataPanel& panel, const QString& accessibleName)
{
    return label(panel, accessibleName)->isVisibleTo(&panel);
}

} // namespace

TEST_CASE("The details of a motie with an official record show the source, the outcome and the fracties",
          "[ui][details]")
{
    UiFixture f;
    const qint64 id = OfficialFixture::importAdoptedMotie(f);
    MetadataPanel panel(f.library.get());
    panel.show();
    const kl::LetterRecord letter = stored(f, id);
    panel.setLetter(&letter);

    CHECK(label(panel, "Official source")->text() == "Tweede Kamer open data, 2023D51190");
    CHECK(showing(panel, "Official source"));
    // The official title, marked, with what the text printed in the tooltip.
    QLabel* title = label(panel, "Title");
    CHECK(title->text().contains("Motie van het lid Voorbeeld over het Regeerprogramma"));
    CHECK(title->text().contains("official"));
    CHECK(title->toolTip().contains("Official metadata (Tweede Kamer open data)."));
    CHECK(title->toolTip().contains("The text says: MOTIE VAN HET LID VOORBEELD"));
    CHECK(label(panel, "Kind")->text().contains("official"));
    // Files and text are the library's own, never official.
    CHECK_FALSE(label(panel, "Imported files")->text().contains("official"));

    REQUIRE(showing(panel, "Vote outcome"));
    const QString outcome = label(panel, "Vote outcome")->text();
    CHECK(outcome.contains("Adopted"));
    CHECK(outcome.contains("58 for, 40 against"));
    CHECK(label(panel, "Vote outcome")->toolTip() == "Aangenomen.");
    // The largest fractie first; each kept on one line with its seats.
    CHECK(label(panel, "Voted for")
              ->text()
              .contains(QString("GroenLinks-PvdA%1(25), VVD%1(24), D66%1(9)").arg(QChar(QChar::Nbsp))));
    CHECK(label(panel, "Voted against")->text().contains(QString("PVV%1(37), FVD%1(3)").arg(QChar(QChar::Nbsp))));
    CHECK_FALSE(showing(panel, "Did not vote"));
    CHECK(label(panel, "How the Kamer voted")->text() == "By show of hands");
    CHECK_FALSE(showing(panel, "Withdrawn"));
    // Nothing is cut off at the dock's width: every label fits its text in the width it has.
    // Nothing is cut off, at that width nor at the narrowest the dock may be: every label has the height its text
    // needs at its width, and nothing scrolls sideways.
    CHECK(panel.minimumSizeHint().width() <= 260);
    for (int width : {260, panel.minimumSizeHint().width()}) {
        panel.resize(width, 700);
        QCoreApplication::processEvents();
        for (QLabel* l : panel.findChildren<QLabel*>())
            if (l->isVisibleTo(&panel) && l->wordWrap()) {
                INFO(width << " " << l->accessibleName().toStdString() << ": " << l->text().toStdString());
                CHECK(l->height() >= l->heightForWidth(l->width()));
            }
        for (QScrollBar* bar : panel.findChildren<QScrollBar*>())
            if (bar->orientation() == Qt::Horizontal)
                CHECK_FALSE(bar->isVisibleTo(&panel));
        if (qEnvironmentVariableIsSet("KAMERLEZER_TEST_GRAB")) // to look at it
            panel.grab().save(QStringLiteral("/tmp/details-panel-%1.png").arg(width));
    }
}

TEST_CASE("The details say so when the source withdrew the document, as soon as the library knows", "[ui][details]")
{
    UiFixture f;
    const qint64 id = OfficialFixture::importAdoptedMotie(f);
    MetadataPanel panel(f.library.get());
    const kl::LetterRecord letter = stored(f, id);
    panel.setLetter(&letter);
    CHECK_FALSE(showing(panel, "Withdrawn"));

    // The panel reads its letter again on the library's notice: no one calls setLetter.
    QString error;
    REQUIRE(kl::OfficialStore(*f.library).markWithdrawn(id, "tk", "2024-02-01T09:00:00Z", &error));
    REQUIRE(showing(panel, "Withdrawn"));
    CHECK(label(panel, "Withdrawn")->text().contains("Withdrawn by Tweede Kamer open data"));
    CHECK(label(panel, "Withdrawn")->text().contains("stays in your library with your annotations"));

    // A letter only imported shows no source and no vote.
    const qint64 plain = f.importTextLetter("3301", "Een brief.");
    const kl::LetterRecord plainLetter = stored(f, plain);
    panel.setLetter(&plainLetter);
    CHECK_FALSE(showing(panel, "Official source"));
    CHECK_FALSE(showing(panel, "Vote outcome"));
    CHECK_FALSE(showing(panel, "Withdrawn"));
    CHECK_FALSE(label(panel, "Title")->text().contains("official"));
}

TEST_CASE("The Files row names the kind of file in the interface's language", "[ui][details]")
{
    UiFixture f;
    const qint64 id = f.importTextLetter(QStringLiteral("4101"), QStringLiteral("Een brief over de opvang."));
    REQUIRE(kl::Translations::install(QStringLiteral("nl")));
    {
        MetadataPanel panel(f.library.get());
        const kl::LetterRecord letter = stored(f, id);
        panel.setLetter(&letter);
        const QString files = label(panel, QStringLiteral("Geïmporteerde bestanden"))->text();
        INFO(files.toStdString());
        CHECK(files.contains(QStringLiteral("(tekst, 1 pagina)")));
        CHECK_FALSE(files.contains(QStringLiteral("text")));
    }
    kl::Translations::remove();
}
