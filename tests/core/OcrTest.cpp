#include "TestPaths.h"
#include "annotations/QuoteAnnotator.h"
#include "import/DocumentReader.h"
#include "import/PdfTextExtractor.h"
#include "library/Library.h"
#include "ocr/OcrEngine.h"
#include "ocr/OcrJob.h"
#include "ocr/PdfOcr.h"
#include "ocr/TextLayerQuality.h"
#include "search/SearchEngine.h"
#include "storage/PageWordsColumn.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QTimer>
#include <catch2/catch.hpp>

#include <poppler-qt6.h>

using namespace kl;

namespace {

// The scans of ../shared/corpus2; empty (and the test says it skips) when it is not there.
QString scan(const char* name)
{
    const QString path = QStringLiteral(KAMERLEZER_CORPUS "2/pdf/") + QString::fromLatin1(name);
    return QFileInfo::exists(path) ? path : QString();
}

const char* const kNoTextLayer = "nota-vws-mondzorg-2024__scan-zonder-tekstlaag.pdf";
const char* const kOcrmypdf = "nota-vws-mondzorg-2024__scan-ocrmypdf.pdf";
const char* const kGarbage = "brief-adviescommissie-maatwerk-2023-06-16__tekstlaag-onleesbaar.pdf";
const char* const kFirstPageImage = "nota-kgg-2025-01-29__pagina1-alleen-beeld.pdf";

// The word of a page that equals `text`, or nullptr.
const WordBox* findWord(const PageText& page, const QString& text)
{
    for (const WordBox& w : page.words)
        if (page.text.mid(w.start, w.end - w.start) == text)
            return &w;
    return nullptr;
}

// OCR of some pages only, at a lower resolution than the program's: the suite reads a few pages, not whole scans.
OcrOptions testOptions(int dpi = 200)
{
    OcrOptions options;
    options.dpi = dpi;
    return options;
}

} // namespace

TEST_CASE("The quality of a text layer tells words from garbage")
{
    const QString prose = QStringLiteral(
        "Met deze brief informeer ik uw Kamer over de voortgang van de digitale overheid. Zie ook Kamerstuk 36 471, "
        "nr. 96 over de asielketen en het Regeerprogramma. De instroom van asielzoekers wordt beperkt met een "
        "noodwet die op 1 januari 2025 in werking treedt; de financiële gevolgen staan in de bijlage.");
    CHECK(TextLayerQuality::judge(prose) == TextLayerQuality::Verdict::Good);
    CHECK(TextLayerQuality::score(prose) > 0.85);
    // What pdftotext gives of the broken font encoding of the adviescommissie's letter.
    const QString garbage =
        QStringLiteral("2343567837 4 435774743 6\n27828852283 45745\n73746577\n!\"#$%&74' \n"
                       "6()*+43!,!\n7687-(375787 47.6/34607178234674665574453474763+57873\n"
                       "77 677883 45745& 2767 67825.874375647784 877485 4+78 475743758567768453975");
    CHECK(TextLayerQuality::judge(garbage) == TextLayerQuality::Verdict::Garbage);
    // Letters without vowels or common words: a font whose codes are shifted.
    const QString shifted = QString(QStringLiteral("Xkq vwrr gkrr qpxx Bcdf ghjk lmnp qrst vwxz ")).repeated(8);
    CHECK(TextLayerQuality::judge(shifted) == TextLayerQuality::Verdict::Garbage);
    CHECK(TextLayerQuality::judge(QStringLiteral("3")) == TextLayerQuality::Verdict::Missing);
    CHECK(TextLayerQuality::judge(QString()) == TextLayerQuality::Verdict::Missing);
}

