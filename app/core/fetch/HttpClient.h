#pragma once

#include "ContentCheck.h"
#include "HttpResult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace kl {

// GETs from the official sources, politely: at most four at a time, a user agent that names Kamerlezer, a
// timeout, retries with backoff on 429 (as Retry-After says), 5xx and dropped connections, and every body
// checked against its Content-Length and the kind of content asked for. Lives on one thread; the callbacks run
// on it, after the retries, once per request.
class HttpClient : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const HttpResult&)>;

    explicit HttpClient(QObject* parent = nullptr);
    ~HttpClient() override;

    // Queues a GET; `done` runs when it has an answer or has failed for good, unless `context` is gone.
    void get(const QUrl& url, ContentCheck::Expect expect, QObject* context, Done done);
    // Drops what is queued and aborts what runs: their callbacks run with `cancelled`.
    void cancelAll();
    int pending() const;

    // Seconds before the first retry (then doubled); the tests make it short.
    void setRetryDelay(double seconds) { m_retryDelay = seconds; }
    void setTimeout(int milliseconds) { m_timeout = milliseconds; }
    void setAttempts(int attempts) { m_attempts = attempts; }

    static constexpr int kMaxParallel = 4;

private:
    struct Request {
        QUrl url;
        ContentCheck::Expect expect;
        QPointer<QObject> context;
        Done done;
        int attempt = 0;
    };

    void startNext();
    void finished(QNetworkReply* reply, Request request);
    void retryLater(Request request, double seconds);
    void complete(Request& request, const HttpResult& result);

    QNetworkAccessManager* m_network;
    QList<Request> m_queue;
    QList<QNetworkReply*> m_running;
    QList<QNetworkReply*> m_aborted;   // by cancelAll: their end is a cancellation, not a dropped connection
    QHash<QTimer*, Request> m_waiting; // to be tried again
    double m_retryDelay = 1.0;
    int m_timeout = 60000;
    int m_attempts = 4;
};

} // namespace kl
