#include "ToezeggingFetch.h"

#include "HttpClient.h"
#include "ODataSchema.h"
#include "SourceQueries.h"
#include "TkToezeggingReader.h"

#include "library/Library.h"
#include "storage/Database.h"
#include "storage/ToezeggingRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace kl {

ToezeggingFetch::ToezeggingFetch(Library& library, const FetchSources& sources, QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_sources(sources)
    , m_http(new HttpClient(this))
{
    m_http->setTimeout(sources.timeoutMs);
    m_http->setRetryDelay(sources.retrySeconds);
}

void ToezeggingFetch::start(const QList<FollowedDossier>& dossiers, const QStringList& numbers)
{
    // The Toezegging fields have the same names in both versions of the service.
    static const ODataSchema schema = ODataSchema::version4();
    const SourceQueries queries(m_sources.tkOData, m_sources.koop, schema);
    ++m_pending; // held until every request is queued
    for (const FollowedDossier& f : dossiers)
        list(queries.tkDossierToezeggingen(f.dossier, QString()), QStringLiteral("dossier %1").arg(f.dossier.display()),
             f.dossier.addition.isEmpty() ? f.dossier.number
                                          : f.dossier.number + QLatin1Char('-') + f.dossier.addition);
    for (const QString& n : numbers)
        list(queries.tkToezeggingByNumber(n.trimmed().toUpper()), n, QString());
    QTimer::singleShot(0, this, &ToezeggingFetch::done);
}

void ToezeggingFetch::list(const QUrl& url, const QString& label, const QString& dossier)
{
    ++m_pending;
    m_http->get(url, ContentCheck::Json, this, [this, label, dossier](const HttpResult& r) {
        if (!r.ok()) {
            m_errors.append(QStringLiteral("%1: %2").arg(label, r.error));
        } else {
            const QJsonObject page = QJsonDocument::fromJson(r.body).object();
            if (page.contains(QLatin1String("error"))) {
                m_errors.append(QStringLiteral("%1: %2").arg(
                    label, page.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString()));
            } else {
                store(page.value(QLatin1String("value")).toArray(), dossier);
                const QString next = page.value(QLatin1String("@odata.nextLink")).toString();
                if (!next.isEmpty()) {
                    list(m_sources.tkNextPage(next), label, dossier);
                }
            }
        }
        done();
    });
}

void ToezeggingFetch::store(const QJsonArray& rows, const QString& dossier)
{
    Transaction transaction(m_library.database());
    ToezeggingRepository repository(m_library.database());
    for (const QJsonValue& row : rows) {
        const Toezegging t = TkToezeggingReader::read(row.toObject(), dossier);
        if (t.number.isEmpty() || t.text.isEmpty())
            continue;
        const Result<bool> stored = repository.storeRegistered(t);
        if (!stored) {
            m_errors.append(QStringLiteral("%1: %2").arg(t.number, stored.error().message()));
            return;
        }
        ++(*stored ? m_added : m_updated);
    }
    if (Result<void> r = transaction.commit(); !r) {
        m_errors.append(r.error().message());
        return;
    }
    m_library.notify({LibraryChange::Toezeggingen, {}});
}

void ToezeggingFetch::done()
{
    if (--m_pending == 0)
        Q_EMIT finished();
}

} // namespace kl
