#include "SingleInstance.h"
#include "TestPaths.h"
#include "UiFixture.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <catch2/catch.hpp>

using kl::SingleInstance;

TEST_CASE("A second start on the same library hands its files to the window that is open")
{
    QTemporaryDir dir;
    SingleInstance first(dir.path());
    REQUIRE(first.listen());
    QSignalSpy received(&first, &SingleInstance::filesReceived);
    // The second start blocks on its socket: from another thread, while this one answers.
    QFuture<bool> handed =
        QtConcurrent::run([&] { return SingleInstance(dir.path()).handOver({QStringLiteral("/tmp/brief.pdf")}); });
    REQUIRE(waitFor([&] { return handed.isFinished(); }, 10000));
    CHECK(handed.result());
    REQUIRE(received.size() == 1);
    CHECK(received.first().first().toStringList() == QStringList{QStringLiteral("/tmp/brief.pdf")});

    // Another library has no window open: the start opens its own.
    QTemporaryDir other;
    CHECK_FALSE(SingleInstance(other.path()).handOver({}));
    CHECK(SingleInstance::serverName(dir.path()) != SingleInstance::serverName(other.path()));
}

TEST_CASE("kamerlezer FILE while a window is open on the library: the file is imported there, no second window")
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("library"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    QProcess window;
    window.setProcessEnvironment(env);
    window.start(QStringLiteral(KAMERLEZER_APP), {QStringLiteral("--library"), library});
    REQUIRE(window.waitForStarted());
    // Until it listens.
    REQUIRE(waitFor([&] { return SingleInstance(library).handOver({}); }, 20000));

    const QString letter = dir.filePath(QStringLiteral("brief.txt"));
    QFile f(letter);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Tweede Kamer der Staten-Generaal\n19 637 Vreemdelingenbeleid\nNr. 4001\n"
            "BRIEF VAN DE MINISTER VAN ASIEL EN MIGRATIE\nDe spreiding gaat door.\n");
    f.close();
    QProcess second;
    second.setProcessEnvironment(env);
    second.start(QStringLiteral(KAMERLEZER_APP), {QStringLiteral("--library"), library, letter});
    REQUIRE(second.waitForFinished(20000)); // it hands over and ends
    CHECK(second.exitCode() == 0);
    // The open window imported it.
    bool imported = false;
    REQUIRE(waitFor(
        [&] {
            QProcess list;
            list.start(TestPaths::cli(), {QStringLiteral("--library"), library, QStringLiteral("list")});
            list.waitForFinished(20000);
            imported = list.readAllStandardOutput().contains("kst-19637-4001");
            return imported;
        },
        20000));
    window.terminate();
    if (!window.waitForFinished(10000))
        window.kill();
}
