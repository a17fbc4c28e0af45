#include "TestPaths.h"
#include "UiFixture.h"
#include "annotations/AnnotationStore.h"
#include "library/Library.h"
#include "library/LibraryBatch.h"
#include "links/LinkStore.h"
#include "session/LibrarySession.h"
#include "session/PassageLocator.h"
#include "storage/Database.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace kl;

namespace {

const QString kBodyA = QStringLiteral("Hierbij informeer ik uw Kamer over de voortgang van de\n"
                                      "spreiding van asielzoekers over de gemeenten. De voortgang van de\n"
                                      "spreiding is een zaak van ons allen.");
const QString kBodyB = QStringLiteral("In mijn brief over de spreiding schreef ik eerder dat de\n"
                                      "voortgang traag is. Ik kom hier op terug.");

bool sameAnchor(const TextAnchor& a, const TextAnchor& b)
{
    return a.exact == b.exact && a.start == b.start && a.end == b.end && a.prefix == b.prefix && a.suffix == b.suffix;
}

// Writes to the library fail at once: what a full disk or a lost lock does to a step.
void refuseWrites(Library& library, bool refuse)
{
    QSqlQuery q(library.database().connection());
    REQUIRE(q.exec(refuse ? QStringLiteral("PRAGMA query_only = 1") : QStringLiteral("PRAGMA query_only = 0")));
}

} // namespace

TEST_CASE("The CLI and the session anchor the same link on the same passages")
{
    UiFixture f;
    const qint64 a = f.importTextLetter(QStringLiteral("1"), kBodyA);
    const qint64 b = f.importTextLetter(QStringLiteral("2"), kBodyB);
    // The quotes cross line breaks and occur twice: whitespace and occurrence rules must agree.
    const QString fromQuote = QStringLiteral("schreef ik eerder dat de voortgang");
    const QString toQuote = QStringLiteral("De voortgang van de spreiding");
    const QString folder = f.library->folder();
    f.library.reset(); // the CLI writes from its own process
    QProcess cli;
    cli.start(TestPaths::cli(), {QStringLiteral("--library"), folder, QStringLiteral("link"), QString::number(b),
                                 QStringLiteral("--quote"), fromQuote, QStringLiteral("--to"), QString::number(a),
                                 QStringLiteral("--to-quote"), toQuote});
    REQUIRE(cli.waitForFinished(60000));
    INFO(cli.readAllStandardError().toStdString());
    REQUIRE(cli.exitCode() == 0);

    QString error;
    f.library = Library::open(folder, &error);
    REQUIRE(f.library);
    LibrarySession session(*f.library);
    const QList<Link> before = session.links().linksFrom(b);
    REQUIRE(before.size() == 1);
    const Result<qint64> made = session.linkQuotes(b, fromQuote, a, toQuote);
    REQUIRE(made);
    const Link byCli = before.first();
    const Link bySession = *session.links().link(*made);
    CHECK(byCli.fromRendition == bySession.fromRendition);
    CHECK(byCli.toRendition == bySession.toRendition);
    CHECK(sameAnchor(byCli.from, bySession.from));
    CHECK(sameAnchor(byCli.to, bySession.to));
    // And the passage found is the one asked for, not the first "voortgang van de spreiding".
    CHECK(bySession.to.exact.simplified() == QStringLiteral("De voortgang van de spreiding"));
    CHECK(bySession.from.exact.simplified() == fromQuote);
}

TEST_CASE("A step the library refuses is reported and not kept on the undo stack")
{
    UiFixture f;
    const qint64 a = f.importTextLetter(QStringLiteral("1"), kBodyA);
    LibrarySession session(*f.library);
    QSignalSpy failed(&session, &LibrarySession::editFailed);
    const Result<qint64> id =
        session.annotateQuote(a, QStringLiteral("spreiding van asielzoekers"), 1, QStringLiteral("yellow"));
    REQUIRE(id);
    REQUIRE(session.undoStack()->count() == 1);

    refuseWrites(*f.library, true);
    const Result<void> noted = session.setNote(*id, QStringLiteral("Niet opgeslagen"));
    CHECK_FALSE(noted);
    CHECK(noted.error().code() == Error::Code::Storage);
    CHECK_FALSE(noted.error().message().isEmpty());
    CHECK(session.undoStack()->count() == 1); // the failed edit is not a step
    CHECK(failed.count() == 1);
    // An undo that cannot be written drops the step instead of pretending the highlight is gone.
    session.undoStack()->undo();
    CHECK(failed.count() == 2);
    CHECK(session.undoStack()->count() == 0);
    refuseWrites(*f.library, false);
    REQUIRE(session.annotations().annotation(*id));
    CHECK(session.annotations().annotation(*id)->note.isEmpty());
}

TEST_CASE("Importing notes is one undo step and one change notice")
{
    UiFixture f;
    const qint64 a = f.importTextLetter(QStringLiteral("1"), kBodyA);
    QByteArray json;
    {
        UiFixture source;
        const qint64 s = source.importTextLetter(QStringLiteral("1"), kBodyA);
        LibrarySession other(*source.library);
        REQUIRE(other.annotateQuote(s, QStringLiteral("spreiding van asielzoekers"), 1, QStringLiteral("green")));
        REQUIRE(other.annotateQuote(s, QStringLiteral("zaak van ons allen"), 1, QStringLiteral("red"),
                                    QStringLiteral("Eens")));
        json = W3cAnnotations::write(*source.library, other.annotations(), {s});
    }
    LibrarySession session(*f.library);
    QSignalSpy notices(f.library.get(), &Library::changed);
    const Result<W3cAnnotations::ImportResult> r = session.importW3c(json);
    REQUIRE(r);
    CHECK(r->added == 2);
    CHECK(session.annotations().forLetter(a).size() == 2);
    CHECK(notices.count() == 1);
    CHECK(session.undoStack()->count() == 1);
    session.undoStack()->undo();
    CHECK(session.annotations().forLetter(a).isEmpty());
    session.undoStack()->redo();
    CHECK(session.annotations().forLetter(a).size() == 2);
}

