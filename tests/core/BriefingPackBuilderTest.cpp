#include "export/BriefingPackBuilder.h"
#include "OfficialFixture.h"
#include "TestPaths.h"
#include "UiFixture.h"
#include "annotations/AnnotationStore.h"
#include "annotations/QuoteAnnotator.h"
#include "library/OfficialStore.h"
#include "storage/ToezeggingRepository.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <poppler-qt6.h>

#include <QDir>

#include <atomic>
#include <thread>

using namespace kl;

namespace {

Annotation annotate(Library& library, qint64 letterId, const QString& quote, const QString& color = "yellow",
                    const QString& note = QString(), const QStringList& tags = {})
{
    QString error;
    Annotation a = QuoteAnnotator::fromQuote(library, letterId, quote, 1, &error);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    a.color = color;
    a.note = note;
    a.tags = tags;
    AnnotationStore store(library);
    REQUIRE(store.add(a, &error));
    return a;
}

QStringList pageTexts(const QString& pdf)
{
    auto doc = Poppler::Document::load(pdf);
    REQUIRE(doc);
    QStringList out;
    for (int i = 0; i < doc->numPages(); ++i)
        out.append(doc->page(i)->text(QRectF()));
    return out;
}

// The number printed after an entry of the contents page(s).
int contentsNumber(const QStringList& pages, const QString& entry)
{
    for (const QString& page : pages) {
        if (!page.contains(QStringLiteral("Contents")))
            continue;
        const QRegularExpression re(QRegularExpression::escape(entry) + QStringLiteral("\\s+(\\d+)\\b"));
        const QRegularExpressionMatch m = re.match(page);
        if (m.hasMatch())
            return m.captured(1).toInt();
    }
    return 0;
}

const QString kBody = QStringLiteral("Het kabinet stuurt u deze brief over asiel.\n\n"
                                     "Het kabinet heeft besloten de opvang te versoberen.\n\n"
                                     "Tot slot: het kabinet komt hier voor de zomer op terug. Zie Kamerstuk 31 490, "
                                     "nr. 77 en Kamerstuk 19 637, nr. 3000.");

} // namespace

