#include "ContentCheck.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace kl {

namespace {

// The body without a byte-order mark and leading white space.
QByteArray head(const QByteArray& body)
{
    QByteArray h = body.left(512);
    if (h.startsWith("\xEF\xBB\xBF"))
        h.remove(0, 3);
    return h.trimmed();
}

bool looksLikeHtml(const QByteArray& h, const QString& contentType)
{
    const QByteArray lower = h.left(64).toLower();
    return contentType.contains(QLatin1String("text/html")) || lower.startsWith("<!doctype html") ||
           lower.startsWith("<html");
}

} // namespace

QString ContentCheck::problem(Expect expect, const QByteArray& body, const QString& contentType)
{
    if (body.isEmpty())
        return tr("the server sent nothing");
    const QByteArray h = head(body);
    switch (expect) {
    case Json: {
        QJsonParseError error;
        QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError)
            return looksLikeHtml(h, contentType)
                       ? tr("the server sent an HTML page, not data")
                       : tr("the server's answer is not valid JSON (%1)").arg(error.errorString());
        return {};
    }
    case Xml:
        if (!h.startsWith('<') || looksLikeHtml(h, contentType))
            return tr("the server sent %1, not XML").arg(contentType.isEmpty() ? tr("something else") : contentType);
        return {};
    case Pdf:
        if (!body.startsWith("%PDF-"))
            return looksLikeHtml(h, contentType) ? tr("the server sent an HTML page, not a PDF")
                                                 : tr("the file is not a PDF");
        if (!body.right(1024).contains("%%EOF"))
            return tr("the PDF is cut short (no end of file)");
        return {};
    case Document:
        if (body.startsWith("%PDF-"))
            return problem(Pdf, body, contentType);
        if (!h.startsWith('<'))
            return tr("the file is neither a PDF nor XML or HTML");
        return {};
    }
    return {};
}

} // namespace kl
