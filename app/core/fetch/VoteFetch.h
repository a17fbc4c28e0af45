#pragma once

#include "FetchSources.h"
#include "ODataSchema.h"

#include "document/VoteResult.h"

#include <QObject>

namespace kl {

class HttpClient;
class Library;

// Asks the Tweede Kamer how it decided on one motie or amendement (by its Zaak) and keeps the answer with the
// letter: for a letter imported by hand, or votes that came after the document was fetched.
class VoteFetch : public QObject {
    Q_OBJECT
public:
    VoteFetch(Library& library, const FetchSources& sources, QObject* parent = nullptr);

    // finished() follows; false when the letter has no Zaak to ask about (nothing is asked then).
    bool start(qint64 letterId);
    VoteResult result() const { return m_result; }
    QString error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    Library& m_library;
    FetchSources m_sources;
    HttpClient* m_http;
    ODataSchema m_schema = ODataSchema::version4();
    VoteResult m_result;
    QString m_error;
};

} // namespace kl
