#include "FetchTarget.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace kl {

namespace {

const QRegularExpression& publicationPattern()
{
    // kst-36600-VI-48, kst-36450-C, kst-21501-20-1234, ah-tk-20232024-1234, kv-tk-2024Z01234, h-tk-20232024-40-6,
    // blg-1007826, stcrt-/stb- are not Kamer documents.
    static const QRegularExpression re(
        QStringLiteral("(?<![\\w-])(kst-\\d+(?:-[A-Z]{1,5}|-\\d{1,3})?-(?:\\d+[a-z]?|[A-Z]{1,3})"
                       "|ah-(?:tk|ek)-\\d{8}-\\d+|kv-(?:tk|ek)-\\d{4}Z\\d{5}|h-(?:tk|ek)-\\d{8}-\\d+(?:-\\d+)?"
                       "|blg-\\d+)(?![\\w-])"));
    return re;
}

const QRegularExpression& documentNumberPattern()
{
    static const QRegularExpression re(QStringLiteral("(?<![\\w])(\\d{4}D\\d{5})(?![\\w])"));
    return re;
}

const QRegularExpression& guidPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re;
}

FetchTarget fromText(const QString& text)
{
    FetchTarget t;
    if (const auto m = publicationPattern().match(text); m.hasMatch()) {
        t.kind = FetchTarget::Publication;
        t.value = m.captured(1);
    } else if (const auto n = documentNumberPattern().match(text); n.hasMatch()) {
        t.kind = FetchTarget::DocumentNumber;
        t.value = n.captured(1);
    } else if (guidPattern().match(text).hasMatch()) {
        t.kind = FetchTarget::DocumentGuid;
        t.value = text.toLower();
    }
    return t;
}

} // namespace

FetchTarget FetchTarget::parse(const QString& text)
{
    const QString input = text.trimmed();
    FetchTarget t;
    const QUrl url(input);
    if (url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))) {
        // tweedekamer.nl names documents in the query (?id=2024D40329&did=2024D40329, or a GUID for a download);
        // the publication sites in the path.
        const QUrlQuery query(url);
        for (const char* key : {"did", "id", "documentId"}) {
            const QString value = query.queryItemValue(QLatin1String(key));
            if (!value.isEmpty() && (t = fromText(value)).isValid())
                break;
        }
        if (!t.isValid())
            t = fromText(url.path());
    } else {
        t = fromText(input);
        // A bare id must be the whole input, not a word in a sentence.
        if (t.isValid() && t.value.compare(input, Qt::CaseInsensitive) != 0)
            t = {};
    }
    t.input = input;
    return t;
}

} // namespace kl