TEST_CASE("A briefing pack has a cover, contents with the right page numbers, excerpts and the marking")
{
    UiFixture f;
    const qint64 pdfLetter = f.import({TestPaths::data("letter.pdf")}).first();
    const qint64 textLetter = f.importTextLetter(QStringLiteral("3301"), kBody);
    annotate(*f.library, pdfLetter, QStringLiteral("over de voortgang"), QStringLiteral("green"),
             QStringLiteral("Voortgang volgt in het voorjaar."), {QStringLiteral("digitaal")});
    annotate(*f.library, textLetter, QStringLiteral("de opvang te versoberen"), QStringLiteral("yellow"),
             QStringLiteral("Navragen bij COA wat dit kost."), {QStringLiteral("opvang"), QStringLiteral("kosten")});

    BriefingPack pack;
    pack.title = QStringLiteral("Overleg asiel en digitale overheid");
    pack.organisation = QStringLiteral("Ministerie van Binnenlandse Zaken");
    pack.marking = QStringLiteral("Vertrouwelijk");
    pack.letterIds = {textLetter, pdfLetter};
    pack.body = BriefingPack::OriginalPages;
    const QString out = f.dir.filePath(QStringLiteral("pack.pdf"));
    BriefingPackBuilder builder(*f.library, pack);
    QList<int> progress;
    builder.setProgress([&](int current, int total) {
        progress.append(current);
        CHECK(total >= current);
    });
    QString error;
    REQUIRE(builder.writePdf(out, &error) == BriefingPackBuilder::Done);
    REQUIRE(QFile::exists(out));

    const QStringList pages = pageTexts(out);
    // Cover, contents, two letters (the PDF letter with its original page), the index.
    CHECK(pages.size() >= 6);
    CHECK(pages.size() <= 10);
    CHECK(builder.pageCount() == pages.size());
    CHECK(progress.size() == pages.size());
    for (int i = 0; i < pages.size(); ++i) {
        INFO("page " << i + 1 << ": " << pages[i].toStdString());
        CHECK(pages[i].contains(QStringLiteral("Vertrouwelijk"), Qt::CaseInsensitive));
        CHECK(pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())));
        if (i > 0)
            CHECK(pages[i].contains(pack.title));
    }
    CHECK(pages[0].simplified().contains(pack.title));

    const QString all = pages.join(QLatin1Char('\n')).simplified();
    // The one-page original is on "page N", never on "pages N–N".
    CHECK_FALSE(all.contains(QRegularExpression(QStringLiteral("pages (\\d+)–\\1\\b"))));
    CHECK(all.contains(QRegularExpression(QStringLiteral("follows on page \\d+ of this pack"))));
    for (const QString& citation : {QStringLiteral("Kamerstukken II 2024/25, 19637, nr. 3301"),
                                    QStringLiteral("Kamerstukken II 2024/25, 31490, nr. 77")}) {
        const qint64 id = citation.endsWith(QStringLiteral("3301")) ? textLetter : pdfLetter;
        const int number = contentsNumber(pages, citation);
        INFO(citation.toStdString());
        CHECK(number == builder.pageOfLetter(id));
        REQUIRE(number > 2);
        REQUIRE(number <= pages.size());
        CHECK(pages[number - 1].contains(citation));
        CHECK_FALSE(pages[number - 1].contains(QStringLiteral("Contents")));
    }
    CHECK(contentsNumber(pages, QStringLiteral("Kamerstukken II 2024/25, 19637, nr. 3301")) <
          contentsNumber(pages, QStringLiteral("Kamerstukken II 2024/25, 31490, nr. 77")));
    CHECK(all.contains(QStringLiteral("“de opvang te versoberen”")));
    CHECK(all.contains(QStringLiteral("Navragen bij COA wat dit kost.")));
    CHECK(
        (all.contains(QStringLiteral("Tags: opvang, kosten")) || all.contains(QStringLiteral("Tags: kosten, opvang"))));
    CHECK(all.contains(QStringLiteral("“over de voortgang”")));
    CHECK(all.contains(QStringLiteral("Voortgang volgt in het voorjaar.")));
    // The index: the text letter cites the PDF letter (in the pack) and 19637-3000 (not in the library).
    CHECK(all.contains(QStringLiteral("Between the documents in this pack")));
    CHECK(all.contains(QStringLiteral("kst-19637-3000")));
}

TEST_CASE("A cancelled briefing pack leaves no file and an existing one untouched")
{
    UiFixture f;
    const qint64 id = f.importTextLetter(QStringLiteral("3302"), kBody);
    BriefingPack pack;
    pack.title = QStringLiteral("Afgebroken");
    pack.letterIds = {id};
    const QString out = f.dir.filePath(QStringLiteral("cancelled.pdf"));
    std::atomic_bool cancel = false;
    BriefingPackBuilder builder(*f.library, pack);
    builder.setCancelFlag(&cancel);
    builder.setProgress([&](int current, int) {
        if (current == 1)
            cancel = true;
    });
    CHECK(builder.writePdf(out) == BriefingPackBuilder::Cancelled);
    CHECK_FALSE(QFile::exists(out));
    CHECK(QDir(f.dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files).isEmpty());

    QFile old(out);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    cancel = false;
    BriefingPackBuilder again(*f.library, pack);
    again.setCancelFlag(&cancel);
    again.setProgress([&](int, int) { cancel = true; });
    CHECK(again.writePdf(out) == BriefingPackBuilder::Cancelled);
    QFile check(out);
    REQUIRE(check.open(QIODevice::ReadOnly));
    CHECK(check.readAll() == "old");
}

