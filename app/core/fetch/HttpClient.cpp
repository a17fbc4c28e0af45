#include "HttpClient.h"

#include "FetchSources.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace kl {

namespace {

// Errors of the connection that a later try may not see: the server or the network was away for a moment.
bool transient(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ConnectionRefusedError:
        return true;
    default:
        return false;
    }
}

const char* acceptHeader(ContentCheck::Expect expect)
{
    switch (expect) {
    case ContentCheck::Json:
        return "application/json";
    case ContentCheck::Xml:
        return "application/xml, text/xml";
    case ContentCheck::Pdf:
        return "application/pdf";
    case ContentCheck::Document:
        break;
    }
    return "*/*";
}

} // namespace

HttpClient::HttpClient(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

HttpClient::~HttpClient()
{
    // The callbacks' owners may be going too: nothing runs from here on.
    m_queue.clear();
    for (QNetworkReply* reply : std::as_const(m_running)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

int HttpClient::pending() const
{
    return m_queue.size() + m_running.size() + m_waiting.size();
}

void HttpClient::get(const QUrl& url, ContentCheck::Expect expect, QObject* context, Done done)
{
    m_queue.append({url, expect, context, std::move(done), 0});
    startNext();
}

void HttpClient::startNext()
{
    while (m_running.size() < kMaxParallel && !m_queue.isEmpty()) {
        Request request = m_queue.takeFirst();
        if (!request.context)
            continue;
        QNetworkRequest q(request.url);
        q.setHeader(QNetworkRequest::UserAgentHeader, FetchSources::userAgent());
        q.setRawHeader("Accept", acceptHeader(request.expect));
        q.setTransferTimeout(m_timeout);
        QNetworkReply* reply = m_network->get(q);
        m_running.append(reply);
        connect(reply, &QNetworkReply::finished, this, [this, reply, request] { finished(reply, request); });
    }
}

void HttpClient::finished(QNetworkReply* reply, Request request)
{
    m_running.removeOne(reply);
    reply->deleteLater();
    HttpResult result;
    result.url = request.url;
    if (m_aborted.removeOne(reply)) {
        result.cancelled = true;
        result.error = tr("cancelled");
        complete(request, result);
        return;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    const QNetworkReply::NetworkError error = reply->error();
    if (reply->isOpen())
        result.body = reply->readAll();
    const double retryAfter = reply->rawHeader("Retry-After").toDouble();
    const double backoff = m_retryDelay * std::pow(2.0, request.attempt);
    const bool canRetry = request.attempt + 1 < m_attempts;

    if (result.status == 404 || result.status == 410) {
        result.notFound = true;
        result.error = tr("the source has no such file (HTTP %1)").arg(result.status);
    } else if (result.status == 429 || result.status >= 500) {
        result.error = result.status == 429 ? tr("the server asks to slow down (HTTP 429)")
                                            : tr("the server had an error (HTTP %1)").arg(result.status);
        if (canRetry) {
            // Retry-After is honoured up to a minute; a server asking for longer is treated as down.
            retryLater(request, result.status == 429 && retryAfter > 0 ? std::min(retryAfter, 60.0) : backoff);
            startNext();
            return;
        }
    } else if (error != QNetworkReply::NoError && result.status == 0) {
        result.error = error == QNetworkReply::OperationCanceledError ? tr("no answer in time") : reply->errorString();
        if (transient(error) && canRetry) {
            retryLater(request, backoff);
            startNext();
            return;
        }
    } else if (result.status >= 400 || error != QNetworkReply::NoError) {
        result.error = tr("the server refused the request (HTTP %1)").arg(result.status);
    } else {
        const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
        if (declared.isValid() && declared.toLongLong() != result.body.size()) {
            result.error =
                tr("the answer was cut off (%1 of %2 bytes)").arg(result.body.size()).arg(declared.toLongLong());
            if (canRetry) {
                retryLater(request, backoff);
                startNext();
                return;
            }
        } else {
            result.error = ContentCheck::problem(request.expect, result.body, result.contentType);
        }
    }
    if (!result.ok())
        result.body.clear();
    complete(request, result);
    startNext();
}

void HttpClient::retryLater(Request request, double seconds)
{
    ++request.attempt;
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    m_waiting.insert(timer, request);
    connect(timer, &QTimer::timeout, this, [this, timer] {
        m_queue.prepend(m_waiting.take(timer));
        timer->deleteLater();
        startNext();
    });
    timer->start(int(seconds * 1000));
}

void HttpClient::complete(Request& request, const HttpResult& result)
{
    if (request.context && request.done)
        request.done(result);
}

void HttpClient::cancelAll()
{
    QList<Request> dropped;
    dropped.swap(m_queue);
    for (auto it = m_waiting.begin(); it != m_waiting.end(); ++it) {
        it.key()->stop();
        it.key()->deleteLater();
        dropped.append(it.value());
    }
    m_waiting.clear();
    const QList<QNetworkReply*> running = m_running;
    for (QNetworkReply* reply : running) {
        m_aborted.append(reply);
        reply->abort(); // finished() follows, and reports the cancellation
    }
    for (Request& request : dropped) {
        HttpResult r;
        r.url = request.url;
        r.cancelled = true;
        r.error = tr("cancelled");
        complete(request, r);
    }
}

} // namespace kl
