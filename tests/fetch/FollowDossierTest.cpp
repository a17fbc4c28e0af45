#include "CliRun.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <csignal>

namespace {

QJsonObject letterWithId(const QJsonArray& letters, const QString& id)
{
    for (const QJsonValue& v : letters)
        if (v[QLatin1String("publicationId")].toString() == id)
            return v.toObject();
    return {};
}

} // namespace

TEST_CASE("Following 19637 fetches its 144 motions with official metadata and votes, then nothing again")
{
    ReplayServer server;
    if (!server.isRunning()) {
        WARN("SKIPPED: " << server.whyNot().toStdString());
        return;
    }
    QTemporaryDir dir;
    const QString lib = dir.path();

    const CliRun follow = runCli(server, lib, {QStringLiteral("follow"), QStringLiteral("19637")});
    INFO(follow.err.toStdString());
    REQUIRE(follow.exitCode == 0);
    CHECK(follow.out.contains("19637  144 new, 0 changed, 0 deleted, 0 failed"));

    const QJsonArray letters = runCli(server, lib, {QStringLiteral("list"), QStringLiteral("--json")}).json().toArray();
    REQUIRE(letters.size() == 144);
    for (const QJsonValue& v : letters) {
        INFO(v[QLatin1String("publicationId")].toString().toStdString());
        CHECK(v[QLatin1String("kind")].toString() == QStringLiteral("motie"));
        CHECK(v[QLatin1String("dossiers")][0][QLatin1String("number")].toString() == QStringLiteral("19637"));
        CHECK_FALSE(v[QLatin1String("ondernummer")].toString().isEmpty());
        CHECK_FALSE(v[QLatin1String("date")].toString().isEmpty());
        CHECK(v[QLatin1String("signatories")].toArray().size() >= 1);
        // The official title (the Zaak's Onderwerp), not the printed "MOTIE VAN HET LID ...".
        CHECK(v[QLatin1String("title")].toString().contains(QStringLiteral("otie van")));
        CHECK(v[QLatin1String("unread")].toBool());
        CHECK(v[QLatin1String("renditions")][0][QLatin1String("format")].toString() == QStringLiteral("xml"));
    }

    // The official record beside what the text says, and the votes on the recorded ones.
    const QJsonObject shown =
        runCli(server, lib, {QStringLiteral("show"), QStringLiteral("kst-19637-3185"), QStringLiteral("--json")})
            .json()
            .toObject();
    const QJsonObject tk = shown[QLatin1String("official")].toArray().at(0).toObject();
    CHECK(tk[QLatin1String("source")].toString() == QStringLiteral("tk"));
    CHECK(tk[QLatin1String("documentNumber")].toString() == QStringLiteral("2023D51190"));
    CHECK(tk[QLatin1String("textSays")][QLatin1String("title")].toString().startsWith(QStringLiteral("MOTIE")));
    CHECK(shown[QLatin1String("zaak")].toString() == QStringLiteral("2023Z20876"));
    int voted = 0;
    for (const QJsonValue& v : letters) {
        const QJsonObject one =
            runCli(server, lib,
                   {QStringLiteral("votes"), v[QLatin1String("publicationId")].toString(), QStringLiteral("--json")})
                .json()
                .toObject();
        if (one.isEmpty())
            continue;
        ++voted;
        CHECK((one[QLatin1String("outcome")] == QStringLiteral("aangenomen") ||
               one[QLatin1String("outcome")] == QStringLiteral("verworpen")));
        // Every fractie once (the recordings hold some fracties' rows twice): never more than the 150 seats.
        const int seats = one[QLatin1String("for")].toInt() + one[QLatin1String("against")].toInt();
        CHECK(seats > 0);
        CHECK(seats <= 150);
    }
    CHECK(voted == 10); // 11 recorded Besluiten, one on a motie whose Zaak is not recorded

    // Nothing new: no file is fetched again, and the counts say so.
    server.control(QJsonObject{{"clear", true}});
    const CliRun again = runCli(server, lib, {QStringLiteral("update"), QStringLiteral("--json")});
    REQUIRE(again.exitCode == 0);
    const QJsonObject counts = again.json().toArray().at(0).toObject();
    CHECK(counts[QLatin1String("new")].toInt() == 0);
    CHECK(counts[QLatin1String("changed")].toInt() == 0);
    CHECK(counts[QLatin1String("failed")].toInt() == 0);
    for (const QString& path : server.requests())
        CHECK_FALSE(path.contains(QStringLiteral("/frbr/")));

    // A document changed at the source is fetched again; the user's annotation on it stays anchored.
    REQUIRE(runCli(server, lib,
                   {QStringLiteral("annotate"), QStringLiteral("kst-19637-3185"), QStringLiteral("--quote"),
                    QStringLiteral("belangen van het kind"), QStringLiteral("--note"), QStringLiteral("nagaan")})
                .exitCode == 0);
    server.control(QJsonObject{{"touch", "2023D51190"}});
    const QJsonObject changed =
        runCli(server, lib, {QStringLiteral("update"), QStringLiteral("--json")}).json().toArray().at(0).toObject();
    CHECK(changed[QLatin1String("changed")].toInt() == 1);
    CHECK(changed[QLatin1String("new")].toInt() == 0);
    const QJsonObject after =
        runCli(server, lib, {QStringLiteral("show"), QStringLiteral("kst-19637-3185"), QStringLiteral("--json")})
            .json()
            .toObject();
    REQUIRE(after[QLatin1String("annotations")].toArray().size() == 1);
    const QJsonObject note = after[QLatin1String("annotations")][0].toObject();
    CHECK(note[QLatin1String("quote")].toString() == QStringLiteral("belangen van het kind"));
    CHECK(note[QLatin1String("state")].toString() != QStringLiteral("orphaned"));

    // A document the Kamer withdraws is marked, never removed with its annotations.
    server.control(QJsonObject{{"delete", "2023D51190"}});
    const QJsonObject deleted =
        runCli(server, lib, {QStringLiteral("update"), QStringLiteral("--json")}).json().toArray().at(0).toObject();
    CHECK(deleted[QLatin1String("deleted")].toInt() == 1);
    const QJsonArray now = runCli(server, lib, {QStringLiteral("list"), QStringLiteral("--json")}).json().toArray();
    CHECK(now.size() == 144);
    CHECK(letterWithId(now, QStringLiteral("kst-19637-3185"))[QLatin1String("withdrawn")].toBool());

    const QJsonArray followed =
        runCli(server, lib, {QStringLiteral("followed"), QStringLiteral("--json")}).json().toArray();
    REQUIRE(followed.size() == 1);
    CHECK(followed[0][QLatin1String("title")].toString() == QStringLiteral("Vreemdelingenbeleid"));
    CHECK(followed[0][QLatin1String("unread")].toInt() == 144);
    CHECK(runCli(server, lib, {QStringLiteral("unfollow"), QStringLiteral("19637")}).exitCode == 0);
    CHECK(runCli(server, lib, {QStringLiteral("followed"), QStringLiteral("--json")}).json().toArray().isEmpty());
    CHECK(runCli(server, lib, {QStringLiteral("list"), QStringLiteral("--json")}).json().toArray().size() == 144);
}

