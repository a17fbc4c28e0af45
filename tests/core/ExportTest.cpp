#include "MarkedPixels.h"
#include "TestPaths.h"
#include "anchor/FoldedText.h"
#include "anchor/PageGeometry.h"
#include "annotations/AnnotationStore.h"
#include "annotations/NotesExporter.h"
#include "annotations/QuoteAnnotator.h"
#include "export/AnnotatedPdfExporter.h"
#include "export/PdfAnnotationImporter.h"
#include "export/W3cAnnotations.h"
#include "import/PdfTextExtractor.h"
#include "library/Library.h"
#include "session/LibrarySession.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <poppler-annotation.h>
#include <poppler-qt6.h>

#include <limits>

using namespace kl;

namespace {

bool isGreen(const QColor& c)
{
    return c.green() > c.red() + 40 && c.green() > c.blue() + 40;
}

// The imports as the window and the CLI make them: through a session, as one undoable step.
PdfAnnotationImporter::Result importPdf(Library& library, qint64 letterId, const QString& pdf, QString* error)
{
    LibrarySession session(library);
    const Result<PdfAnnotationImporter::Result> r = session.importPdfAnnotations(letterId, pdf);
    if (!r)
        *error = r.error().message();
    return r ? *r : PdfAnnotationImporter::Result{};
}

W3cAnnotations::ImportResult importW3c(Library& library, const QByteArray& json, QString* error)
{
    LibrarySession session(library);
    const Result<W3cAnnotations::ImportResult> r = session.importW3c(json);
    if (!r)
        *error = r.error().message();
    return r ? *r : W3cAnnotations::ImportResult{};
}

struct Fixture {
    QTemporaryDir dir, libDir;
    std::unique_ptr<Library> library;
    std::unique_ptr<AnnotationStore> store;
    Fixture()
    {
        QString error;
        library = Library::open(libDir.path(), &error);
        REQUIRE(library);
        store = std::make_unique<AnnotationStore>(*library);
    }
    Annotation annotate(qint64 letter, const QString& quote, const QString& color, const QString& note,
                        Annotation::Style style = Annotation::Highlight)
    {
        QString error;
        Annotation a = QuoteAnnotator::fromQuote(*library, letter, quote, 1, &error);
        REQUIRE(error.isEmpty());
        a.color = color;
        a.note = note;
        a.style = style;
        REQUIRE(store->add(a));
        return a;
    }
};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// The words under a highlight's quads, read from the page's own text.
QString wordsUnder(const Poppler::HighlightAnnotation& h, const PageText& page)
{
    QStringList parts;
    for (const auto& q : h.highlightQuads()) {
        double l = 1, t = 1, r = 0, b = 0;
        for (const QPointF& p : q.points) {
            l = std::min(l, p.x()), r = std::max(r, p.x()), t = std::min(t, p.y()), b = std::max(b, p.y());
        }
        const auto [s, e] = PageGeometry::spanUnder(
            page, QRectF(QPointF(l, t), QPointF(r, b)).adjusted(0.001, (b - t) * 0.3, -0.001, -(b - t) * 0.3));
        parts.append(page.text.mid(s, e - s));
    }
    return FoldedText::fold(parts.join(QLatin1Char(' ')));
}

} // namespace

