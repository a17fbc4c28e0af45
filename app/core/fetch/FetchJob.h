#pragma once

#include "FetchItem.h"
#include "FetchSources.h"
#include "FetchSummary.h"
#include "FetchTarget.h"
#include "ODataSchema.h"

#include "library/FollowedDossier.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <functional>

namespace kl {

class HttpClient;
class Library;
class SourceQueries;

// Fetches publications from the official sources into the library, in the background: by id or address
// (fetch), or everything new and changed in the followed dossiers since their cursors (update; the first
// update of a dossier fetches all of it). It lists what the sources have, downloads the files of each
// publication (four requests at a time), reads them on a worker thread and stores each publication whole, with
// its official metadata and a motie's votes. Failures are per publication and per source: what was stored is
// whole, what failed is said and tried again at the next update (the cursor of a dossier with failures stays).
class FetchJob : public QObject {
    Q_OBJECT
public:
    FetchJob(Library& library, const FetchSources& sources, QObject* parent = nullptr);
    ~FetchJob() override;

    HttpClient& http() { return *m_http; }

    void fetch(const QList<FetchTarget>& targets);
    void update(const QList<FollowedDossier>& dossiers);
    // Stops: what is stored stays whole, the rest is not stored; finished() follows.
    void cancel();
    bool isRunning() const { return m_running; }
    const FetchSummary& summary() const { return m_summary; }

Q_SIGNALS:
    // `done` of `total` publications; `current` is the one being fetched (empty while listing).
    void progress(int done, int total, const QString& current);
    void itemDone(const kl::FetchOutcome& outcome);
    void finished();

private:
    struct Planned {
        FetchItem item;
        int dossier = -1;
        qint64 letterId = 0;            // the letter already here, 0 when new
        QList<OfficialRecord> alsoSays; // what the other source says of the same publication
    };
    struct DossierState {
        FollowedDossier followed;
        QString tkNewest;
        QString koopNewest;
        QList<FetchItem> tkItems;
        QList<FetchItem> koopItems;
        QList<FetchItem> withdrawn;
    };

    void start();
    void withSchema(std::function<void()> then);
    void listTk(const QUrl& url, std::function<void(const QJsonArray&)> rows, std::function<void()> done,
                std::function<void(const QString&)> failed);
    void listSru(int dossier, int start);
    void listDossier(int index);
    void noteDossierProblem(int dossier, const QString& problem);
    void resolveTarget(const FetchTarget& target);
    void plan();
    void planItem(const FetchItem& item, int dossier);
    void download(int index);
    void downloaded(int index, const QList<QByteArray>& bodies);
    void stored(int index, qint64 letterId, FetchOutcome::Status status);
    void recheckVotes(int dossier);
    void fail(int dossier, const QString& label, const QString& message);
    // `planned`: one of the planned publications (not a vote asked again).
    void finishItem(const FetchOutcome& outcome, bool planned = true);
    void begin() { ++m_pendingCalls; }
    void end();
    void advance();
    void finish();
    QString problemOf(int dossier) const;

    Library& m_library;
    FetchSources m_sources;
    HttpClient* m_http;
    ODataSchema m_schema;
    bool m_schemaRead = false;
    SourceQueries* m_queries = nullptr;

    enum class Phase { Idle, Listing, Downloading, Done } m_phase = Phase::Idle;
    bool m_running = false;
    bool m_cancelled = false;
    int m_pendingCalls = 0;
    QList<FetchTarget> m_targets;
    QList<FetchItem> m_targetItems;
    QList<DossierState> m_dossiers;
    QList<Planned> m_planned;
    QSet<QString> m_plannedLabels; // a big dossier lists thousands: no search through m_planned each time
    int m_done = 0;
    // How long after its date a motie's outcome is asked again while it is not known.
    static constexpr int kVoteWindowDays = 120;
    FetchSummary m_summary;
};

} // namespace kl