TEST_CASE("A briefing pack built on a worker thread opens its own library")
{
    UiFixture f;
    const qint64 id = f.importTextLetter(QStringLiteral("3303"), kBody);
    BriefingPack pack;
    pack.letterIds = {id};
    const QString out = f.dir.filePath(QStringLiteral("thread.pdf"));
    std::atomic_bool cancel = false;
    BriefingPackBuilder::Result result = BriefingPackBuilder::Failed;
    QString error;
    std::thread worker(
        [&] { result = BriefingPackBuilder::buildPdf(f.library->folder(), pack, out, {}, &cancel, &error); });
    worker.join();
    INFO(error.toStdString());
    CHECK(result == BriefingPackBuilder::Done);
    const QString text = pageTexts(out).join(QLatin1Char(' ')).simplified();
    INFO(text.toStdString());
    CHECK(text.contains(BriefingPack::defaultTitle()));
}

TEST_CASE("Highlights are drawn on the original pages in their colour")
{
    UiFixture f;
    const qint64 id = f.import({TestPaths::data("letter.pdf")}).first();
    const Annotation a = annotate(*f.library, id, QStringLiteral("over de voortgang"), QStringLiteral("yellow"));
    REQUIRE(a.rects.size() == 1);
    BriefingPack pack;
    pack.letterIds = {id};
    pack.body = BriefingPack::OriginalPages;
    pack.cover = false;
    const QString out = f.dir.filePath(QStringLiteral("original.pdf"));
    BriefingPackBuilder builder(*f.library, pack);
    REQUIRE(builder.writePdf(out) == BriefingPackBuilder::Done);

    auto original = Poppler::Document::load(TestPaths::data("letter.pdf"));
    const QRectF place = BriefingPackBuilder::originalPageRect(original->page(0)->pageSizeF());
    auto doc = Poppler::Document::load(out);
    REQUIRE(doc);
    // Contents, the letter's own page, then its original page.
    const int page = builder.pageOfLetter(id) + 1;
    REQUIRE(page <= doc->numPages());
    CHECK(doc->page(page - 1)->text(QRectF()).contains(QStringLiteral("original, page 1 of 1")));
    const QImage image = doc->page(page - 1)->renderToImage(144, 144); // 2 pixels a point
    const QRectF r = a.rects.first();
    auto at = [&](double nx, double ny) {
        return image.pixelColor(int((place.x() + nx * place.width()) * 2), int((place.y() + ny * place.height()) * 2));
    };
    // The glyphs drawn over the highlight depend on the fonts installed (the letter's Helvetica is not
    // embedded), so count the yellow pixels over the whole box instead of sampling one point.
    auto yellowShare = [&](const QRectF& box) {
        int yellow = 0, all = 0;
        for (double ny = box.top(); ny < box.bottom(); ny += box.height() / 8)
            for (double nx = box.left(); nx < box.right(); nx += box.width() / 40) {
                const QColor c = at(nx, ny);
                ++all;
                yellow += (c.red() > 200 && c.green() > 190 && c.blue() < 170) ? 1 : 0;
            }
        return all ? double(yellow) / all : 0.0;
    };
    const double inside = yellowShare(r);
    const double below = yellowShare(r.translated(0, r.height() + 0.08));
    INFO("yellow inside " << inside << ", below " << below);
    CHECK(inside > 0.4);
    CHECK(below < 0.02);
}

