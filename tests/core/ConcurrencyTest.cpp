#include "TestPaths.h"
#include "UiFixture.h"
#include "annotations/AnnotationStore.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace {

struct Run {
    int exitCode = -1;
    QString errors;
};

// Starts every command line at once (each a library-writer process), waits for all, returns each one's outcome.
std::vector<Run> runAtOnce(const QList<QStringList>& commands)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const QStringList& arguments : commands) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(KAMERLEZER_LIBRARY_WRITER), arguments);
        processes.push_back(std::move(p));
    }
    std::vector<Run> out;
    for (auto& p : processes) {
        REQUIRE(p->waitForFinished(120000));
        out.push_back({p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1,
                       QString::fromLocal8Bit(p->readAllStandardError())});
    }
    return out;
}

} // namespace

TEST_CASE("Eight processes opening one new library at once all open it", "[storage][concurrency]")
{
    for (int trial = 0; trial < 3; ++trial) {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("library"));
        const std::vector<Run> runs = runAtOnce(QList<QStringList>(8, QStringList{folder}));
        for (const Run& r : runs) {
            INFO(r.errors.toStdString());
            CHECK(r.exitCode == 0);
        }
        QString error;
        auto library = kl::Library::open(folder, &error);
        REQUIRE(library);
        CHECK(library->letters().isEmpty());
    }
}

TEST_CASE("Four processes annotating and one importing into one library at once lose no write",
          "[storage][concurrency]")
{
    UiFixture fx;
    const qint64 letter = fx.importTextLetter(QStringLiteral("3274"),
                                              QStringLiteral("Ik kom hier separaat op terug. De opvang wordt sober."));
    const QString id = fx.library->letter(letter)->metadata.kstId;
    const QString folder = fx.library->folder();
    fx.library.reset(); // the processes have the library to themselves
    QList<QStringList> commands(4, QStringList{folder, QStringLiteral("annotate"), id,
                                               QStringLiteral("separaat op terug"), QStringLiteral("200")});
    QStringList import{folder, QStringLiteral("import")};
    for (const char* name : {"brief-ordinary-case.txt", "kamerbrief-ministerie.txt", "eu-council.txt",
                             "handelingen-item.txt", "antwoord-kamervragen-ministerie.txt", "letter.pdf"})
        import.append(TestPaths::data(QString::fromLatin1(name)));
    commands.append(import);
    const std::vector<Run> runs = runAtOnce(commands);
    for (const Run& r : runs) {
        INFO(r.errors.toStdString());
        CHECK(r.exitCode == 0);
        CHECK_FALSE(r.errors.contains(QStringLiteral("locked")));
    }
    QString error;
    auto library = kl::Library::open(folder, &error);
    REQUIRE(library);
    CHECK(kl::AnnotationStore(*library).forLetter(letter).size() == 800);
}