TEST_CASE("An OCR layer with its words in pieces is broken but prose and a good OCR layer are not")
{
    // The Woo release's OCR layer of the OCW beslisnota of 22 June 2022, page 1.
    const QString broken =
        QStringLiteral("Min isterWiersma heeft tijden s het debat passen do nderwijs (vo orhet fun derend\n"
                       "on derwijs)van30 maart 2022 to egezegd dat vo orde zo mervandit jaarde\n"
                       "intern etconsultatie vaneenwetsvo orstel te startenwaarinu regelt dat:\n"
                       "1. de wijze vanhet registrerenvanverzuim een duidig wo rdt;\n"
                       "2. samen werk in gsverban denpassen do n derwijs beterwo rdento egerust o m\n"
                       "verzuim tegente gaan ; en\n"
                       "Hierbij leggenwij u het wetsvo orstel voor. Het wetsvo orstel geldt vooron derdeel\n"
                       "1o okvo orhet mbo .\n"
                       "Geziende beschik bare capaciteit,inco mbin atie met het k orte tijdspad,\n"
                       "vo orliggen d wetsvo orstel o ndersto o m enk ok en d waterto t stan d\n"
                       "Maarvin denhet wel vo ldo en de o m,co n form uw to ezeggin g,deze zo mer\n"
                       "inzet hebben ,stellenwe vo o rom de in tern etco nsultatie voo r1 0 wek eno p en");
    CHECK(TextLayerQuality::brokenShare(broken) > TextLayerQuality::kMaxBrokenShare);
    CHECK(TextLayerQuality::judge(broken) == TextLayerQuality::Verdict::Broken);
    // The same lines as Tesseract reads them from the page image.
    const QString read =
        QStringLiteral("Minister Wiersma heeft tijdens het debat passend onderwijs (voor het funderend\n"
                       "onderwijs) van 30 maart 2022 toegezegd dat voor de zomer van dit jaar de\n"
                       "internetconsultatie van een wetsvoorstel te starten waarin u regelt dat:\n"
                       "1. de wijze van het registreren van verzuim eenduidig wordt;\n"
                       "2. samenwerkingsverbanden passend onderwijs beter worden toegerust om\n"
                       "verzuim tegen te gaan; en\n"
                       "Hierbij leggen wij u het wetsvoorstel voor. Het wetsvoorstel geldt voor onderdeel\n"
                       "1 ook voor het mbo.");
    CHECK(TextLayerQuality::brokenShare(read) < 0.05);
    CHECK(TextLayerQuality::judge(read) == TextLayerQuality::Verdict::Good);
    // Abbreviations in capitals are words: "VWS, SZW, VNG, Divosa, ZN".
    const QString abbreviations = QStringLiteral(
        "Een samenwerking van VWS, SZW, VNG, Divosa, ZN, Mondzorgalliantie en Patientenfederatie Nederland hebben de "
        "problematiek en maatregelen m.b.t. de mijding van mondzorg onderzocht. De Tweede Kamer heeft in mei 2024 het "
        "eindverslag ontvangen. Ca. 0,65 mln om financiële redenen niet.");
    CHECK(TextLayerQuality::judge(abbreviations) == TextLayerQuality::Verdict::Good);
}

TEST_CASE("Word boxes of an OCR page are stored and read back exactly")
{
    QList<WordBox> words{{0, 9, QRectF(0.1, 0.2, 0.3, 0.04), {0.12f, 0.15f}},
                         {10, 12, QRectF(0.5, 0.2, 0.1, 0.04), {}}};
    const QList<WordBox> back = sql::decodeWords(sql::encodeWords(words));
    REQUIRE(back.size() == 2);
    CHECK(back[0].start == 0);
    CHECK(back[0].end == 9);
    CHECK(std::abs(back[0].rect.y() - 0.2) < 1e-6);
    CHECK(back[0].charRight.size() == 2);
    CHECK(back[1].charRight.isEmpty());
    CHECK(sql::decodeWords(QByteArray("garbage")).isEmpty());
}

TEST_CASE("No page of the corpus's PDFs with a text layer of its own is sent to OCR")
{
    const QString root = TestPaths::corpus();
    if (root.isEmpty()) {
        WARN("SKIPPED: no corpus at ../shared/corpus");
        return;
    }
    QDirIterator it(root + QStringLiteral("/pdf"), {QStringLiteral("*.pdf")}, QDir::Files);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        INFO(path.toStdString());
        const DocumentReader::FileRead read = DocumentReader::readFile(path);
        REQUIRE(read.result.ok());
        // The ATR's werkprogramma has its cover letter as an image (pages 1 and 8): those pages are scans.
        for (int page : read.result.document.ocrPages)
            CHECK(TextLayerQuality::isEmpty(read.result.document.pages[page].text));
        ++files;
    }
    CHECK(files > 5);
}

TEST_CASE("A good text layer made by ocrmypdf is kept")
{
    const QString path = scan(kOcrmypdf);
    if (path.isEmpty()) {
        WARN("SKIPPED: no corpus at ../shared/corpus2");
        return;
    }
    const DocumentReader::FileRead read = DocumentReader::readFile(path);
    REQUIRE(read.result.ok());
    CHECK(read.result.document.ocrPages.isEmpty());
    CHECK(read.result.document.ocr == ImportedDocument::Ocr::NotNeeded);
    CHECK(read.result.document.pages[0].text.contains(QStringLiteral("mondzorg")));
}

