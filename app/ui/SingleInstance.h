#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace kl {

// One window per library: a second `kamerlezer FILE` on the same library hands its files to the window that is
// open (which imports and opens them, and comes forward) and ends, instead of opening a second window that would
// go stale. The window listens on a local socket named after the library's folder.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(const QString& libraryFolder, QObject* parent = nullptr);
    ~SingleInstance() override;

    // Gives the files to the window already open on this library; true when there is one and it took them.
    bool handOver(const QStringList& files) const;
    // Becomes the window that others hand their files to; false when the socket cannot be made.
    bool listen();

    // The socket's name for a library folder: per user and folder, short enough for every platform.
    static QString serverName(const QString& libraryFolder);

Q_SIGNALS:
    // Another start asked for these files (possibly none: then only come forward).
    void filesReceived(const QStringList& files);

private:
    void readFrom(QLocalSocket* socket);

    QString m_name;
    QLocalServer* m_server = nullptr;
};

} // namespace kl