TEST_CASE("A change notice says what changed and a batch sends one")
{
    UiFixture f;
    const qint64 a = f.importTextLetter(QStringLiteral("1"), kBodyA);
    const qint64 b = f.importTextLetter(QStringLiteral("2"), kBodyB);
    LibrarySession session(*f.library);
    QSignalSpy notices(f.library.get(), &Library::changed);
    REQUIRE(session.annotateQuote(a, QStringLiteral("spreiding"), 1, QStringLiteral("yellow")));
    REQUIRE(notices.count() == 1);
    LibraryChange change = notices.takeFirst().at(0).value<LibraryChange>();
    CHECK(change.what == LibraryChange::Annotations);
    CHECK(change.letters == QSet<qint64>{a});
    {
        LibraryBatch batch(*f.library);
        REQUIRE(session.linkQuotes(b, QStringLiteral("spreiding"), a, QString()));
        REQUIRE(session.setNamedAs(a, QStringLiteral("Spreidingsbrief")));
        CHECK(notices.isEmpty());
    }
    REQUIRE(notices.count() == 1);
    change = notices.takeFirst().at(0).value<LibraryChange>();
    CHECK(change.touches(LibraryChange::Links));
    CHECK(change.touches(LibraryChange::Letters));
    CHECK_FALSE(change.touches(LibraryChange::Annotations));
    CHECK(change.letters == QSet<qint64>{a, b});
}

TEST_CASE("A write by another process is noticed")
{
    UiFixture f;
    const qint64 a = f.importTextLetter(QStringLiteral("1"), kBodyA);
    CHECK_FALSE(f.library->checkExternalChanges());
    LibrarySession own(*f.library);
    REQUIRE(own.annotateQuote(a, QStringLiteral("spreiding"), 1, QStringLiteral("yellow")));
    CHECK_FALSE(f.library->checkExternalChanges()); // our own writes are told by their own notices
    QProcess cli;
    cli.start(TestPaths::cli(), {QStringLiteral("--library"), f.library->folder(), QStringLiteral("annotate"),
                                 QString::number(a), QStringLiteral("--quote"), QStringLiteral("gemeenten")});
    REQUIRE(cli.waitForFinished(60000));
    REQUIRE(cli.exitCode() == 0);
    QSignalSpy notices(f.library.get(), &Library::changed);
    CHECK(f.library->checkExternalChanges());
    REQUIRE(notices.count() == 1);
    CHECK(notices.takeFirst().at(0).value<LibraryChange>().touches(LibraryChange::Annotations));
    CHECK(AnnotationStore(*f.library).forLetter(a).size() == 2);
}

TEST_CASE("Correcting a letter's details by hand is one undo step and keeps its annotations")
{
    UiFixture f;
    const qint64 a = f.importTextLetter(QStringLiteral("1"), kBodyA);
    const qint64 b = f.importTextLetter(QStringLiteral("2"), kBodyB);
    LibrarySession session(*f.library);
    REQUIRE(session
                .annotateQuote(a, QStringLiteral("spreiding van asielzoekers"), 1, QStringLiteral("yellow"),
                               QStringLiteral("nagaan"))
                .ok());
    const DocumentMetadata before = f.library->letter(a)->metadata;
    DocumentMetadata edited = before;
    edited.title = QStringLiteral("Voortgang spreiding");
    edited.kind = QStringLiteral("brief");
    edited.dossiers = {Dossier{QStringLiteral("36600"), QStringLiteral("VI"), {}}};
    edited.ondernummer = QStringLiteral("48");
    edited.date = QDate(2024, 10, 1);
    REQUIRE(session.editMetadata(a, edited).ok());
    const LetterRecord after = *f.library->letter(a);
    CHECK(after.metadata.title == QStringLiteral("Voortgang spreiding"));
    CHECK(after.metadata.kstId == QStringLiteral("kst-36600-VI-48"));
    CHECK(f.library->resolveId(QStringLiteral("kst-36600-VI-48")) == a);
    CHECK(f.library->lettersInDossier(f.library->dossiers().first().id).size() >= 1);
    bool inNew = false;
    for (const DossierRecord& d : f.library->dossiers())
        inNew = inNew || (d.dossier.display() == QStringLiteral("36600 VI") && d.letterCount == 1);
    CHECK(inNew);
    CHECK(session.annotations().forLetter(a).size() == 1);

    session.undoStack()->undo();
    CHECK(f.library->letter(a)->metadata.title == before.title);
    CHECK(f.library->letter(a)->metadata.kstId == before.kstId);
    CHECK(f.library->resolveId(QStringLiteral("kst-36600-VI-48")) == 0);
    session.undoStack()->redo();
    CHECK(f.library->letter(a)->metadata.kstId == QStringLiteral("kst-36600-VI-48"));

    // A number another letter has is refused, and not kept as a step.
    const int steps = session.undoStack()->count();
    DocumentMetadata clash = f.library->letter(a)->metadata;
    clash.dossiers = f.library->letter(b)->metadata.dossiers;
    clash.ondernummer = f.library->letter(b)->metadata.ondernummer;
    CHECK_FALSE(session.editMetadata(a, clash).ok());
    CHECK(session.undoStack()->count() == steps);
    CHECK(f.library->letter(a)->metadata.kstId == QStringLiteral("kst-36600-VI-48"));
}
