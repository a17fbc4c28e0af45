#include "Translations.h"
#include "UiFixture.h"
#include "annotations/AnnotationStore.h"
#include "annotations/QuoteAnnotator.h"
#include "export/BriefingPackBuilder.h"

#include <catch2/catch.hpp>

#include <poppler-qt6.h>

using namespace kl;

namespace {

// A pack of one letter with a highlight whose note is Markdown, built as the pack dialog builds it (on the
// library folder) in `language`, and its text read back.
QString packText(const QString& language)
{
    UiFixture f;
    const qint64 id = f.importTextLetter(QStringLiteral("3501"),
                                         QStringLiteral("Het kabinet heeft besloten de opvang te versoberen."));
    QString error;
    Annotation a = QuoteAnnotator::fromQuote(*f.library, id, QStringLiteral("de opvang"), 1, &error);
    REQUIRE(error.isEmpty());
    a.note = QStringLiteral("Een **vette** notitie.");
    REQUIRE(AnnotationStore(*f.library).add(a, &error));
    // Loaded the way the program loads it.
    REQUIRE(Translations::install(language));
    BriefingPack pack;
    pack.title = QStringLiteral("Titel");
    pack.letterIds = {id};
    const QString out = f.dir.filePath(QStringLiteral("pack.pdf"));
    const auto result = BriefingPackBuilder::buildPdf(f.library->folder(), pack, out, {}, nullptr, &error);
    Translations::remove();
    INFO(error.toStdString());
    REQUIRE(result == BriefingPackBuilder::Done);
    auto doc = Poppler::Document::load(out);
    REQUIRE(doc);
    QString text;
    for (int i = 0; i < doc->numPages(); ++i)
        text += doc->page(i)->text(QRectF()) + QLatin1Char('\n');
    return text.simplified();
}

} // namespace

TEST_CASE("A briefing pack made in the Dutch interface is Dutch throughout", "[ui][translation][pack]")
{
    const QString text = packText(QStringLiteral("nl"));
    INFO(text.toStdString());
    for (const char* word : {"BRIEFINGMAP", "Inhoud", "Fragmenten (1)", "Pagina 1 van 4", "Notitie: Een vette notitie.",
                             "Soort Brief", "Datum 19 september 2024", "letter-19637-3501.txt (tekst)", "Geel",
                             "Tekst van het document", "Gemaakt met Kamerlezer op"})
        CHECK(text.contains(QString::fromUtf8(word)));
    for (const char* word : {"BRIEFING PACK", "Contents", "Excerpts", "Note:", "Page 1 of", "Yellow", "TEXT", "**"})
        CHECK_FALSE(text.contains(QString::fromUtf8(word)));
}

TEST_CASE("A briefing pack made in the English interface is English throughout", "[ui][translation][pack]")
{
    const QString text = packText(QStringLiteral("en"));
    INFO(text.toStdString());
    for (const char* word : {"BRIEFING PACK", "Contents", "Excerpts (1)", "Page 1 of 4", "Note: Een vette notitie.",
                             "Kind Letter", "Date 19 September 2024", "letter-19637-3501.txt (text)", "Yellow"})
        CHECK(text.contains(QString::fromUtf8(word)));
    for (const char* word : {"BRIEFINGMAP", "Inhoud", "Datum", "Geel", "**"})
        CHECK_FALSE(text.contains(QString::fromUtf8(word)));
}