TEST_CASE("An annotated PDF carries real annotations over exactly the marked words")
{
    Fixture f;
    const qint64 id = f.library->importFile(TestPaths::data("letter.pdf")).letterId;
    REQUIRE(id);
    const QByteArray originalHash =
        QCryptographicHash::hash(readAll(f.library->letter(id)->renditions[0].storedPath), QCryptographicHash::Sha256);
    const Annotation hl =
        f.annotate(id, QStringLiteral("over de voortgang"), QStringLiteral("green"), QStringLiteral("**Goed** nieuws"));
    f.annotate(id, QStringLiteral("Kamerstuk 31 490, nr. 70"), QStringLiteral("red"), QString(), Annotation::Underline);
    // Notes are Markdown; a PDF reader shows plain text: the contents are the note rendered, without asterisks.
    Annotation note;
    note.letterId = id;
    note.style = Annotation::LetterNote;
    note.note = QStringLiteral("Bespreken in het *MT*");
    REQUIRE(f.store->add(note));

    const QString out = f.dir.filePath(QStringLiteral("out.pdf"));
    QString error;
    AnnotatedPdfOptions options;
    options.author = QStringLiteral("Beleidsmedewerker");
    REQUIRE(AnnotatedPdfExporter::exportLetter(*f.library, *f.store, id, out, options, &error) == 3);

    const QByteArray bytes = readAll(out);
    CHECK(bytes.count("/AP << /N") == 3); // every annotation has its own appearance
    auto pdf = Poppler::Document::loadFromData(bytes);
    REQUIRE(pdf);
    auto page = pdf->page(0);
    const PageText text = PdfTextExtractor::extract(*page);
    const auto annotations = page->annotations();
    REQUIRE(annotations.size() == 3);
    int highlights = 0, underlines = 0, notes = 0;
    for (const auto& a : annotations) {
        if (a->subType() == Poppler::Annotation::AText) {
            ++notes;
            CHECK(a->contents() == QStringLiteral("Bespreken in het MT"));
            continue;
        }
        REQUIRE(a->subType() == Poppler::Annotation::AHighlight);
        const auto* h = static_cast<const Poppler::HighlightAnnotation*>(a.get());
        CHECK(a->author() == QStringLiteral("Beleidsmedewerker"));
        if (h->highlightType() == Poppler::HighlightAnnotation::Highlight) {
            ++highlights;
            CHECK(wordsUnder(*h, text) == QStringLiteral("over de voortgang"));
            CHECK(a->contents() == QStringLiteral("Goed nieuws"));
            CHECK(a->uniqueName() == AnnotatedPdfExporter::uniqueName(hl.id));
        } else {
            ++underlines;
            CHECK(wordsUnder(*h, text) == QStringLiteral("Kamerstuk 31 490, nr. 70"));
        }
    }
    CHECK((highlights == 1 && underlines == 1 && notes == 1));
    // The library's copy of the original is untouched.
    CHECK(QCryptographicHash::hash(readAll(f.library->letter(id)->renditions[0].storedPath),
                                   QCryptographicHash::Sha256) == originalHash);

    // The highlight shows: green under the words when the page is drawn, and only there.
    const QImage image = page->renderToImage(144, 144);
    pdf->setRenderHint(Poppler::Document::HideAnnotations);
    const QImage plain = pdf->page(0)->renderToImage(144, 144);
    for (const auto& a : annotations) {
        if (a->subType() != Poppler::Annotation::AHighlight ||
            static_cast<const Poppler::HighlightAnnotation*>(a.get())->highlightType() !=
                Poppler::HighlightAnnotation::Highlight)
            continue;
        const QRectF b = a->boundary();
        const double inside = markedShare(image, plain, b, isGreen);
        const double below = markedShare(image, plain, b.translated(0, 2 * b.height()), isGreen);
        INFO("green inside " << inside << ", below " << below);
        CHECK(inside > 0.9);
        CHECK(below < 0.02);
    }
}

TEST_CASE("Export options leave out notes, and colours or tags not asked for")
{
    Fixture f;
    const qint64 id = f.library->importFile(TestPaths::data("letter.pdf")).letterId;
    f.annotate(id, QStringLiteral("over de voortgang"), QStringLiteral("green"), QStringLiteral("Geheim"));
    f.annotate(id, QStringLiteral("Regeerprogramma"), QStringLiteral("red"), QStringLiteral("Oneens"));
    AnnotatedPdfOptions options;
    options.includeNotes = false;
    options.colors = {QStringLiteral("green")};
    const QString out = f.dir.filePath(QStringLiteral("out.pdf"));
    QString error;
    REQUIRE(AnnotatedPdfExporter::exportLetter(*f.library, *f.store, id, out, options, &error) == 1);
    auto pdf = Poppler::Document::loadFromData(readAll(out));
    const auto annotations = pdf->page(0)->annotations();
    REQUIRE(annotations.size() == 1);
    CHECK(annotations[0]->contents().isEmpty());
}

