#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

// The replay server of the official sources (tests/opendata/replay-server.py) on a free port, for as long as the
// object lives: it serves ../shared/opendata as the Tweede Kamer's OData service and KOOP do, and can be told to
// fail.
class ReplayServer {
public:
    // Starts it; isRunning() says whether it could (python3 and ../shared/opendata are needed).
    explicit ReplayServer(const QStringList& extraArguments = {});
    ~ReplayServer();

    bool isRunning() const { return m_port != 0; }
    // Why it is not running: for the SKIPPED line.
    QString whyNot() const { return m_whyNot; }
    int port() const { return m_port; }
    QString tkUrl() const;
    QString koopUrl() const;
    // The environment for a kamerlezer-cli run against this server: the base URLs, short timeouts and retries.
    QProcessEnvironment environment() const;

    // POST /_control (see tests/opendata/README.md): {"fail": 500, "match": "...", "count": -1}, {"reset": true}.
    void control(const QJsonObject& command);
    // The paths requested since the last {"clear": true}.
    QStringList requests();

    static QString openData(); // ../shared/opendata, or empty when it is not there

private:
    QByteArray request(const QByteArray& method, const QByteArray& path, const QByteArray& body = {});

    QProcess m_process;
    int m_port = 0;
    QString m_whyNot;
};
