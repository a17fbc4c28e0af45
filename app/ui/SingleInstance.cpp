#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace kl {

namespace {

constexpr int kWaitMs = 2000;

} // namespace

SingleInstance::SingleInstance(const QString& libraryFolder, QObject* parent)
    : QObject(parent)
    , m_name(serverName(libraryFolder))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString& libraryFolder)
{
    const QString canonical = QFileInfo(libraryFolder).canonicalFilePath().isEmpty()
                                  ? QDir::cleanPath(QFileInfo(libraryFolder).absoluteFilePath())
                                  : QFileInfo(libraryFolder).canonicalFilePath();
    const QByteArray hash =
        QCryptographicHash::hash((qgetenv("USER") + '\n' + canonical).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    return QStringLiteral("kamerlezer-") + QString::fromLatin1(hash);
}

bool SingleInstance::handOver(const QStringList& files) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(kWaitMs))
        return false;
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out << files;
    socket.write(message);
    if (!socket.waitForBytesWritten(kWaitMs))
        return false;
    // The window says it has them; a window that hangs is as good as none.
    if (!socket.waitForReadyRead(kWaitMs))
        return false;
    return socket.readAll() == "ok";
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // Left behind by a window that crashed: nobody answers on it.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readFrom(socket); });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    return true;
}

void SingleInstance::readFrom(QLocalSocket* socket)
{
    QDataStream in(socket);
    in.startTransaction();
    QStringList files;
    in >> files;
    if (!in.commitTransaction())
        return; // the rest is still on its way
    socket->write("ok");
    socket->flush();
    Q_EMIT filesReceived(files);
}

} // namespace kl