TEST_CASE("A letter with only text is typeset and annotated the same way")
{
    Fixture f;
    QFile text(f.dir.filePath(QStringLiteral("brief.txt")));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("Tweede Kamer der Staten-Generaal\nVergaderjaar 2024-2025\n29 628\nPolitie\nNr. 14\n"
               "BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID\nDen Haag, 3 maart 2025\n\n"
               "De sterkte van de politie groeit dit jaar met vijfhonderd agenten.\n\n"
               "De Minister van Justitie en Veiligheid,\nD.M. van Weel\n");
    text.close();
    const qint64 id = f.library->importFile(text.fileName()).letterId;
    f.annotate(id, QStringLiteral("groeit dit jaar met vijfhonderd agenten"), QStringLiteral("yellow"),
               QStringLiteral("Check"));
    const QString out = f.dir.filePath(QStringLiteral("typeset.pdf"));
    QString error;
    REQUIRE(AnnotatedPdfExporter::exportLetter(*f.library, *f.store, id, out, {}, &error) == 1);
    auto pdf = Poppler::Document::loadFromData(readAll(out));
    REQUIRE(pdf);
    auto page = pdf->page(0);
    CHECK(page->pageSizeF().width() == Approx(595).margin(2)); // A4
    const PageText pageText = PdfTextExtractor::extract(*page);
    CHECK(pageText.text.contains(QStringLiteral("Kamerstukken II 2024/25, 29628, nr. 14")));
    const auto annotations = page->annotations();
    REQUIRE(annotations.size() == 1);
    CHECK(wordsUnder(*static_cast<const Poppler::HighlightAnnotation*>(annotations[0].get()), pageText) ==
          QStringLiteral("groeit dit jaar met vijfhonderd agenten"));
}

TEST_CASE("Annotations come back from a PDF, and our own export read back duplicates nothing")
{
    Fixture f;
    const qint64 id = f.library->importFile(TestPaths::data("letter.pdf")).letterId;
    const Annotation a =
        f.annotate(id, QStringLiteral("over de voortgang"), QStringLiteral("green"), QStringLiteral("Goed"));
    Annotation tagged =
        f.annotate(id, QStringLiteral("Regeerprogramma"), QStringLiteral("yellow"), QStringLiteral("Let op"));
    tagged.tags = {QStringLiteral("rp"), QStringLiteral("belofte")};
    REQUIRE(f.store->update(tagged));
    const QString out = f.dir.filePath(QStringLiteral("out.pdf"));
    QString error;
    REQUIRE(AnnotatedPdfExporter::exportLetter(*f.library, *f.store, id, out, {}, &error) == 2);

    const auto again = importPdf(*f.library, id, out, &error);
    CHECK(again.added == 0);
    CHECK(again.duplicates == 2);
    CHECK(f.store->forLetter(id).size() == 2);

    // Another library, with the same letter: the highlights become its own annotations.
    QTemporaryDir otherDir;
    auto other = Library::open(otherDir.path(), &error);
    const qint64 otherId = other->importFile(TestPaths::data("letter.pdf")).letterId;
    AnnotationStore otherStore(*other);
    const auto imported = importPdf(*other, otherId, out, &error);
    CHECK(imported.added == 2);
    const QList<Annotation> list = otherStore.forLetter(otherId);
    REQUIRE(list.size() == 2);
    for (const Annotation& x : list) {
        if (x.anchor.exact == QStringLiteral("over de voortgang")) {
            CHECK(x.color == QStringLiteral("green"));
            CHECK(x.note == QStringLiteral("Goed"));
        } else {
            CHECK(x.anchor.exact == QStringLiteral("Regeerprogramma"));
            CHECK(x.note == QStringLiteral("Let op"));
            CHECK(x.tags == QStringList{QStringLiteral("belofte"), QStringLiteral("rp")});
        }
    }
    Q_UNUSED(a);
}

