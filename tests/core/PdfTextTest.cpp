#include "TestPaths.h"
#include "import/DocumentReader.h"

#include <catch2/catch.hpp>

using namespace kl;

TEST_CASE("Imported PDF text holds no control characters: the Regeerprogramma's contents print no empty boxes", "[pdf]")
{
    if (!TestPaths::haveCorpus()) {
        WARN("SKIPPED: the corpus (../shared/corpus) is absent");
        return;
    }
    DocumentReader::FileRead read = DocumentReader::readFile(
        TestPaths::corpus(QStringLiteral("pdf/regeerprogramma-2024-09-13__uitwerking-hoofdlijnenakkoord.pdf")));
    REQUIRE(read.result.ok());
    const QList<PageText>& pages = read.result.document.pages;
    REQUIRE(pages.size() == 138);
    // Page 2 is the table of contents: its text layer puts a backspace before every page number.
    CHECK(pages[1].text.contains(QStringLiteral("Grip op asiel en migratie")));
    int controls = 0;
    for (const PageText& page : pages) {
        for (QChar c : page.text)
            controls += c.unicode() < 0x20 && c != QLatin1Char('\n');
        // The words still span their own letters: nothing moved.
        for (const WordBox& w : page.words)
            REQUIRE(w.end <= page.text.size());
    }
    CHECK(controls == 0);
}
