#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace kl {

// What one GET came back with, after the retries: the body, or what went wrong in words a user can act on.
struct HttpResult {
    QUrl url;
    int status = 0; // the HTTP status; 0 when no answer came
    QByteArray body;
    QString contentType;
    QString error;         // empty when the body is what was asked for
    bool notFound = false; // 404/410: the source has no such file (not a failure of the source)
    bool cancelled = false;

    bool ok() const { return error.isEmpty(); }
};

} // namespace kl