TEST_CASE("OCR of a scan without a text layer finds its words where the page shows them")
{
    const QString path = scan(kNoTextLayer);
    if (path.isEmpty()) {
        WARN("SKIPPED: no corpus at ../shared/corpus2");
        return;
    }
    DocumentReader::FileRead read = DocumentReader::readFile(path);
    REQUIRE(read.result.ok());
    ImportedDocument& doc = read.result.document;
    CHECK(doc.ocr == ImportedDocument::Ocr::Pending);
    CHECK(doc.ocrPages == QList<int>{0, 1, 2});
    CHECK(doc.warnings.size() == 1);
    doc.ocrPages = {0}; // one page is proof enough
    const PdfOcr::Outcome outcome = PdfOcr::recognize(read.bytes, doc, testOptions(300));
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.error.isEmpty());
    CHECK(outcome.replaced == QList<int>{0});
    CHECK(doc.ocr == ImportedDocument::Ocr::Done);
    CHECK(doc.warnings.isEmpty());
    const PageText& page = doc.pages[0];
    CHECK(page.fromOcr);
    CHECK(page.sizePt.width() > 500);
    for (const char* word : {"Ministerie", "Volksgezondheid", "Aanleiding", "mondzorg", "Tweede", "Kamer"})
        CHECK(page.text.contains(QString::fromLatin1(word)));
    CHECK(page.words.size() > 100);

    // The same scan after ocrmypdf has an invisible text layer with the boxes Tesseract found: ours are there too.
    std::unique_ptr<Poppler::Document> ocrmypdf = Poppler::Document::load(scan(kOcrmypdf));
    REQUIRE(ocrmypdf);
    const PageText layer = PdfTextExtractor::extract(*ocrmypdf->page(0));
    int compared = 0;
    for (const char* word : {"Aanleiding", "Volksgezondheid,", "Kernpunten"}) {
        INFO(word);
        const WordBox* ours = findWord(page, QString::fromLatin1(word));
        const WordBox* theirs = findWord(layer, QString::fromLatin1(word));
        REQUIRE(ours);
        if (!theirs)
            continue;
        CHECK(std::abs(ours->rect.center().x() - theirs->rect.center().x()) < 0.01);
        CHECK(std::abs(ours->rect.center().y() - theirs->rect.center().y()) < 0.01);
        ++compared;
    }
    CHECK(compared >= 2);
    // Every box lies on the page, and the span of a word is its text.
    for (const WordBox& w : page.words) {
        CHECK(QRectF(0, 0, 1, 1).contains(w.rect));
        CHECK(w.end > w.start);
    }
}

TEST_CASE("A garbage text layer is replaced by OCR text that reads")
{
    const QString path = scan(kGarbage);
    if (path.isEmpty()) {
        WARN("SKIPPED: no corpus at ../shared/corpus2");
        return;
    }
    DocumentReader::FileRead read = DocumentReader::readFile(path);
    REQUIRE(read.result.ok());
    ImportedDocument& doc = read.result.document;
    CHECK(TextLayerQuality::judge(doc.pages[0].text) == TextLayerQuality::Verdict::Garbage);
    CHECK(doc.ocrPages.size() == 11);
    const QString garbage = doc.pages[0].text;
    doc.ocrPages = {0};
    const PdfOcr::Outcome outcome = PdfOcr::recognize(read.bytes, doc, testOptions());
    REQUIRE(outcome.error.isEmpty());
    REQUIRE(outcome.replaced == QList<int>{0});
    const QString text = doc.pages[0].text;
    CHECK(text.contains(QStringLiteral("Adriaansens")));
    CHECK(text.contains(QStringLiteral("Joint Letter of Intent")));
    CHECK(text.contains(QStringLiteral("Nobian")));
    CHECK(TextLayerQuality::judge(text) == TextLayerQuality::Verdict::Good);
    CHECK(TextLayerQuality::score(text) > TextLayerQuality::score(garbage) + 0.3);
}

