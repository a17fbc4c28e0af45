#include "LibraryDump.h"
#include "UiFixture.h"
#include "annotations/AnnotationStore.h"
#include "library/Library.h"
#include "links/LinkStore.h"
#include "search/SearchEngine.h"
#include "session/LibrarySession.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace kl;

namespace {

const QString kBodyA = QStringLiteral("Hierbij informeer ik uw Kamer over de spreiding van asielzoekers over de "
                                      "gemeenten. De voortgang is traag.");
const QString kBodyB = QStringLiteral("In mijn vorige brief schreef ik over de opvang in Ter Apel.");

int hitsFor(Library& library, const QString& words, qint64 letterId)
{
    SearchQuery q;
    q.text = words;
    q.includeNotes = true;
    int n = 0;
    for (const SearchHit& h : SearchEngine(library).search(q))
        n += h.letterId == letterId ? 1 : 0;
    return n;
}

QString copyOf(Library& library, qint64 letterId)
{
    return library.letter(letterId)->renditions.first().storedPath;
}

} // namespace

TEST_CASE("Removing a letter takes it out of the library, and undo brings back every row as it was")
{
    UiFixture f;
    const qint64 a = f.importTextLetter(QStringLiteral("1"), kBodyA);
    const qint64 b = f.importTextLetter(QStringLiteral("2"), kBodyB);
    LibrarySession session(*f.library);
    const Result<qint64> note =
        session.annotateQuote(a, QStringLiteral("spreiding van asielzoekers"), 1, QStringLiteral("green"),
                              QStringLiteral("nagaan bij COA"), {QStringLiteral("opvang")});
    REQUIRE(note.ok());
    REQUIRE(session.linkQuotes(b, QStringLiteral("vorige brief"), a, QStringLiteral("spreiding")).ok());
    const std::string before = libraryDump(*f.library);
    const QString copy = copyOf(*f.library, a);
    REQUIRE(QFile::exists(copy));
    REQUIRE(hitsFor(*f.library, QStringLiteral("asielzoekers"), a) > 0);

    REQUIRE(session.removeLetters({a}, false).ok());
    CHECK_FALSE(f.library->letter(a).has_value());
    CHECK(f.library->letters().size() == 1);
    CHECK(hitsFor(*f.library, QStringLiteral("asielzoekers"), a) == 0);
    CHECK(hitsFor(*f.library, QStringLiteral("COA"), a) == 0); // the note is not found either
    CHECK(session.links().linksFrom(b).isEmpty());
    CHECK_FALSE(QFile::exists(copy));
    CHECK(QDir(f.library->folder() + QStringLiteral("/files/removed")).entryList(QDir::Files).size() == 1);
    CHECK(f.library->letter(b).has_value());

    session.undoStack()->undo();
    CHECK(libraryDump(*f.library) == before);
    CHECK(QFile::exists(copy));
    CHECK(hitsFor(*f.library, QStringLiteral("asielzoekers"), a) > 0);
    CHECK(hitsFor(*f.library, QStringLiteral("COA"), a) > 0);
    CHECK(session.annotations().forLetter(a).first().tags == QStringList{QStringLiteral("opvang")});
    CHECK(session.links().linksFrom(b).size() == 1);

    session.undoStack()->redo();
    CHECK_FALSE(f.library->letter(a).has_value());
    session.undoStack()->undo();
    CHECK(libraryDump(*f.library) == before);
}

TEST_CASE("Annotations kept when a letter is removed come back when the same document is imported again")
{
    UiFixture f;
    const qint64 a = f.importTextLetter(QStringLiteral("1"), kBodyA);
    LibrarySession session(*f.library);
    REQUIRE(session
                .annotateQuote(a, QStringLiteral("voortgang is traag"), 1, QStringLiteral("pink"),
                               QStringLiteral("**navragen**"), {QStringLiteral("spreiding")})
                .ok());
    REQUIRE(session.removeLetters({a}, true).ok());
    CHECK(f.library->letters().isEmpty());

    const qint64 again = f.importTextLetter(QStringLiteral("1"), kBodyA);
    const QList<Annotation> back = session.annotations().forLetter(again);
    REQUIRE(back.size() == 1);
    CHECK(back.first().note == QStringLiteral("**navragen**"));
    CHECK(back.first().color == QStringLiteral("pink"));
    CHECK(back.first().tags == QStringList{QStringLiteral("spreiding")});
    CHECK(back.first().anchor.exact == QStringLiteral("voortgang is traag"));

    // Removed with its annotations, it comes back bare.
    REQUIRE(session.removeLetters({again}, false).ok());
    const qint64 bare = f.importTextLetter(QStringLiteral("1"), kBodyA);
    CHECK(session.annotations().forLetter(bare).isEmpty());
}

TEST_CASE("Removing letters that are not there changes nothing")
{
    UiFixture f;
    const qint64 a = f.importTextLetter(QStringLiteral("1"), kBodyA);
    LibrarySession session(*f.library);
    const std::string before = libraryDump(*f.library);
    CHECK_FALSE(session.removeLetters({a, a + 100}, true).ok());
    CHECK(libraryDump(*f.library) == before);
    CHECK(session.undoStack()->count() == 0);
}

TEST_CASE("The copies of removed documents are deleted a day later, when the library is opened")
{
    UiFixture f;
    const qint64 a = f.importTextLetter(QStringLiteral("1"), kBodyA);
    const qint64 b = f.importTextLetter(QStringLiteral("2"), kBodyB);
    LibrarySession session(*f.library);
    REQUIRE(session.removeLetters({a, b}, false).ok());
    const QString folder = f.library->folder();
    const QStringList removed = QDir(folder + QStringLiteral("/files/removed")).entryList(QDir::Files);
    REQUIRE(removed.size() == 2);
    QFile old(folder + QStringLiteral("/files/removed/") + removed.first());
    REQUIRE(old.open(QIODevice::ReadWrite));
    REQUIRE(old.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2), QFileDevice::FileModificationTime));
    old.close();
    f.library.reset();
    QString error;
    f.library = Library::open(folder, &error);
    REQUIRE(f.library);
    CHECK(QDir(folder + QStringLiteral("/files/removed")).entryList(QDir::Files) == QStringList{removed.last()});
}
