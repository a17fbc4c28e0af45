#include "ReplayServer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTcpSocket>

ReplayServer::ReplayServer(const QStringList& extraArguments)
{
    const QString data = openData();
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (data.isEmpty()) {
        m_whyNot = QStringLiteral("no recorded open data at ../shared/opendata");
        return;
    }
    if (python.isEmpty()) {
        m_whyNot = QStringLiteral("no python3 to run tests/opendata/replay-server.py");
        return;
    }
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardErrorFile(QProcess::nullDevice());
    m_process.start(python, QStringList{QStringLiteral(KAMERLEZER_SOURCE_DIR "/tests/opendata/replay-server.py"),
                                        QStringLiteral("--data"), data, QStringLiteral("--port"), QStringLiteral("0")} +
                                extraArguments);
    // One line, "PORT <n>", once it listens.
    while (m_process.waitForReadyRead(10000)) {
        const QByteArray line = m_process.readLine().trimmed();
        if (line.startsWith("PORT ")) {
            m_port = line.mid(5).toInt();
            return;
        }
        if (!m_process.canReadLine() && m_process.state() != QProcess::Running)
            break;
    }
    m_whyNot = QStringLiteral("the replay server did not start");
}

ReplayServer::~ReplayServer()
{
    if (m_process.state() == QProcess::Running) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
}

QString ReplayServer::openData()
{
    const QString dir = QDir::cleanPath(QStringLiteral(KAMERLEZER_CORPUS "/../opendata"));
    return QFileInfo::exists(dir + QStringLiteral("/README.md")) ? dir : QString();
}

QString ReplayServer::tkUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/OData/v4/2.0/").arg(m_port);
}

QString ReplayServer::koopUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/").arg(m_port);
}

QProcessEnvironment ReplayServer::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KAMERLEZER_TK_ODATA_URL"), tkUrl());
    env.insert(QStringLiteral("KAMERLEZER_KOOP_URL"), koopUrl());
    env.insert(QStringLiteral("KAMERLEZER_FETCH_TIMEOUT_MS"), QStringLiteral("1500"));
    env.insert(QStringLiteral("KAMERLEZER_FETCH_RETRY_SECONDS"), QStringLiteral("0.05"));
    return env;
}

QByteArray ReplayServer::request(const QByteArray& method, const QByteArray& path, const QByteArray& body)
{
    // A plain socket: the test programs need no Qt Network of their own beyond this.
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_port));
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" +
                 "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
                 body);
    QByteArray answer;
    while (socket.waitForReadyRead(5000))
        answer += socket.readAll();
    answer += socket.readAll();
    const int at = answer.indexOf("\r\n\r\n");
    return at < 0 ? QByteArray() : answer.mid(at + 4);
}

void ReplayServer::control(const QJsonObject& command)
{
    request("POST", "/_control", QJsonDocument(command).toJson(QJsonDocument::Compact));
}

QStringList ReplayServer::requests()
{
    QStringList out;
    const QJsonDocument doc = QJsonDocument::fromJson(request("GET", "/_requests"));
    const QJsonArray list = doc.isArray() ? doc.array() : doc.object().value(QLatin1String("requests")).toArray();
    for (const QJsonValue& v : list)
        out.append(v.isString() ? v.toString() : v.toObject().value(QLatin1String("path")).toString());
    return out;
}
