#include "LibraryDump.h"
#include "TestPaths.h"
#include "UiFixture.h"
#include "annotations/AnnotationStore.h"
#include "library/Library.h"
#include "links/LinkStore.h"
#include "session/LibrarySession.h"

#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace kl;

TEST_CASE("Merging two letters that are one document moves files, annotations and links, and undo splits them")
{
    UiFixture f;
    const qint64 text = f.importTextLetter(QStringLiteral("29"),
                                           QStringLiteral("De eerste pagina eindigt met deze "
                                                          "zin die doorloopt."),
                                           QStringLiteral("29 628"));
    const qint64 pdf = f.import({TestPaths::data("two-pages.pdf")}).first();
    const qint64 other = f.importTextLetter(QStringLiteral("30"), QStringLiteral("Zie de brief over de politie."));
    REQUIRE(text != pdf);
    LibrarySession session(*f.library);
    REQUIRE(session.annotateQuote(text, QStringLiteral("eerste pagina"), 1, QStringLiteral("yellow")).ok());
    REQUIRE(session.annotateQuote(pdf, QStringLiteral("doorloopt"), 1, QStringLiteral("green")).ok());
    REQUIRE(session.linkQuotes(other, QStringLiteral("brief over de politie"), pdf, QStringLiteral("eerste")).ok());
    REQUIRE(session.linkQuotes(text, QStringLiteral("deze zin"), pdf, QStringLiteral("tweede pagina")).ok());
    const int letters = f.library->letterCount();
    const std::string before = libraryDump(*f.library);
    const QString keptTitle = f.library->letter(text)->metadata.title;

    const Result<void> done = session.mergeLetters(text, pdf);
    INFO(done.error().detail().toStdString());
    REQUIRE(done.ok());
    CHECK(f.library->letterCount() == letters - 1);
    CHECK_FALSE(f.library->letter(pdf));
    const LetterRecord merged = *f.library->letter(text);
    CHECK(merged.renditions.size() == 2);
    CHECK(merged.primaryRendition()->format == QLatin1String("pdf")); // the PDF is what the reader opens now
    CHECK(merged.metadata.title == keptTitle);                        // the kept letter's details
    CHECK(session.annotations().forLetter(text).size() == 2);
    // The link from the third letter now points at the merged one; the link between the two is gone.
    const QList<Link> links = session.links().linksTo(text);
    REQUIRE(links.size() == 1);
    CHECK(session.links().linksFrom(text).isEmpty());
    CHECK(links.first().fromLetter == other);
    CHECK(links.first().toLetter == text);
    CHECK(f.library->check().isEmpty());

    // Undo: both letters again, every row as it was.
    session.undoStack()->undo();
    CHECK(libraryDump(*f.library) == before);
    CHECK(f.library->check().isEmpty());
    session.undoStack()->redo();
    CHECK(f.library->letterCount() == letters - 1);
    CHECK(f.library->letter(text)->renditions.size() == 2);

    CHECK_FALSE(session.mergeLetters(text, text).ok());
    CHECK_FALSE(session.mergeLetters(text, 987654).ok());
}