TEST_CASE("A briefing pack of corpus letters has contents that point at the letters")
{
    if (!TestPaths::haveCorpus()) {
        WARN("SKIPPED: the corpus is absent");
        return;
    }
    UiFixture f;
    const QList<qint64> ids = f.import(
        UiFixture::corpusFiles({QStringLiteral("txt/kst-19637-3274__brief-minister-asiel-migratie.txt"),
                                QStringLiteral("pdf/kst-29515-496__brief-minister-EZ-werkprogramma-ATR-2025.pdf"),
                                QStringLiteral("pdf/kst-36450-1__koninklijke-boodschap.pdf"),
                                QStringLiteral("pdf/kst-36450-2__voorstel-van-wet.pdf")}));
    annotate(*f.library, ids[0], QStringLiteral("opt-out van Europese asiel- en migratieregelgeving"),
             QStringLiteral("yellow"), QStringLiteral("Kern van de brief: gevolgen voor de EU-onderhandelingen?"),
             {QStringLiteral("EU"), QStringLiteral("opt-out")});
    annotate(*f.library, ids[0], QStringLiteral("Ik kom hier separaat op terug."), QStringLiteral("red"),
             QStringLiteral("Toezegging: termijn bewaken."), {QStringLiteral("toezegging")});
    annotate(*f.library, ids[1], QStringLiteral("werkprogramma"), QStringLiteral("green"),
             QStringLiteral("ATR: regeldruk."));

    const bool originals = GENERATE(false, true);
    BriefingPack pack;
    pack.title = QStringLiteral("Asiel, regeldruk en de Regeringsnota");
    pack.organisation = QStringLiteral("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties");
    pack.marking = QStringLiteral("Intern");
    pack.date = QDate(2025, 3, 14);
    pack.letterIds = ids;
    pack.body = originals ? BriefingPack::OriginalPages : BriefingPack::FullText;
    QString out = qEnvironmentVariable("KAMERLEZER_PACK_OUT");
    if (out.isEmpty())
        out = f.dir.filePath(QStringLiteral("corpus.pdf"));
    else
        out.replace(QStringLiteral(".pdf"), originals ? QStringLiteral("-originals.pdf") : QStringLiteral("-text.pdf"));
    BriefingPackBuilder builder(*f.library, pack);
    QString error;
    REQUIRE(builder.writePdf(out, &error) == BriefingPackBuilder::Done);
    const QStringList pages = pageTexts(out);
    CHECK(pages.size() > 6);
    for (const QString& page : pages)
        CHECK(page.contains(QStringLiteral("Intern")));
    const auto seed = f.library->letter(ids[0]);
    const QString citation = seed->metadata.citation();
    const int number = contentsNumber(pages, citation);
    CHECK(number == builder.pageOfLetter(ids[0]));
    REQUIRE(number > 0);
    CHECK(pages[number - 1].contains(citation));
    for (qint64 id : ids) {
        const int p = builder.pageOfLetter(id);
        REQUIRE(p > 0);
        CHECK(pages[p - 1].contains(f.library->letter(id)->metadata.citation()));
    }
    const QString all = pages.join(QLatin1Char('\n')).simplified();
    CHECK(all.contains(QStringLiteral("Toezegging: termijn bewaken.")));
    CHECK(all.contains(QStringLiteral("Ik kom hier separaat op terug.")));
}

TEST_CASE("A briefing pack prints a motie's vote and says when the source withdrew a document")
{
    UiFixture f;
    const qint64 motie = OfficialFixture::importAdoptedMotie(f);
    const qint64 letter = f.importTextLetter(QStringLiteral("3301"), kBody);
    QString error;
    REQUIRE(OfficialStore(*f.library).markWithdrawn(motie, QStringLiteral("tk"), QStringLiteral("2024-02-01"), &error));

    BriefingPack pack;
    pack.title = QStringLiteral("Moties vreemdelingenbeleid");
    pack.letterIds = {motie, letter};
    pack.body = BriefingPack::NoBody;
    const QString out = f.dir.filePath(QStringLiteral("votes.pdf"));
    BriefingPackBuilder builder(*f.library, pack);
    REQUIRE(builder.writePdf(out, &error) == BriefingPackBuilder::Done);

    const QStringList pages = pageTexts(out);
    const int motiePage = builder.pageOfLetter(motie);
    REQUIRE(motiePage > 0);
    const QString page = pages[motiePage - 1].simplified();
    INFO(page.toStdString());
    CHECK(page.contains(QStringLiteral("Official source Tweede Kamer open data, 2023D51190")));
    CHECK(page.contains(QStringLiteral("Status Withdrawn by Tweede Kamer open data")));
    CHECK(page.contains(QStringLiteral("Vote Adopted: 58 for, 40 against (by show of hands)")));
    CHECK(page.contains(QStringLiteral("For GroenLinks-PvdA (25), VVD (24), D66 (9)")));
    CHECK(page.contains(QStringLiteral("Against PVV (37), FVD (3)")));
    // A letter only imported has none of it.
    const QString other = pages[builder.pageOfLetter(letter) - 1];
    CHECK_FALSE(other.contains(QStringLiteral("Official source")));
    CHECK_FALSE(other.contains(QStringLiteral("Adopted")));
}

