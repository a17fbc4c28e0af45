#include "CliRun.h"

#include <QTemporaryDir>

namespace {

QJsonObject byNumber(const QJsonArray& list, const QString& number)
{
    for (const QJsonValue& v : list)
        if (v.toObject().value("number").toString() == number)
            return v.toObject();
    return {};
}

} // namespace

TEST_CASE("The register's toezeggingen of a followed dossier are imported and their status follows the register",
          "[fetch][toezeggingen]")
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
    CHECK(follow.out.contains("toezeggingen: 3 new, 0 updated"));

    const QStringList all = {QStringLiteral("toezeggingen"), QStringLiteral("--dossier"), QStringLiteral("19637"),
                             QStringLiteral("--status"),     QStringLiteral("all"),       QStringLiteral("--json")};
    QJsonArray list = runCli(server, lib, all).json().toArray();
    REQUIRE(list.size() == 3); // the one the register deleted is not among them
    const QJsonObject open = byNumber(list, QStringLiteral("TZ202410-113"));
    CHECK(open.value("status").toString() == QStringLiteral("open"));
    CHECK(open.value("deadline").toObject().value("due").toString() == QStringLiteral("2025-03-01"));
    CHECK(open.value("activity").toString().contains(QStringLiteral("2024A05123")));
    CHECK(open.value("madeTo").toString() == QStringLiteral("Jimmy Dijk (SP)"));
    CHECK(open.value("origin").toString() == QStringLiteral("registered"));
    // "voldaan" in lower case, no deadline (0001-01-01), kept by a document of the dossier now in the library.
    const QJsonObject kept = byNumber(list, QStringLiteral("TZ202410-114"));
    CHECK(kept.value("status").toString() == QStringLiteral("kept"));
    CHECK(kept.value("deadline").toObject().value("due").isNull());
    REQUIRE(kept.value("keptBy").toArray().size() == 1);
    CHECK(kept.value("keptBy").toArray().first().toObject().value("documentNumber").toString() ==
          QStringLiteral("2025D43166"));
    CHECK(kept.value("keptBy").toArray().first().toObject().value("letter").toInt() > 0);
    // Two letters in one KamerbriefNakoming.
    const QJsonObject partly = byNumber(list, QStringLiteral("TZ202411-020"));
    CHECK(partly.value("status").toString() == QStringLiteral("partly-kept"));
    CHECK(partly.value("keptBy").toArray().size() == 2);

    // The user reopens one; the register, unchanged, does not undo that. Then the register keeps TZ202410-113.
    REQUIRE(runCli(server, lib,
                   {QStringLiteral("toezegging"), QStringLiteral("TZ202411-020"), QStringLiteral("--status"),
                    QStringLiteral("open")})
                .exitCode == 0);
    server.control(QJsonObject{{"toezegging", "TZ202410-113"}, {"status", "Voldaan"}, {"kamerbrief", "2025D43239"}});
    const CliRun update = runCli(server, lib, {QStringLiteral("update")});
    INFO(update.err.toStdString());
    REQUIRE(update.exitCode == 0);
    CHECK(update.out.contains("toezeggingen: 0 new, 3 updated"));
    list = runCli(server, lib, all).json().toArray();
    CHECK(byNumber(list, QStringLiteral("TZ202411-020")).value("status").toString() == QStringLiteral("open"));
    const QJsonObject nowKept = byNumber(list, QStringLiteral("TZ202410-113"));
    CHECK(nowKept.value("status").toString() == QStringLiteral("kept"));
    CHECK(nowKept.value("officialStatus").toString() == QStringLiteral("Voldaan"));
    REQUIRE(nowKept.value("keptBy").toArray().size() == 1);
    CHECK(nowKept.value("keptBy").toArray().first().toObject().value("letter").toInt() > 0);

    // One by its number, into another library; a number the register does not have is an error.
    QTemporaryDir other;
    const CliRun one = runCli(server, other.path(),
                              {QStringLiteral("toezegging"), QStringLiteral("TZ202410-114"), QStringLiteral("--json")});
    INFO(one.err.toStdString());
    REQUIRE(one.exitCode == 0);
    CHECK(one.json().toObject().value("status").toString() == QStringLiteral("kept"));
    CHECK(runCli(server, other.path(), {QStringLiteral("toezegging"), QStringLiteral("TZ209901-1")}).exitCode == 1);
}
