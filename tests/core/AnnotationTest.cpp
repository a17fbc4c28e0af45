#include "TestPaths.h"
#include "anchor/AnchorResolver.h"
#include "anchor/FoldedText.h"
#include "anchor/PageGeometry.h"
#include "annotations/AnnotationStore.h"
#include "annotations/PlacedAnnotation.h"
#include "annotations/QuoteAnnotator.h"
#include "import/PdfTextExtractor.h"
#include "library/Library.h"
#include "library/RenditionText.h"
#include "session/LibrarySession.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUndoStack>
#include <catch2/catch.hpp>
#include <poppler-qt6.h>

using namespace kl;

namespace {

const char* kLetterText =
    "Tweede Kamer der Staten-Generaal\nVergaderjaar 2024-2025\n31 490\nDigitale overheid\nNr. 77\n"
    "BRIEF VAN DE STAATSSECRETARIS VAN BINNENLANDSE ZAKEN\n"
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 14 november 2024\n\n"
    "Met deze brief informeer ik uw Kamer over de voortgang.\n"
    "Zie ook Kamerstuk 31 490, nr. 70 en het Regeerprogramma.\n";

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile f(dir.filePath(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return f.fileName();
}

struct Fixture {
    QTemporaryDir files, libDir;
    std::unique_ptr<Library> library;
    std::unique_ptr<AnnotationStore> store;
    Fixture()
    {
        QString error;
        library = Library::open(libDir.path(), &error);
        REQUIRE(library);
        store = std::make_unique<AnnotationStore>(*library);
    }
    qint64 import(const QString& path)
    {
        const ImportOutcome outcome = library->importFile(path);
        INFO(outcome.message.toStdString());
        REQUIRE_FALSE(outcome.failed());
        return outcome.letterId;
    }
    Annotation annotate(qint64 letterId, const QString& quote)
    {
        QString error;
        Annotation a = QuoteAnnotator::fromQuote(*library, letterId, quote, 1, &error);
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
        REQUIRE(store->add(a, &error));
        return a;
    }
};

} // namespace

TEST_CASE("A highlight made on the text rendition lands on the same words of the PDF rendition")
{
    Fixture f;
    const qint64 id = f.import(writeFile(f.files, QStringLiteral("letter.txt"), kLetterText));
    REQUIRE(f.import(TestPaths::data("letter.pdf")) == id);
    const QString quote = QStringLiteral("Zie ook Kamerstuk 31 490, nr. 70 en het Regeerprogramma.");
    f.annotate(id, quote);

    const auto letter = f.library->letter(id);
    REQUIRE(letter->renditions.size() == 2);
    const RenditionRecord& pdf = letter->renditions[1];
    const RenditionText pdfText = RenditionText::load(*f.library, pdf.id);
    const QList<PlacedAnnotation> placed = PlacedAnnotation::place(f.store->forLetter(id), pdf.id, pdfText);
    REQUIRE(placed.size() == 1);
    REQUIRE_FALSE(placed[0].orphan());
    CHECK(placed[0].page == 1);

    // The words under the boxes computed for the PDF are the quote.
    QFile file(pdf.storedPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    auto doc = Poppler::Document::loadFromData(bytes);
    const PageText page = PdfTextExtractor::extract(*doc->page(0));
    const qsizetype pageStart = pdfText.pageStart(1);
    const QList<QRectF> rects = PageGeometry::rects(page, placed[0].start - pageStart, placed[0].end - pageStart);
    REQUIRE(rects.size() == 1);
    QStringList under;
    for (const QRectF& r : rects) {
        const auto [s, e] = PageGeometry::spanUnder(page, r.adjusted(0.001, 0.002, -0.001, -0.002));
        under.append(page.text.mid(s, e - s));
    }
    CHECK(FoldedText::fold(under.join(QLatin1Char(' '))) == quote);
}

TEST_CASE("A highlight made on the PDF shows in the text rendition")
{
    Fixture f;
    const qint64 id = f.import(TestPaths::data("letter.pdf"));
    const Annotation a = f.annotate(id, QStringLiteral("over de voortgang"));
    CHECK(a.page == 1);
    REQUIRE(a.rects.size() == 1);
    f.import(writeFile(f.files, QStringLiteral("letter.txt"), kLetterText));
    const auto letter = f.library->letter(id);
    const RenditionRecord& text = letter->renditions[1];
    const RenditionText rt = RenditionText::load(*f.library, text.id);
    const auto placed = PlacedAnnotation::place(f.store->forLetter(id), text.id, rt);
    REQUIRE(placed.size() == 1);
    CHECK(rt.text().mid(placed[0].start, placed[0].end - placed[0].start) == QStringLiteral("over de voortgang"));
}

TEST_CASE("Anchors survive a re-import of a changed version, fuzzily when the words changed")
{
    Fixture f;
    const qint64 id = f.import(writeFile(f.files, QStringLiteral("v1.txt"), kLetterText));
    f.annotate(id, QStringLiteral("Met deze brief informeer ik uw Kamer over de voortgang."));
    f.annotate(id, QStringLiteral("Digitale overheid"));

    // Version 2: a sentence added before, and a small correction inside the quoted sentence.
    QByteArray v2 = kLetterText;
    v2.replace("Den Haag, 14 november 2024\n\n", "Den Haag, 14 november 2024\n\nEen nieuwe inleidende zin.\n");
    v2.replace("informeer ik uw Kamer over de voortgang", "informeer ik de Kamer over de voortgang");
    REQUIRE(f.import(writeFile(f.files, QStringLiteral("v2.txt"), v2)) == id);

    const auto letter = f.library->letter(id);
    REQUIRE(letter->renditions.size() == 2);
    const RenditionText newText = RenditionText::load(*f.library, letter->renditions[1].id);
    const auto placed = PlacedAnnotation::place(f.store->forLetter(id), letter->renditions[1].id, newText);
    REQUIRE(placed.size() == 2);
    for (const PlacedAnnotation& p : placed)
        CHECK_FALSE(p.orphan());
    const auto fuzzy = std::find_if(placed.begin(), placed.end(),
                                    [](const PlacedAnnotation& p) { return p.method == AnchorResolver::Fuzzy; });
    REQUIRE(fuzzy != placed.end());
    CHECK(newText.text().mid(fuzzy->start, fuzzy->end - fuzzy->start) ==
          QStringLiteral("Met deze brief informeer ik de Kamer over de voortgang."));
}

TEST_CASE("An annotation whose passage is gone is an orphan, kept, and can be re-attached")
{
    Fixture f;
    const qint64 id = f.import(writeFile(f.files, QStringLiteral("v1.txt"), kLetterText));
    Annotation a = f.annotate(id, QStringLiteral("Zie ook Kamerstuk 31 490, nr. 70 en het Regeerprogramma."));
    QByteArray v2 = kLetterText;
    v2.replace("Zie ook Kamerstuk 31 490, nr. 70 en het Regeerprogramma.\n",
               "Geheel andere slotzin over iets anders.\n");
    REQUIRE(f.import(writeFile(f.files, QStringLiteral("v2.txt"), v2)) == id);
    const auto letter = f.library->letter(id);
    const qint64 newRendition = letter->renditions[1].id;
    const RenditionText newText = RenditionText::load(*f.library, newRendition);
    auto placed = PlacedAnnotation::place(f.store->forLetter(id), newRendition, newText);
    REQUIRE(placed.size() == 1);
    CHECK(placed[0].orphan());
    CHECK(f.store->forLetter(id).size() == 1); // never deleted by re-anchoring

    // Re-attach: anchor it to a passage of the new text.
    const qsizetype at = newText.text().indexOf(QStringLiteral("Geheel andere slotzin"));
    a.renditionId = newRendition;
    a.anchor = TextAnchor::fromRange(newText.text(), at, at + 21);
    REQUIRE(f.store->update(a));
    placed = PlacedAnnotation::place(f.store->forLetter(id), newRendition, newText);
    CHECK_FALSE(placed[0].orphan());
    CHECK(placed[0].method == AnchorResolver::Position);
}

TEST_CASE("Undo and redo of create, edit, recolour and delete reach the library")
{
    Fixture f;
    const qint64 id = f.import(writeFile(f.files, QStringLiteral("v1.txt"), kLetterText));
    LibrarySession session(*f.library);
    QUndoStack& stack = *session.undoStack();
    const Result<qint64> added =
        session.annotateQuote(id, QStringLiteral("Digitale overheid"), 1, QStringLiteral("yellow"));
    REQUIRE(added);
    REQUIRE(f.store->forLetter(id).size() == 1);
    const qint64 annotationId = *added;
    REQUIRE(annotationId > 0);

    REQUIRE(session.setNote(annotationId, QStringLiteral("Eerste versie")));
    REQUIRE(session.setNote(annotationId, QStringLiteral("Tweede versie")));
    CHECK(stack.count() == 2); // typing in one note merges into one step
    CHECK(f.store->annotation(annotationId)->note == QStringLiteral("Tweede versie"));

    REQUIRE(session.recolor(annotationId, QStringLiteral("red")));
    REQUIRE(session.setTags(annotationId, {QStringLiteral("oneens")}));
    CHECK(f.store->annotation(annotationId)->color == QStringLiteral("red"));
    CHECK(f.store->annotation(annotationId)->tags == QStringList{QStringLiteral("oneens")});

    REQUIRE(session.removeAnnotation(annotationId));
    CHECK(f.store->forLetter(id).isEmpty());

    stack.undo(); // delete
    REQUIRE(f.store->annotation(annotationId));
    CHECK(f.store->annotation(annotationId)->tags == QStringList{QStringLiteral("oneens")});
    stack.undo(); // tags
    stack.undo(); // recolour
    CHECK(f.store->annotation(annotationId)->color == QStringLiteral("yellow"));
    CHECK(f.store->annotation(annotationId)->tags.isEmpty());
    stack.undo(); // note
    CHECK(f.store->annotation(annotationId)->note.isEmpty());
    stack.undo(); // create
    CHECK(f.store->forLetter(id).isEmpty());

    stack.redo();
    REQUIRE(f.store->annotation(annotationId)); // same id again
    stack.redo();
    CHECK(f.store->annotation(annotationId)->note == QStringLiteral("Tweede versie"));
    stack.redo();
    CHECK(f.store->annotation(annotationId)->color == QStringLiteral("red"));
    stack.redo(); // tags
    stack.redo();
    CHECK(f.store->forLetter(id).isEmpty());
}

TEST_CASE("A program killed right after an annotation was acknowledged still has it")
{
    QTemporaryDir files, libDir;
    {
        QString error;
        auto library = Library::open(libDir.path(), &error);
        REQUIRE(library);
        REQUIRE_FALSE(library->importFile(writeFile(files, QStringLiteral("v1.txt"), kLetterText)).failed());
    }
    QProcess child;
    child.start(QStringLiteral(KAMERLEZER_ANNOTATE_AND_WAIT),
                {libDir.path(), QStringLiteral("kst-31490-77"), QStringLiteral("over de voortgang")});
    REQUIRE(child.waitForStarted());
    REQUIRE(child.waitForReadyRead(30000));
    CHECK(child.readAllStandardOutput().startsWith("stored"));
    child.kill(); // SIGKILL: no destructor, no close, no checkpoint
    child.waitForFinished();

    QString error;
    auto library = Library::open(libDir.path(), &error);
    REQUIRE(library);
    AnnotationStore store(*library);
    const auto list = store.forLetter(library->resolveId(QStringLiteral("kst-31490-77")));
    REQUIRE(list.size() == 1);
    CHECK(list[0].anchor.exact == QStringLiteral("over de voortgang"));
    CHECK(library->check().isEmpty());
}

TEST_CASE("A long quote with a few changed letters is found where it stands, start and end", "[anchor]")
{
    // A letter of 30,000 characters; the quote is 2,000 of them from the middle, with one letter in a hundred
    // changed, as a re-issued version changes spelling and numbers.
    QRandomGenerator random(11);
    const QStringList words{QStringLiteral("kabinet"),   QStringLiteral("asiel"),        QStringLiteral("opvang"),
                            QStringLiteral("gemeenten"), QStringLiteral("instroom"),     QStringLiteral("de"),
                            QStringLiteral("het"),       QStringLiteral("wetsvoorstel"), QStringLiteral("Kamer")};
    QString text;
    while (text.size() < 30000)
        text += words[random.bounded(int(words.size()))] + QLatin1Char(' ');
    const qsizetype at = 14000;
    QString quote = text.mid(at, 2000);
    for (int i = 0; i < 20; ++i)
        quote[random.bounded(1, 1999)] = QLatin1Char('x');
    TextAnchor anchor;
    anchor.exact = quote;
    const AnchorResolver::Result r = AnchorResolver::resolve(text, anchor);
    CHECK(r.method == AnchorResolver::Fuzzy);
    CHECK(std::abs(r.start - at) <= 2);
    CHECK(std::abs(r.end - (at + 2000)) <= 2);

    // A quote as long as a document that is not there is an orphan, not a search of hours.
    TextAnchor huge;
    huge.exact = QString(200000, QLatin1Char('q'));
    CHECK(AnchorResolver::resolve(text, huge).method == AnchorResolver::Orphan);
}