TEST_CASE("A scanned page imported is read by OCR after the import, searchable, and not read again")
{
    const QString path = scan(kFirstPageImage);
    if (path.isEmpty()) {
        WARN("SKIPPED: no corpus at ../shared/corpus2");
        return;
    }
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Library> library = Library::open(dir.path(), &error);
    REQUIRE(library);
    const ImportOutcome imported = library->importFile(path);
    REQUIRE(imported.status == ImportOutcome::Imported);
    REQUIRE(imported.warnings.size() == 1);
    CHECK(imported.warnings.first().contains(QStringLiteral("OCR")));
    const QList<PendingOcr> pending = library->pendingOcr();
    REQUIRE(pending.size() == 1);
    CHECK(pending.first().letterId == imported.letterId);
    SearchQuery query;
    query.text = QStringLiteral("gebiedsverbinder");
    auto pagesFound = [&] {
        QList<int> pages;
        for (const SearchHit& h : SearchEngine(*library).search(query))
            pages.append(h.page);
        std::sort(pages.begin(), pages.end());
        pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
        return pages;
    };
    CHECK(pagesFound() == QList<int>{2}); // page 2 has a text layer; page 1 is only an image

    OcrJob job(*library);
    job.setOptions(testOptions());
    QList<LibraryChange> changes;
    QObject::connect(library.get(), &Library::changed, [&](const LibraryChange& c) { changes.append(c); });
    QEventLoop loop;
    QObject::connect(&job, &OcrJob::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    job.start();
    REQUIRE(job.isRunning());
    loop.exec();
    REQUIRE_FALSE(job.isRunning());
    CHECK(job.summary().failures.isEmpty());
    CHECK(job.summary().pages == 1);
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().touches(LibraryChange::Letters));
    CHECK(changes.first().letters.contains(imported.letterId));

    CHECK(pagesFound() == QList<int>{1, 2});
    const std::optional<LetterRecord> letter = library->letter(imported.letterId);
    REQUIRE(letter);
    CHECK(letter->renditions.first().textSource == QStringLiteral("ocr"));
    CHECK(letter->renditions.first().ocrState == QStringLiteral("done"));
    CHECK(letter->metadata.date == QDate(2025, 1, 29)); // "Datum 29 januari 2025" is only in the image
    const QHash<int, PageText> ocr = library->ocrPages(letter->renditions.first().id);
    REQUIRE(ocr.keys() == QList<int>{0});
    CHECK(findWord(ocr[0], QStringLiteral("gebiedsverbinder")));
    CHECK(library->pageTexts(letter->renditions.first().id).first() == ocr[0].text);
    CHECK(library->check().isEmpty());

    // A quote on the OCR page is highlighted where the word is on the page image.
    const Annotation highlight =
        QuoteAnnotator::fromQuote(*library, imported.letterId, QStringLiteral("gebiedsverbinder"), 1, &error);
    INFO(error.toStdString());
    CHECK(highlight.page == 1);
    REQUIRE(highlight.rects.size() == 1);
    CHECK(highlight.rects.first().intersects(findWord(ocr[0], QStringLiteral("gebiedsverbinder"))->rect));

    // Opened again, nothing waits for OCR.
    library.reset();
    library = Library::open(dir.path(), &error);
    REQUIRE(library);
    CHECK(library->pendingOcr().isEmpty());
}

TEST_CASE("OCR without its model, or of an empty page image, says what is wrong")
{
    QTemporaryDir empty;
    OcrEngine engine;
    QString error;
    CHECK_FALSE(engine.init(empty.path(), QStringLiteral("nld"), &error));
    CHECK(error.contains(QStringLiteral("nld.traineddata")));
    CHECK(error.contains(QStringLiteral("tesseract-ocr-nld")));
    CHECK(engine.recognize(QImage(), 300, {}).error.contains(QStringLiteral("not ready")));

    OcrEngine ready;
    REQUIRE(ready.init(QString(), QStringLiteral("nld"), &error));
    CHECK(ready.recognize(QImage(), 300, {}).error == QStringLiteral("the page image is empty"));
    QImage white(1240, 1754, QImage::Format_Grayscale8);
    white.fill(255);
    const OcrEngine::Page blank = ready.recognize(white, 150, QSizeF(595, 842));
    CHECK(blank.error.isEmpty());
    CHECK(blank.text.words.isEmpty());

    // A PDF without a text layer whose page has only a coloured box: OCR finds nothing, and the warning says so.
    DocumentReader::FileRead nothing = DocumentReader::readFile(TestPaths::data("no-text.pdf"));
    REQUIRE(nothing.result.ok());
    CHECK(nothing.result.document.ocr == ImportedDocument::Ocr::Pending);
    const PdfOcr::Outcome none = PdfOcr::recognizeNow(nothing.bytes, nothing.result.document, testOptions());
    CHECK(none.error.isEmpty());
    CHECK(none.replaced.isEmpty());
    CHECK(nothing.result.document.ocr == ImportedDocument::Ocr::Done);
    REQUIRE(nothing.result.document.warnings.size() == 1);
    CHECK(nothing.result.document.warnings.first().contains(QStringLiteral("OCR found no text")));

    const QString path = scan(kFirstPageImage);
    if (path.isEmpty()) {
        WARN("SKIPPED: no corpus at ../shared/corpus2");
        return;
    }
    DocumentReader::FileRead read = DocumentReader::readFile(path);
    REQUIRE(read.result.ok());
    OcrOptions options;
    options.dataPath = empty.path();
    const PdfOcr::Outcome outcome = PdfOcr::recognizeNow(read.bytes, read.result.document, options);
    CHECK(outcome.error.contains(QStringLiteral("nld.traineddata")));
    CHECK(read.result.document.ocr == ImportedDocument::Ocr::Failed);
    CHECK(read.result.document.warnings.last().startsWith(QStringLiteral("OCR could not run")));
}
