#include "CliRun.h"

#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <csignal>

namespace {

int letterCount(const ReplayServer& server, const QString& lib)
{
    return runCli(server, lib, {QStringLiteral("list"), QStringLiteral("--json")}).json().toArray().size();
}

} // namespace

TEST_CASE("Every failure of a source leaves the library as it was, says what happened, and the next try works")
{
    ReplayServer server;
    if (!server.isRunning()) {
        WARN("SKIPPED: " << server.whyNot().toStdString());
        return;
    }
    struct Failure {
        QJsonObject rule;
        const char* said;
    };
    const QString pdf = QStringLiteral("kst-32545-143/1/pdf");
    const Failure failures[] = {
        {{{"fail", 500}, {"match", pdf}, {"count", -1}}, "HTTP 500"},
        {{{"fail", 429}, {"retryAfter", 0}, {"match", pdf}, {"count", -1}}, "HTTP 429"},
        {{{"fail", "timeout"}, {"match", pdf}, {"count", -1}}, "no answer in time"},
        {{{"fail", "truncate"}, {"match", pdf}, {"count", -1}}, ""},
        {{{"fail", "html"}, {"match", pdf}, {"count", -1}}, "HTML page, not a PDF"},
        {{{"fail", "drop"}, {"match", pdf}, {"count", -1}}, ""},
        {{{"fail", 500}, {"match", "/sru"}, {"count", -1}}, "KOOP"},
    };
    QTemporaryDir dir;
    for (const Failure& f : failures) {
        INFO(QJsonDocument(f.rule).toJson(QJsonDocument::Compact).toStdString());
        server.control(QJsonObject{{"reset", true}});
        server.control(f.rule);
        const CliRun run = runCli(server, dir.path(), {QStringLiteral("fetch"), QStringLiteral("kst-32545-143")});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("kst-32545-143")));
        CHECK(run.err.contains(QLatin1String(f.said)));
        CHECK(run.err.count(QLatin1Char('\n')) <= 2); // one clear line, not a cascade
        CHECK(letterCount(server, dir.path()) == 0);
    }
    // A failure that passes is retried away.
    server.control(QJsonObject{{"reset", true}});
    server.control(QJsonObject{{"fail", 500}, {"match", pdf}, {"count", 2}});
    const CliRun retried = runCli(server, dir.path(), {QStringLiteral("fetch"), QStringLiteral("kst-32545-143")});
    INFO(retried.err.toStdString());
    CHECK(retried.exitCode == 0);
    CHECK(letterCount(server, dir.path()) == 1);
    CHECK(runCli(server, dir.path(), {QStringLiteral("check")}).exitCode == 0);
}

TEST_CASE("A source that is down gets one clear message, the library unchanged, and the next update tries again")
{
    ReplayServer server;
    if (!server.isRunning()) {
        WARN("SKIPPED: " << server.whyNot().toStdString());
        return;
    }
    QTemporaryDir dir;
    REQUIRE(
        runCli(server, dir.path(), {QStringLiteral("follow"), QStringLiteral("19637"), QStringLiteral("--no-fetch")})
            .exitCode == 0);
    // A port nobody listens on.
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost));
    const quint16 closed = probe.serverPort();
    probe.close();
    QProcessEnvironment env = server.environment();
    env.insert(QStringLiteral("KAMERLEZER_TK_ODATA_URL"),
               QStringLiteral("http://127.0.0.1:%1/OData/v4/2.0/").arg(closed));
    env.insert(QStringLiteral("KAMERLEZER_KOOP_URL"), QStringLiteral("http://127.0.0.1:%1/").arg(closed));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(TestPaths::cli(), {QStringLiteral("--library"), dir.path(), QStringLiteral("update")});
    REQUIRE(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    INFO(out.toStdString());
    CHECK(p.exitCode() == 1);
    CHECK(out.contains(QStringLiteral("Tweede Kamer open data")));
    CHECK(letterCount(server, dir.path()) == 0);
    const QJsonArray followed =
        runCli(server, dir.path(), {QStringLiteral("followed"), QStringLiteral("--json")}).json().toArray();
    CHECK_FALSE(followed[0][QLatin1String("problem")].toString().isEmpty());
    CHECK(followed[0][QLatin1String("tkCursor")].isNull());
    // Back up: the next update fetches it all.
    const CliRun back = runCli(server, dir.path(), {QStringLiteral("update")});
    CHECK(back.exitCode == 0);
    CHECK(letterCount(server, dir.path()) == 144);
}

TEST_CASE("Cancelling a follow midway leaves only whole documents, and the next update fetches the rest")
{
    ReplayServer server;
    if (!server.isRunning()) {
        WARN("SKIPPED: " << server.whyNot().toStdString());
        return;
    }
    QTemporaryDir dir;
    // Slow enough to be stopped midway: every XML file comes half a second late.
    server.control(QJsonObject{{"fail", "slow"}, {"delay", 0.5}, {"match", "/xml/"}, {"count", -1}});
    QProcess p;
    p.setProcessEnvironment(server.environment());
    p.start(TestPaths::cli(),
            {QStringLiteral("--library"), dir.path(), QStringLiteral("follow"), QStringLiteral("19637")});
    REQUIRE(p.waitForStarted());
    // Until the first letters are stored, then Ctrl+C.
    QByteArray out;
    for (int i = 0; i < 300 && !out.contains("fetched"); ++i) {
        p.waitForReadyRead(100);
        out += p.readAllStandardOutput();
    }
    REQUIRE(out.contains("fetched"));
    ::kill(pid_t(p.processId()), SIGINT);
    REQUIRE(p.waitForFinished(60000));
    CHECK(p.exitCode() == 1);
    CHECK(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("interrupted")));
    const int stored = letterCount(server, dir.path());
    CHECK(stored < 144);
    CHECK(runCli(server, dir.path(), {QStringLiteral("check")}).exitCode == 0);
    for (const QJsonValue& v :
         runCli(server, dir.path(), {QStringLiteral("list"), QStringLiteral("--json")}).json().toArray())
        CHECK(v[QLatin1String("renditions")].toArray().size() == 1);
    server.control(QJsonObject{{"reset", true}});
    const CliRun rest = runCli(server, dir.path(), {QStringLiteral("update")});
    INFO(rest.err.toStdString());
    CHECK(rest.exitCode == 0);
    CHECK(letterCount(server, dir.path()) == 144);
}
