#include "TestPaths.h"
#include "annotations/QuoteAnnotator.h"
#include "import/DocumentReader.h"
#include "import/ImportPaths.h"
#include "library/Library.h"
#include "links/BacklinkFinder.h"
#include "links/LinkStore.h"
#include "search/SearchEngine.h"
#include "session/LibrarySession.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace kl;

namespace {

const QString kSeed = QStringLiteral("/txt/kst-19637-3274__brief-minister-asiel-migratie.txt");
const QString kRegeerprogramma = QStringLiteral("/pdf/regeerprogramma-2024-09-13__uitwerking-hoofdlijnenakkoord.pdf");

std::unique_ptr<Library> openLibrary(const QTemporaryDir& dir)
{
    QString error;
    auto library = Library::open(dir.path(), &error);
    REQUIRE(library);
    return library;
}

QString writeLetter(const QTemporaryDir& dir, const QString& name, const QString& header, const QString& body)
{
    QFile f(dir.filePath(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write((header + QStringLiteral("\n\n") + body + QLatin1Char('\n')).toUtf8());
    return f.fileName();
}

} // namespace

TEST_CASE("No reference in the corpus is reported inside another")
{
    const QString corpus = TestPaths::corpus();
    if (corpus.isEmpty()) {
        WARN("SKIPPED: no corpus at ../shared/corpus");
        return;
    }
    int total = 0;
    for (const QString& file : ImportPaths::expand({corpus})) {
        const auto read = DocumentReader::readFile(file);
        REQUIRE(read.result.ok());
        const auto& refs = read.result.document.references;
        total += int(refs.size());
        for (int i = 1; i < refs.size(); ++i) {
            INFO(file.toStdString() << ": " << refs[i].text.toStdString());
            CHECK(refs[i].start >= refs[i - 1].end);
        }
    }
    CHECK(total > 100);
}

TEST_CASE("The seed letter's Regeerprogramma resolves, and related finds its page 19 first")
{
    const QString corpus = TestPaths::corpus();
    if (corpus.isEmpty()) {
        WARN("SKIPPED: no corpus at ../shared/corpus");
        return;
    }
    QTemporaryDir dir;
    auto library = openLibrary(dir);
    const qint64 seed = library->importFile(corpus + kSeed).letterId;
    const qint64 rp = library->importFile(corpus + kRegeerprogramma).letterId;
    REQUIRE(seed);
    REQUIRE(rp);
    CHECK(library->resolveTarget(QStringLiteral("named:regeerprogramma")) == rp);

    const QList<SearchHit> related = SearchEngine(*library).similar(
        QStringLiteral("de omvang van migratie naar Nederland zo snel mogelijk drastisch beperkt moet worden"), seed,
        5);
    REQUIRE_FALSE(related.isEmpty());
    CHECK(related.first().letterId == rp);
    CHECK(related.first().page == 19);

    LinkStore links(*library);
    const QList<Backlink> backlinks = BacklinkFinder::find(*library, links, rp);
    REQUIRE(backlinks.size() == 1);
    CHECK(backlinks[0].letterId == seed);
    CHECK(backlinks[0].text == QStringLiteral("Regeerprogramma"));
    CHECK(BacklinkFinder::citingCounts(*library).value(rp) == 1);
}

TEST_CASE("The motion's tagged reference becomes a backlink once its target is in the library")
{
    const QString corpus = TestPaths::corpus();
    if (corpus.isEmpty()) {
        WARN("SKIPPED: no corpus at ../shared/corpus");
        return;
    }
    QTemporaryDir dir, files;
    auto library = openLibrary(dir);
    const qint64 motion = library->importFile(corpus + QStringLiteral("/xml/kst-32317-898__motie.xml")).letterId;
    REQUIRE(motion);
    CHECK(library->resolveTarget(QStringLiteral("kst-36410-VI-87")) == 0);

    const qint64 target =
        library
            ->importFile(writeLetter(files, QStringLiteral("87.txt"),
                                     QStringLiteral("Tweede Kamer der Staten-Generaal\nVergaderjaar "
                                                    "2023-2024\n36 410 VI\nBegroting Justitie\nNr. 87\n"
                                                    "MOTIE VAN HET LID VOORBEELD\nVoorgesteld 1 november 2023"),
                                     QStringLiteral("verzoekt de regering aandacht te vragen voor de "
                                                    "bevolkingsdichtheid.")))
            .letterId;
    REQUIRE(target);
    CHECK(library->resolveTarget(QStringLiteral("kst-36410-VI-87")) == target);
    LinkStore links(*library);
    const QList<Backlink> backlinks = BacklinkFinder::find(*library, links, target);
    REQUIRE(backlinks.size() == 1);
    CHECK(backlinks[0].letterId == motion);
    CHECK(backlinks[0].kind == Backlink::Reference);
    CHECK(backlinks[0].text == QStringLiteral("36 410-VI, nr. 87"));
}

TEST_CASE("Cross-references made by hand are stored, undoable, and show as backlinks")
{
    QTemporaryDir dir, files;
    auto library = openLibrary(dir);
    const QString header =
        QStringLiteral("Tweede Kamer der Staten-Generaal\nVergaderjaar 2024-2025\n29 628\nPolitie\nNr. %1\n"
                       "BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID\nDen Haag, 3 maart 2025");
    const qint64 a = library
                         ->importFile(writeLetter(files, QStringLiteral("a.txt"), header.arg(1),
                                                  QStringLiteral("De sterkte van de politie groeit dit jaar.")))
                         .letterId;
    const qint64 b = library
                         ->importFile(writeLetter(files, QStringLiteral("b.txt"), header.arg(2),
                                                  QStringLiteral("Over de sterkte schreef ik eerder.")))
                         .letterId;
    REQUIRE(a);
    REQUIRE(b);
    LibrarySession session(*library);
    const LinkStore& links = session.links();
    QUndoStack& stack = *session.undoStack();
    const Result<qint64> added =
        session.linkQuotes(b, QStringLiteral("schreef ik eerder"), a, QStringLiteral("De sterkte van de politie"),
                           QStringLiteral("Zie de cijfers"));
    REQUIRE(added);
    const qint64 linkId = *added;
    REQUIRE(links.linksFrom(b).size() == 1);
    CHECK(links.linksFrom(b)[0].to.exact == QStringLiteral("De sterkte van de politie"));
    QList<Backlink> back = BacklinkFinder::find(*library, links, a);
    REQUIRE(back.size() == 1);
    CHECK(back[0].kind == Backlink::Link);
    CHECK(back[0].note == QStringLiteral("Zie de cijfers"));
    CHECK(BacklinkFinder::citingCounts(*library).value(a) == 1);

    REQUIRE(session.setLinkNote(linkId, QStringLiteral("Andere notitie")));
    CHECK(links.link(linkId)->note == QStringLiteral("Andere notitie"));
    REQUIRE(session.removeLink(linkId));
    CHECK(links.linksFrom(b).isEmpty());
    stack.undo();
    CHECK(links.link(linkId)->note == QStringLiteral("Andere notitie"));
    stack.undo();
    CHECK(links.link(linkId)->note == QStringLiteral("Zie de cijfers"));
    stack.undo();
    CHECK(links.linksFrom(b).isEmpty());
    CHECK(BacklinkFinder::find(*library, links, a).isEmpty());
    stack.redo();
    CHECK(links.linksTo(a).size() == 1);
}

TEST_CASE("A document the user marks as the Regeerprogramma answers named references")
{
    QTemporaryDir dir, files;
    auto library = openLibrary(dir);
    const qint64 doc = library
                           ->importFile(writeLetter(files, QStringLiteral("rp.txt"), QStringLiteral("Uitwerking"),
                                                    QStringLiteral("Tekst van het programma.")))
                           .letterId;
    const qint64 letter =
        library
            ->importFile(writeLetter(files, QStringLiteral("l.txt"),
                                     QStringLiteral("Tweede Kamer der Staten-Generaal\nVergaderjaar 2024-2025\n29 628\n"
                                                    "Politie\nNr. 5\nBRIEF VAN DE MINISTER\nDen Haag, 3 maart 2025"),
                                     QStringLiteral("Zoals het Regeerprogramma zegt.")))
            .letterId;
    REQUIRE(doc);
    REQUIRE(letter);
    CHECK(library->resolveTarget(QStringLiteral("named:regeerprogramma")) == 0);
    REQUIRE(library->setNamedAs(doc, QStringLiteral("Regeerprogramma")));
    CHECK(library->letter(doc)->metadata.namedAs == QStringLiteral("regeerprogramma"));
    CHECK(library->resolveTarget(QStringLiteral("named:regeerprogramma")) == doc);
    LinkStore links(*library);
    CHECK(BacklinkFinder::find(*library, links, doc).size() == 1);
}

TEST_CASE("Naming a document is undoable")
{
    QTemporaryDir dir, files;
    auto library = openLibrary(dir);
    const qint64 doc = library
                           ->importFile(writeLetter(files, QStringLiteral("rp.txt"), QStringLiteral("Uitwerking"),
                                                    QStringLiteral("Tekst van het programma.")))
                           .letterId;
    LibrarySession session(*library);
    QUndoStack& stack = *session.undoStack();
    REQUIRE(session.setNamedAs(doc, QStringLiteral("Regeerprogramma")));
    CHECK(library->resolveTarget(QStringLiteral("named:regeerprogramma")) == doc);
    stack.undo();
    CHECK(library->resolveTarget(QStringLiteral("named:regeerprogramma")) == 0);
    CHECK(library->letter(doc)->metadata.namedAs.isEmpty());
    stack.redo();
    CHECK(library->letter(doc)->metadata.namedAs == QStringLiteral("regeerprogramma"));
}