TEST_CASE("Version 5 of the Tweede Kamer's service works through the names in its $metadata")
{
    ReplayServer server({QStringLiteral("--odata-version"), QStringLiteral("5")});
    if (!server.isRunning()) {
        WARN("SKIPPED: " << server.whyNot().toStdString());
        return;
    }
    QProcessEnvironment env = server.environment();
    QTemporaryDir dir;
    QProcess p;
    env.insert(QStringLiteral("KAMERLEZER_TK_ODATA_URL"),
               QStringLiteral("http://127.0.0.1:%1/OData/v5/").arg(server.port()));
    p.setProcessEnvironment(env);
    p.start(TestPaths::cli(),
            {QStringLiteral("--library"), dir.path(), QStringLiteral("fetch"), QStringLiteral("2023D51190")});
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    CHECK(p.exitCode() == 0);
    const QJsonObject shown =
        runCli(server, dir.path(), {QStringLiteral("show"), QStringLiteral("kst-19637-3185"), QStringLiteral("--json")})
            .json()
            .toObject();
    CHECK(shown[QLatin1String("official")][0][QLatin1String("documentNumber")].toString() ==
          QStringLiteral("2023D51190"));
    CHECK(shown[QLatin1String("ondernummer")].toString() == QStringLiteral("3185"));
}

TEST_CASE("Fetching kst-32545-143 and ah-tk-20202021-3235 through SRU and the repository gives both renditions")
{
    ReplayServer server;
    if (!server.isRunning()) {
        WARN("SKIPPED: " << server.whyNot().toStdString());
        return;
    }
    QTemporaryDir dir;
    const CliRun run = runCli(server, dir.path(),
                              {QStringLiteral("fetch"), QStringLiteral("kst-32545-143"),
                               QStringLiteral("https://zoek.officielebekendmakingen.nl/ah-tk-20202021-3235.html")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    for (const char* id : {"kst-32545-143", "ah-tk-20202021-3235"}) {
        INFO(id);
        const QJsonObject o =
            runCli(server, dir.path(), {QStringLiteral("show"), QLatin1String(id), QStringLiteral("--json")})
                .json()
                .toObject();
        QSet<QString> formats;
        for (const QJsonValue& r : o[QLatin1String("renditions")].toArray())
            formats.insert(r[QLatin1String("format")].toString());
        CHECK(formats == QSet<QString>{QStringLiteral("xml"), QStringLiteral("pdf")});
        CHECK(o[QLatin1String("official")][0][QLatin1String("source")].toString() == QStringLiteral("koop"));
        CHECK(o[QLatin1String("publicationId")].toString() == QLatin1String(id));
    }
    const QJsonObject answer =
        runCli(server, dir.path(),
               {QStringLiteral("show"), QStringLiteral("ah-tk-20202021-3235"), QStringLiteral("--json")})
            .json()
            .toObject();
    CHECK(answer[QLatin1String("kind")].toString() == QStringLiteral("antwoord-kamervragen"));
    CHECK(answer[QLatin1String("zaak")].toString() == QStringLiteral("2021Z09739"));
    CHECK(answer[QLatin1String("questioners")].toArray().size() == 3);
    // Asked again: nothing new.
    const CliRun again = runCli(server, dir.path(), {QStringLiteral("fetch"), QStringLiteral("kst-32545-143")});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains("already in the library"));
    // A record that points at another publication's files brings none of them.
    const CliRun sibling = runCli(server, dir.path(), {QStringLiteral("fetch"), QStringLiteral("kst-32545-144")});
    CHECK(sibling.exitCode == 1);
    CHECK(sibling.err.contains(QStringLiteral("kst-32545-144")));
}