TEST_CASE("W3C annotations travel to another library and are anchored there")
{
    Fixture f;
    const qint64 id = f.library->importFile(TestPaths::data("letter.pdf")).letterId;
    Annotation a =
        f.annotate(id, QStringLiteral("over de voortgang"), QStringLiteral("blue"), QStringLiteral("**Vet** punt"));
    a.tags = {QStringLiteral("digitaal")};
    REQUIRE(f.store->update(a));
    const QByteArray json = W3cAnnotations::write(*f.library, *f.store, {id});
    CHECK(json.contains("\"TextQuoteSelector\""));
    CHECK(json.contains("\"TextPositionSelector\""));
    CHECK(json.contains("\"page=1\""));
    CHECK(json.contains("https://zoek.officielebekendmakingen.nl/kst-31490-77"));

    QTemporaryDir otherDir;
    QString error;
    auto other = Library::open(otherDir.path(), &error);
    // There the letter is a text rendition: the annotation is anchored by its quote.
    QFile text(f.dir.filePath(QStringLiteral("letter.txt")));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("Tweede Kamer der Staten-Generaal\nVergaderjaar 2024-2025\n31 490\nDigitale overheid\nNr. 77\n"
               "BRIEF VAN DE STAATSSECRETARIS\n\nMet deze brief informeer ik uw Kamer over de voortgang.\n");
    text.close();
    const qint64 otherId = other->importFile(text.fileName()).letterId;
    AnnotationStore otherStore(*other);
    const auto r = importW3c(*other, json, &error);
    CHECK(error.isEmpty());
    CHECK(r.added == 1);
    const QList<Annotation> list = otherStore.forLetter(otherId);
    REQUIRE(list.size() == 1);
    CHECK(list[0].anchor.exact == QStringLiteral("over de voortgang"));
    CHECK(list[0].color == QStringLiteral("blue"));
    CHECK(list[0].note == QStringLiteral("**Vet** punt"));
    CHECK(list[0].tags == QStringList{QStringLiteral("digitaal")});
    CHECK(importW3c(*other, json, &error).duplicates == 1);
    CHECK_FALSE(importW3c(*other, "not json", &error).added);
    CHECK(error.startsWith(QStringLiteral("not JSON")));
}

