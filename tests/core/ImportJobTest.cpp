#include "import/ImportJob.h"
#include "TestPaths.h"
#include "library/Library.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using kl::ImportJob;
using kl::ImportOutcome;
using kl::Library;
using kl::LibraryChange;

namespace {

std::unique_ptr<Library> openLibrary(const QTemporaryDir& dir)
{
    QString error;
    auto library = Library::open(dir.path(), &error);
    INFO(error.toStdString());
    REQUIRE(library);
    return library;
}

// `count` letters of one dossier, each its own Kamerstuk, as files 001.txt ... in `folder`.
void writeLetters(const QString& folder, int count, int first = 1)
{
    QDir().mkpath(folder);
    for (int nr = first; nr < first + count; ++nr) {
        QFile f(QStringLiteral("%1/%2.txt").arg(folder).arg(nr, 3, 10, QLatin1Char('0')));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("Tweede Kamer der Staten-Generaal\nVergaderjaar 2024-2025\n29 628\nPolitie\nNr. %1\n"
                               "BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID\nDen Haag, 1 maart 2025\n"
                               "Tekst van brief %1 over de politie.\n")
                    .arg(nr)
                    .toUtf8());
    }
}

ImportJob::Summary runToEnd(ImportJob& job, const QStringList& paths)
{
    QSignalSpy finished(&job, &ImportJob::finished);
    REQUIRE(job.start(paths));
    if (job.isRunning())
        REQUIRE(finished.wait(60000));
    REQUIRE(finished.size() == 1);
    return finished.first().first().value<ImportJob::Summary>();
}

} // namespace

TEST_CASE("An import job reports progress and what each file did, in the order given")
{
    QTemporaryDir libDir, source;
    writeLetters(source.filePath(QStringLiteral("brieven")), 6);
    auto library = openLibrary(libDir);
    ImportJob job(*library);
    QSignalSpy progress(&job, &ImportJob::progress);
    QSignalSpy fileDone(&job, &ImportJob::fileDone);
    const QString missing = source.filePath(QStringLiteral("bestaat-niet.pdf"));
    const QStringList paths{source.filePath(QStringLiteral("brieven")), TestPaths::data("empty.txt"),
                            TestPaths::data("letter.pdf"), missing,
                            source.filePath(QStringLiteral("brieven/003.txt"))}; // named twice
    const ImportJob::Summary summary = runToEnd(job, paths);

    REQUIRE(summary.total() == 10);
    CHECK(summary.done() == 10);
    CHECK_FALSE(summary.cancelled);
    CHECK(summary.imported == 7);
    CHECK(summary.unchanged == 1);
    CHECK(summary.added == 0);
    CHECK(summary.failed == 2);
    CHECK(summary.outcomes[6].status == ImportOutcome::Failed); // empty.txt
    CHECK(summary.outcomes[8].status == ImportOutcome::Failed); // missing
    CHECK(summary.outcomes[8].message == QStringLiteral("no such file"));
    CHECK(summary.outcomes[9].status == ImportOutcome::Unchanged);
    const QList<qint64> ids = summary.letterIds();
    CHECK(ids[9] == ids[2]);
    CHECK(ids[6] == 0);
    // Stored in the order given: the letters are numbered as the files were listed.
    for (int i = 1; i < 6; ++i)
        CHECK(ids[i] == ids[i - 1] + 1);
    CHECK(library->letterCount() == 7);

    REQUIRE(fileDone.size() == 10);
    for (int i = 0; i < fileDone.size(); ++i) {
        CHECK(fileDone[i][0].toInt() == i);
        CHECK(fileDone[i][1].toString() == summary.files[i]);
    }
    REQUIRE(progress.size() == 11);
    CHECK(progress.first()[0].toInt() == 0);
    CHECK(progress.first()[2].toString() == summary.files.first());
    CHECK(progress.last()[0].toInt() == 10);
    CHECK(progress.last()[1].toInt() == 10);
    CHECK(progress.last()[2].toString().isEmpty());

    // Again: every file is known by its checksum, nothing is stored.
    const ImportJob::Summary again = runToEnd(job, paths);
    CHECK(again.unchanged == 8);
    CHECK(again.failed == 2);
    CHECK(again.letterIds() == ids);
}

TEST_CASE("An import of many files is one change notice, sent before the job says it is finished")
{
    QTemporaryDir libDir, source;
    writeLetters(source.path(), 60);
    auto library = openLibrary(libDir);
    int notices = 0;
    bool finished = false;
    LibraryChange last;
    QObject::connect(library.get(), &Library::changed, [&](const LibraryChange& change) {
        ++notices;
        last = change;
        CHECK_FALSE(finished);
    });
    ImportJob job(*library);
    QObject::connect(&job, &ImportJob::finished, [&] { finished = true; });
    const ImportJob::Summary summary = runToEnd(job, {source.path()});
    CHECK(summary.imported == 60);
    CHECK(notices == 1);
    CHECK(last.touches(LibraryChange::Letters));
    CHECK(last.letters.size() == 60);

    // Nothing new: no notice at all.
    runToEnd(job, {source.path()});
    CHECK(notices == 1);
}

TEST_CASE("Cancelling an import stops between files and leaves only whole letters")
{
    QTemporaryDir libDir, source;
    writeLetters(source.path(), 40);
    auto library = openLibrary(libDir);
    ImportJob job(*library);

    SECTION("from a file's report")
    {
        const auto stop = QObject::connect(&job, &ImportJob::fileDone, [&](int index) {
            if (index == 4)
                job.cancel();
        });
        const ImportJob::Summary summary = runToEnd(job, {source.path()});
        QObject::disconnect(stop);
        CHECK(summary.cancelled);
        CHECK(summary.done() == 5);
        CHECK(summary.imported == 5);
        CHECK(library->letterCount() == 5);
    }
    SECTION("while files are being read")
    {
        QSignalSpy finished(&job, &ImportJob::finished);
        REQUIRE(job.start({source.path()}));
        job.cancel(); // the first reads are under way
        REQUIRE(finished.size() == 1);
        CHECK_FALSE(job.isRunning());
        const auto summary = finished.first().first().value<ImportJob::Summary>();
        CHECK(summary.cancelled);
        CHECK(library->letterCount() == summary.imported);
    }
    CHECK(library->check().isEmpty());

    // Importing again finishes the job.
    const int before = library->letterCount();
    const ImportJob::Summary rest = runToEnd(job, {source.path()});
    CHECK_FALSE(rest.cancelled);
    CHECK(rest.imported == 40 - before);
    CHECK(rest.unchanged == before);
    CHECK(library->letterCount() == 40);
    CHECK(library->check().isEmpty());
}
