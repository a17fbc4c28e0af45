#include "VoteFetch.h"

#include "HttpClient.h"
#include "SourceQueries.h"
#include "TkVotesReader.h"

#include "library/Library.h"
#include "library/OfficialStore.h"

namespace kl {

VoteFetch::VoteFetch(Library& library, const FetchSources& sources, QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_sources(sources)
    , m_http(new HttpClient(this))
{
    m_http->setTimeout(sources.timeoutMs);
    m_http->setRetryDelay(sources.retrySeconds);
}

bool VoteFetch::start(qint64 letterId)
{
    const std::optional<LetterRecord> letter = m_library.letter(letterId);
    if (!letter || letter->metadata.zaak.isEmpty())
        return false;
    OfficialRecord record;
    record.source = QStringLiteral("tk");
    for (const OfficialSource& s : OfficialStore(m_library).sources(letterId))
        if (s.record.source == record.source)
            record = s.record;
    const SourceQueries queries(m_sources.tkOData, m_sources.koop, m_schema);
    m_http->get(queries.tkVotes(letter->metadata.zaak), ContentCheck::Json, this,
                [this, letterId, record](const HttpResult& r) mutable {
                    if (!r.ok()) {
                        m_error = r.error;
                    } else {
                        m_result = TkVotesReader::readPage(r.body);
                        record.votes = m_result;
                        if (!m_result.isEmpty())
                            OfficialStore(m_library).updateRecord(letterId, record, &m_error);
                    }
                    Q_EMIT finished();
                });
    return true;
}

} // namespace kl