namespace {

struct Marked {
    QString words;
    QString contents;
    bool operator==(const Marked& o) const { return words == o.words && contents == o.contents; }
    bool operator<(const Marked& o) const { return words < o.words; }
};

// What a reader sees of an exported PDF: the words under each highlight, and its contents.
QList<Marked> markedIn(const QString& path)
{
    auto pdf = Poppler::Document::loadFromData(readAll(path));
    REQUIRE(pdf);
    QList<Marked> out;
    for (int i = 0; i < pdf->numPages(); ++i) {
        auto page = pdf->page(i);
        const PageText text = PdfTextExtractor::extract(*page);
        for (const auto& a : page->annotations())
            if (a->subType() == Poppler::Annotation::AHighlight)
                out.append(
                    {wordsUnder(*static_cast<const Poppler::HighlightAnnotation*>(a.get()), text), a->contents()});
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("Export, import into a fresh library and export again gives the same annotations")
{
    Fixture f;
    const qint64 id = f.library->importFile(TestPaths::data("letter.pdf")).letterId;
    f.annotate(id, QStringLiteral("over de voortgang"), QStringLiteral("green"), QStringLiteral("Goed"));
    f.annotate(id, QStringLiteral("Kamerstuk 31 490, nr. 70"), QStringLiteral("red"), QStringLiteral("Lezen"),
               Annotation::Underline);
    const QString first = f.dir.filePath(QStringLiteral("first.pdf"));
    QString error;
    REQUIRE(AnnotatedPdfExporter::exportLetter(*f.library, *f.store, id, first, {}, &error) == 2);

    Fixture fresh;
    const qint64 freshId = fresh.library->importFile(TestPaths::data("letter.pdf")).letterId;
    REQUIRE(importPdf(*fresh.library, freshId, first, &error).added == 2);
    const QString second = fresh.dir.filePath(QStringLiteral("second.pdf"));
    REQUIRE(AnnotatedPdfExporter::exportLetter(*fresh.library, *fresh.store, freshId, second, {}, &error) == 2);
    const QList<Marked> a = markedIn(first), b = markedIn(second);
    REQUIRE(a.size() == 2);
    CHECK(a == b);
}

TEST_CASE("MuPDF draws the exported highlights too")
{
    const QString mutool = QStandardPaths::findExecutable(QStringLiteral("mutool"));
    if (mutool.isEmpty()) {
        WARN("SKIPPED: mutool (mupdf-tools) is not installed");
        return;
    }
    Fixture f;
    const qint64 id = f.library->importFile(TestPaths::data("letter.pdf")).letterId;
    f.annotate(id, QStringLiteral("over de voortgang"), QStringLiteral("green"), QString());
    const QString out = f.dir.filePath(QStringLiteral("out.pdf"));
    QString error;
    REQUIRE(AnnotatedPdfExporter::exportLetter(*f.library, *f.store, id, out, {}, &error) == 1);
    const QString png = f.dir.filePath(QStringLiteral("page.png"));
    QProcess mu;
    mu.start(mutool, {QStringLiteral("draw"), QStringLiteral("-r"), QStringLiteral("144"), QStringLiteral("-o"), png,
                      out, QStringLiteral("1")});
    REQUIRE(mu.waitForFinished(30000));
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    // The original, drawn by MuPDF as well: where it has ink, the highlight is not looked for.
    const QString plainPng = f.dir.filePath(QStringLiteral("plain.png"));
    mu.start(mutool, {QStringLiteral("draw"), QStringLiteral("-r"), QStringLiteral("144"), QStringLiteral("-o"),
                      plainPng, TestPaths::data("letter.pdf"), QStringLiteral("1")});
    REQUIRE(mu.waitForFinished(30000));
    const QImage plain(plainPng);
    auto pdf = Poppler::Document::loadFromData(readAll(out));
    const QRectF b = pdf->page(0)->annotations().at(0)->boundary();
    const double inside = markedShare(image.convertToFormat(QImage::Format_RGB32),
                                      plain.convertToFormat(QImage::Format_RGB32), b, isGreen);
    INFO("green inside " << inside);
    CHECK(inside > 0.9);
}

TEST_CASE("A highlight that runs onto the next page is marked on both pages")
{
    Fixture f;
    const qint64 id = f.library->importFile(TestPaths::data("two-pages.pdf")).letterId;
    REQUIRE(id);
    f.annotate(id, QStringLiteral("deze zin die doorloopt op de tweede pagina"), QStringLiteral("yellow"),
               QStringLiteral("Over twee pagina's"));
    const QString out = f.dir.filePath(QStringLiteral("out.pdf"));
    QString error;
    REQUIRE(AnnotatedPdfExporter::exportLetter(*f.library, *f.store, id, out, {}, &error) == 1);
    auto pdf = Poppler::Document::loadFromData(readAll(out));
    REQUIRE(pdf->numPages() == 2);
    QStringList words;
    for (int i = 0; i < 2; ++i) {
        auto page = pdf->page(i);
        const auto annotations = page->annotations();
        REQUIRE(annotations.size() == 1);
        words.append(wordsUnder(*static_cast<const Poppler::HighlightAnnotation*>(annotations[0].get()),
                                PdfTextExtractor::extract(*page)));
        if (i == 0)
            CHECK(annotations[0]->contents() == QStringLiteral("Over twee pagina's"));
    }
    CHECK(words == QStringList{QStringLiteral("deze zin die"), QStringLiteral("doorloopt op de tweede pagina")});
    // Read back, the two parts are the one annotation they came from.
    const auto again = importPdf(*f.library, id, out, &error);
    CHECK(again.added == 0);
    CHECK(f.store->forLetter(id).size() == 1);
}

TEST_CASE("A W3C position that cannot be one (INT64_MIN, an end before the start) is ignored and the quote anchors",
          "[w3c]")
{
    Fixture f;
    const qint64 id = f.library->importFile(TestPaths::data("letter.pdf")).letterId;
    f.annotate(id, QStringLiteral("over de voortgang"), QStringLiteral("blue"), QString());
    QByteArray json = W3cAnnotations::write(*f.library, *f.store, {id});
    for (const Annotation& a : f.store->forLetter(id))
        REQUIRE(f.store->remove(a.id));
    // Another program's file with positions no letter has.
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QJsonArray items = doc.object().value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == 1);
    for (const auto& [start, end] :
         {std::pair{std::numeric_limits<qint64>::min(), qint64(12)}, std::pair{qint64(40), qint64(3)},
          std::pair{qint64(0), std::numeric_limits<qint64>::max()}}) {
        QJsonObject item = items[0].toObject();
        QJsonObject target = item.value(QStringLiteral("target")).toObject();
        QJsonArray selectors;
        for (const QJsonValue& s : target.value(QStringLiteral("selector")).toArray()) {
            QJsonObject selector = s.toObject();
            if (selector.value(QStringLiteral("type")).toString() == QLatin1String("TextPositionSelector")) {
                selector.insert(QStringLiteral("start"), start);
                selector.insert(QStringLiteral("end"), end);
            }
            selectors.append(selector);
        }
        target.insert(QStringLiteral("selector"), selectors);
        item.insert(QStringLiteral("target"), target);
        QJsonObject root = doc.object();
        root.insert(QStringLiteral("items"), QJsonArray{item});
        QString error;
        const auto r = importW3c(*f.library, QJsonDocument(root).toJson(), &error);
        INFO(start << ".." << end << ": " << error.toStdString());
        CHECK(r.added == 1);
        const QList<Annotation> list = f.store->forLetter(id);
        REQUIRE(list.size() == 1);
        CHECK(list[0].anchor.exact == QStringLiteral("over de voortgang"));
        // What is stored is a real position in the letter, so every later show, export and pack finds it.
        CHECK(list[0].anchor.start >= 0);
        CHECK(list[0].anchor.end - list[0].anchor.start == list[0].anchor.exact.size());
        REQUIRE(f.store->remove(list[0].id));
    }
}

TEST_CASE("The Markdown briefing shows what notes hold as text: no HTML runs, no line becomes a heading",
          "[export][markdown]")
{
    Fixture f;
    const qint64 id = f.library->importFile(TestPaths::data("letter.pdf")).letterId;
    // A note as it may come in a W3C file of another program.
    f.annotate(id, QStringLiteral("over de voortgang"), QStringLiteral("yellow"),
               QStringLiteral("**Let op** <script>alert(1)</script>\n# Kop\n![spoor](https://example.org/t.png)\n"
                              "- een punt"));
    const QString md = NotesExporter::markdown(*f.library, *f.store, {id});
    CHECK_FALSE(md.contains(QStringLiteral("<script>")));
    CHECK(md.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    CHECK_FALSE(md.contains(QStringLiteral("\n# Kop")));
    CHECK(md.contains(QStringLiteral("\\# Kop")));
    CHECK_FALSE(md.contains(QStringLiteral("![spoor]")));
    // The Markdown of a note stays.
    CHECK(md.contains(QStringLiteral("**Let op**")));
    CHECK(md.contains(QStringLiteral("\n- een punt")));
}

TEST_CASE("A stored copy replaced by another PDF is not exported with the annotations on its words", "[export][damage]")
{
    Fixture f;
    const qint64 id = f.library->importFile(TestPaths::data("letter.pdf")).letterId;
    f.annotate(id, QStringLiteral("over de voortgang"), QStringLiteral("yellow"), QString());
    const QString copy = f.library->letter(id)->primaryRendition()->storedPath;
    REQUIRE(QFile::remove(copy));
    REQUIRE(QFile::copy(TestPaths::data("two-pages.pdf"), copy));
    QString error;
    const QString out = f.dir.filePath(QStringLiteral("out.pdf"));
    CHECK(AnnotatedPdfExporter::exportLetter(*f.library, *f.store, id, out, {}, &error) < 0);
    CHECK(error.contains(QStringLiteral("has changed since it was imported")));
    CHECK_FALSE(QFileInfo::exists(out));
}
