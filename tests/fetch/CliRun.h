#pragma once

#include "ReplayServer.h"
#include "TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <catch2/catch.hpp>

// kamerlezer-cli run on a library against the replay server.
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QString err;

    QJsonValue json() const
    {
        const QJsonDocument doc = QJsonDocument::fromJson(out);
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
};

inline CliRun runCli(const ReplayServer& server, const QString& library, const QStringList& args)
{
    QProcess p;
    p.setProcessEnvironment(server.environment());
    p.start(TestPaths::cli(), QStringList{QStringLiteral("--library"), library} + args);
    REQUIRE(p.waitForFinished(180000));
    return CliRun{p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}