TEST_CASE("A briefing pack is refused when a letter's stored copy is another PDF now, naming it")
{
    UiFixture f;
    const qint64 id = f.import({TestPaths::data("letter.pdf")}).first();
    const QString copy = f.library->letter(id)->renditions.first().storedPath;
    REQUIRE(QFile::remove(copy));
    REQUIRE(QFile::copy(TestPaths::data("two-pages.pdf"), copy));
    BriefingPack pack;
    pack.letterIds = {id};
    pack.body = BriefingPack::OriginalPages;
    const QString out = f.dir.filePath(QStringLiteral("pack.pdf"));
    BriefingPackBuilder builder(*f.library, pack);
    QString error;
    CHECK(builder.writePdf(out, &error) == BriefingPackBuilder::Failed);
    CHECK(error.contains(copy));
    CHECK(error.contains(QStringLiteral("has changed since it was imported")));
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("A briefing pack lists the open toezeggingen of its dossiers, from its letters and from the register")
{
    UiFixture f;
    const qint64 letter = f.importTextLetter(QStringLiteral("3302"), kBody);
    Toezegging registered;
    registered.origin = Toezegging::Origin::Registered;
    registered.number = QStringLiteral("TZ202410-113");
    registered.dossier = QStringLiteral("19637");
    registered.text = QStringLiteral("De minister zegt toe de Kamer voor 1 maart 2025 per brief te informeren.");
    registered.activity = QStringLiteral("Commissiedebat Vreemdelingen- en asielbeleid (2024A05123)");
    registered.due = QDate(2025, 3, 1);
    REQUIRE(ToezeggingRepository(f.library->database()).storeRegistered(registered).ok());
    Toezegging elsewhere = registered;
    elsewhere.number = QStringLiteral("TZ202410-200");
    elsewhere.dossier = QStringLiteral("36600-VI");
    elsewhere.text = QStringLiteral("Een toezegging in een ander dossier.");
    REQUIRE(ToezeggingRepository(f.library->database()).storeRegistered(elsewhere).ok());

    BriefingPack pack;
    pack.letterIds = {letter};
    pack.body = BriefingPack::NoBody;
    const QString out = f.dir.filePath(QStringLiteral("toezeggingen.pdf"));
    QString error;
    BriefingPackBuilder builder(*f.library, pack);
    REQUIRE(builder.writePdf(out, &error) == BriefingPackBuilder::Done);
    const QString all = pageTexts(out).join(QLatin1Char('\n')).simplified();
    INFO(all.toStdString());
    CHECK(contentsNumber(pageTexts(out), QStringLiteral("Open toezeggingen")) > 0);
    CHECK(all.contains(QStringLiteral("Dossier 19637")));
    CHECK(all.contains(QStringLiteral("het kabinet komt hier voor de zomer op terug")));
    CHECK(all.contains(QStringLiteral("page %1 of this pack").arg(builder.pageOfLetter(letter))));
    CHECK(all.contains(QStringLiteral("Overdue · due 1 maart 2025 · TZ202410-113")));
    CHECK(all.contains(QStringLiteral("in the debate Commissiedebat Vreemdelingen- en asielbeleid (2024A05123)")));
    CHECK_FALSE(all.contains(QStringLiteral("Een toezegging in een ander dossier")));

    pack.toezeggingen = false;
    BriefingPackBuilder without(*f.library, pack);
    REQUIRE(without.writePdf(out, &error) == BriefingPackBuilder::Done);
    CHECK_FALSE(pageTexts(out).join(QLatin1Char('\n')).contains(QStringLiteral("Open toezeggingen")));
}
