#include "FetchJob.h"

#include "HttpClient.h"
#include "SourceQueries.h"
#include "SruPage.h"
#include "TkDocumentReader.h"
#include "TkVotesReader.h"

#include "import/DocumentReader.h"
#include "library/FollowedDossiers.h"
#include "library/Library.h"
#include "library/OfficialStore.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtConcurrent>

namespace kl {

namespace {

// Change stamps compared as times: the sources write them with 2 to 7 decimals.
bool newer(const QString& a, const QString& b)
{
    if (b.isEmpty())
        return !a.isEmpty();
    const QDateTime ta = QDateTime::fromString(a, Qt::ISODateWithMs);
    const QDateTime tb = QDateTime::fromString(b, Qt::ISODateWithMs);
    if (ta.isValid() && tb.isValid())
        return ta > tb;
    return a > b;
}

QString tkProblem(const QString& what)
{
    return FetchJob::tr("Tweede Kamer open data: %1").arg(what);
}

QString koopProblem(const QString& what)
{
    return FetchJob::tr("KOOP (officiële publicaties): %1").arg(what);
}

} // namespace

FetchJob::FetchJob(Library& library, const FetchSources& sources, QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_sources(sources)
    , m_http(new HttpClient(this))
    , m_schema(ODataSchema::version4())
{
    m_http->setTimeout(sources.timeoutMs);
    m_http->setRetryDelay(sources.retrySeconds);
}

FetchJob::~FetchJob()
{
    delete m_queries;
}

void FetchJob::fetch(const QList<FetchTarget>& targets)
{
    m_targets = targets;
    start();
}

void FetchJob::update(const QList<FollowedDossier>& dossiers)
{
    for (const FollowedDossier& f : dossiers) {
        m_dossiers.append({f, f.tkCursor, f.koopCursor, {}, {}, {}});
        m_summary.dossiers.append({f.dossier, 0, 0, 0, 0, {}});
    }
    start();
}

void FetchJob::start()
{
    m_running = true;
    m_phase = Phase::Listing;
    Q_EMIT progress(0, 0, QString());
    begin();
    withSchema([this] {
        for (const FetchTarget& target : std::as_const(m_targets))
            resolveTarget(target);
        for (int i = 0; i < m_dossiers.size(); ++i)
            listDossier(i);
        end();
    });
}

void FetchJob::withSchema(std::function<void()> then)
{
    if (!m_queries)
        m_queries = new SourceQueries(m_sources.tkOData, m_sources.koop, m_schema);
    if (m_schemaRead) {
        then();
        return;
    }
    // The field names of this version of the service; when $metadata cannot be had, version 4's, and the
    // queries themselves will say what is wrong with the service.
    m_http->get(m_queries->tkMetadata(), ContentCheck::Xml, this, [this, then](const HttpResult& r) {
        if (r.ok() && m_schema.parse(r.body))
            m_schemaRead = true;
        else
            m_schema = ODataSchema::version4();
        then();
    });
}

void FetchJob::listTk(const QUrl& url, std::function<void(const QJsonArray&)> rows, std::function<void()> done,
                      std::function<void(const QString&)> failed)
{
    begin();
    m_http->get(url, ContentCheck::Json, this, [=, this](const HttpResult& r) {
        if (m_cancelled || r.cancelled) {
            end();
            return;
        }
        if (!r.ok()) {
            failed(r.error);
            end();
            return;
        }
        const QJsonObject page = QJsonDocument::fromJson(r.body).object();
        if (page.contains(QLatin1String("error"))) {
            failed(page.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString());
            end();
            return;
        }
        // One Document (by its key) comes as the object itself.
        if (page.contains(QLatin1String("value")))
            rows(page.value(QLatin1String("value")).toArray());
        else if (page.contains(QLatin1String("Id")))
            rows(QJsonArray{page});
        const QString next = page.value(QLatin1String("@odata.nextLink")).toString();
        if (!next.isEmpty()) {
            listTk(m_sources.tkNextPage(next), rows, done, failed);
        } else {
            done();
        }
        end();
    });
}

void FetchJob::listDossier(int index)
{
    const FollowedDossier f = m_dossiers[index].followed;
    const TkDocumentReader reader(m_schema, m_sources);
    auto noteProblem = [this, index](const QString& problem) { noteDossierProblem(index, problem); };
    listTk(
        m_queries->tkDossierDocuments(f.dossier, f.tkCursor),
        [this, index, reader](const QJsonArray& rows) {
            for (const QJsonValue& row : rows) {
                const FetchItem item = reader.read(row.toObject());
                m_dossiers[index].tkItems.append(item);
                if (newer(item.record.modified, m_dossiers[index].tkNewest))
                    m_dossiers[index].tkNewest = item.record.modified;
            }
        },
        [] {}, [noteProblem](const QString& e) { noteProblem(tkProblem(e)); });
    if (!f.tkCursor.isEmpty())
        listTk(
            m_queries->tkDossierDocuments(f.dossier, f.tkCursor, true),
            [this, index, reader](const QJsonArray& rows) {
                for (const QJsonValue& row : rows)
                    m_dossiers[index].withdrawn.append(reader.read(row.toObject()));
            },
            [] {}, [noteProblem](const QString& e) { noteProblem(tkProblem(e)); });
    listSru(index, 1);
}

void FetchJob::listSru(int index, int start)
{
    const Dossier dossier = m_dossiers[index].followed.dossier;
    begin();
    m_http->get(m_queries->sruDossier(dossier, m_dossiers[index].followed.koopCursor, start), ContentCheck::Xml, this,
                [this, index, start, dossier](const HttpResult& r) {
                    if (m_cancelled || r.cancelled) {
                        end();
                        return;
                    }
                    const SruPage page = r.ok() ? SruPage::parse(r.body, m_sources) : SruPage{};
                    const QString problem = !r.ok() ? r.error : !page.error.isEmpty() ? page.error : page.diagnostic;
                    if (!problem.isEmpty()) {
                        noteDossierProblem(index, koopProblem(problem));
                        end();
                        return;
                    }
                    DossierState& state = m_dossiers[index];
                    for (const FetchItem& item : page.items) {
                        // KOOP files a budget chapter's documents under the bare number: keep this dossier's.
                        if (!item.record.metadata.dossiers.contains(dossier))
                            continue;
                        state.koopItems.append(item);
                        if (item.record.modified > state.koopNewest)
                            state.koopNewest = item.record.modified;
                    }
                    if (page.nextRecordPosition > start && !page.items.isEmpty())
                        listSru(index, page.nextRecordPosition);
                    end();
                });
}

void FetchJob::noteDossierProblem(int dossier, const QString& problem)
{
    // Both Tweede Kamer queries fail alike when the host is away: said once.
    QString& said = m_summary.dossiers[dossier].problem;
    if (said.split(QStringLiteral("; ")).contains(problem))
        return;
    said += (said.isEmpty() ? QString() : QStringLiteral("; ")) + problem;
}

void FetchJob::resolveTarget(const FetchTarget& target)
{
    const TkDocumentReader reader(m_schema, m_sources);
    auto failed = [this, target](const QString& e) { fail(-1, target.input, e); };
    if (target.kind == FetchTarget::DocumentNumber || target.kind == FetchTarget::DocumentGuid) {
        auto found = std::make_shared<bool>(false);
        listTk(
            target.kind == FetchTarget::DocumentNumber ? m_queries->tkDocumentByNumber(target.value)
                                                       : m_queries->tkDocumentById(target.value),
            [this, reader, found](const QJsonArray& rows) {
                for (const QJsonValue& row : rows) {
                    m_targetItems.append(reader.read(row.toObject()));
                    *found = true;
                }
            },
            [this, target, found] {
                if (!*found)
                    fail(-1, target.input, tr("the Tweede Kamer has no document %1").arg(target.value));
            },
            [failed](const QString& e) { failed(tkProblem(e)); });
        return;
    }
    begin();
    m_http->get(
        m_queries->sruPublication(target.value), ContentCheck::Xml, this, [this, target, failed](const HttpResult& r) {
            if (!m_cancelled && !r.cancelled) {
                const SruPage page = r.ok() ? SruPage::parse(r.body, m_sources) : SruPage{};
                const QString problem = !r.ok() ? r.error : !page.error.isEmpty() ? page.error : page.diagnostic;
                bool found = false;
                for (const FetchItem& item : page.items)
                    if (!found && item.record.metadata.publicationId() == target.value) {
                        m_targetItems.append(item);
                        found = true;
                    }
                if (!problem.isEmpty())
                    failed(koopProblem(problem));
                else if (!found)
                    fail(-1, target.input, tr("KOOP has no publication %1").arg(target.value));
            }
            end();
        });
}

void FetchJob::plan()
{
    for (const FetchItem& item : std::as_const(m_targetItems))
        planItem(item, -1);
    for (int i = 0; i < m_dossiers.size(); ++i) {
        DossierState& state = m_dossiers[i];
        QHash<QString, int> planned; // publication id -> index in m_planned, of this dossier's TK items
        for (const FetchItem& item : std::as_const(state.tkItems)) {
            const int before = m_planned.size();
            planItem(item, i);
            if (m_planned.size() > before && !item.record.metadata.publicationId().isEmpty())
                planned.insert(item.record.metadata.publicationId(), before);
        }
        for (const FetchItem& item : std::as_const(state.koopItems)) {
            const int at = planned.value(item.record.metadata.publicationId(), -1);
            if (at >= 0)
                m_planned[at].alsoSays.append(item.record); // the same files: fetched once, both records kept
            else
                planItem(item, i);
        }
        for (const FetchItem& item : std::as_const(state.withdrawn)) {
            const qint64 letter = OfficialStore(m_library).letterWithTkDocument(item.record.tkDocumentId);
            if (letter == 0)
                continue;
            QString error;
            if (OfficialStore(m_library).markWithdrawn(letter, QStringLiteral("tk"), item.record.modified, &error))
                finishItem({FetchOutcome::Withdrawn, item.label(), letter, {}, i});
            else
                fail(i, item.label(), error);
        }
    }
}

void FetchJob::planItem(const FetchItem& item, int dossier)
{
    OfficialStore store(m_library);
    const QString id = item.record.metadata.publicationId();
    if (m_plannedLabels.contains(item.label()))
        return; // listed twice (a document in two followed dossiers, a target given twice)
    qint64 letter = item.record.tkDocumentId.isEmpty() ? 0 : store.letterWithTkDocument(item.record.tkDocumentId);
    if (letter == 0 && !id.isEmpty())
        letter = m_library.resolveId(id);
    if (letter != 0) {
        const QString stored = store.modifiedOf(letter, item.record.source);
        if (!stored.isEmpty() && stored == item.record.modified) {
            finishItem({FetchOutcome::Unchanged, item.label(), letter, {}, dossier});
            return;
        }
        // Here already from the other source, or imported by hand: what this source says is added, the files
        // are not fetched again. A Tweede Kamer record that changed brings its files again.
        if (item.record.source == QLatin1String("koop") || item.files.isEmpty()) {
            QString error;
            if (store.updateRecord(letter, item.record, &error))
                finishItem({FetchOutcome::Changed, item.label(), letter, {}, dossier});
            else
                fail(dossier, item.label(), error);
            return;
        }
    }
    if (item.files.isEmpty() && item.record.source == QLatin1String("koop")) {
        // KOOP's records sometimes point at another publication's files: those are not this one.
        fail(dossier, item.label(), tr("KOOP's record names no file of this publication"));
        return;
    }
    if (item.files.isEmpty()) {
        finishItem({FetchOutcome::Skipped, item.label(), 0,
                    tr("no PDF or XML to fetch (the Kamer has only a Word file of it)"), dossier});
        return;
    }
    m_planned.append({item, dossier, letter, {}});
    m_plannedLabels.insert(item.label());
}

void FetchJob::download(int index)
{
    const FetchItem& item = m_planned[index].item;
    const int files = item.files.size();
    auto bodies = std::make_shared<QList<QByteArray>>(files);
    auto answered = std::make_shared<int>(0);
    auto problem = std::make_shared<QString>();
    begin();
    for (int f = 0; f < files; ++f) {
        const FetchItem::File file = item.files[f];
        m_http->get(file.url, file.expect, this, [=, this](const HttpResult& r) {
            if (r.ok())
                (*bodies)[f] = r.body;
            else if (!(r.notFound && file.optional) && problem->isEmpty())
                *problem = r.cancelled ? tr("cancelled") : QStringLiteral("%1: %2").arg(file.name, r.error);
            if (++*answered < files)
                return;
            if (m_cancelled) {
                end();
                return;
            }
            bool any = false;
            for (const QByteArray& b : std::as_const(*bodies))
                any = any || !b.isEmpty();
            if (!problem->isEmpty())
                fail(m_planned[index].dossier, m_planned[index].item.label(), *problem);
            else if (!any)
                fail(m_planned[index].dossier, m_planned[index].item.label(), tr("the source has none of its files"));
            else
                downloaded(index, *bodies);
            end();
        });
    }
}

void FetchJob::downloaded(int index, const QList<QByteArray>& bodies)
{
    // Reading a PDF takes a while: on a worker thread, so the window does not wait.
    auto* watcher = new QFutureWatcher<QList<DocumentReader::FileRead>>(this);
    begin();
    connect(watcher, &QFutureWatcherBase::finished, this, [this, index, watcher] {
        watcher->deleteLater();
        if (m_cancelled) {
            end();
            return;
        }
        Planned& p = m_planned[index];
        const QList<DocumentReader::FileRead> all = watcher->result();
        QList<DocumentReader::FileRead> reads;
        QStringList names;
        const QString id = p.item.record.metadata.publicationId();
        for (int f = 0; f < all.size(); ++f) {
            if (all[f].bytes.isEmpty())
                continue; // an optional file the source does not have
            const QString name = p.item.files[f].name;
            if (!all[f].result.ok()) {
                fail(p.dossier, p.item.label(), QStringLiteral("%1: %2").arg(name, all[f].result.error));
                end();
                return;
            }
            // The XML says which publication it is; a source that points at another one's file is caught here.
            const QString says = all[f].result.document.metadata.publicationId();
            if (all[f].format != FileFormat::Pdf && !id.isEmpty() && !says.isEmpty() && says != id) {
                fail(p.dossier, p.item.label(), tr("%1 is %2, not %3").arg(name, says, id));
                end();
                return;
            }
            reads.append(all[f]);
            names.append(name);
        }
        const ImportOutcome outcome =
            OfficialStore(m_library).storeFetched(reads, names, p.item.record, p.dossier >= 0, p.alsoSays);
        if (outcome.failed()) {
            fail(p.dossier, p.item.label(), outcome.message);
            end();
            return;
        }
        const FetchOutcome::Status status =
            p.letterId != 0 || outcome.status != ImportOutcome::Imported ? FetchOutcome::Changed : FetchOutcome::Added;
        stored(index, outcome.letterId, status);
        end();
    });
    watcher->setFuture(QtConcurrent::run([bodies] {
        QList<DocumentReader::FileRead> reads;
        for (const QByteArray& b : bodies)
            reads.append(b.isEmpty() ? DocumentReader::FileRead{} : DocumentReader::readBytes(b));
        return reads;
    }));
}

void FetchJob::stored(int index, qint64 letterId, FetchOutcome::Status status)
{
    const Planned& p = m_planned[index];
    if (!p.item.hasVotes()) {
        finishItem({status, p.item.label(), letterId, {}, p.dossier});
        return;
    }
    begin();
    m_http->get(m_queries->tkVotes(p.item.record.metadata.zaak), ContentCheck::Json, this,
                [this, index, letterId, status](const HttpResult& r) {
                    Planned& p = m_planned[index];
                    FetchOutcome outcome{status, p.item.label(), letterId, {}, p.dossier};
                    if (r.ok()) {
                        p.item.record.votes = TkVotesReader::readPage(r.body);
                        if (!p.item.record.votes.isEmpty())
                            OfficialStore(m_library).updateRecord(letterId, p.item.record);
                    } else if (!r.cancelled) {
                        // The document is stored; the votes come with the next update.
                        outcome.message = tr("votes: %1").arg(r.error);
                    }
                    finishItem(outcome);
                    end();
                });
}

void FetchJob::recheckVotes(int dossier)
{
    // A motie is voted on days or weeks after it is printed, and that does not change its Document: the recent
    // moties of the dossier whose outcome is not known yet are asked again at every check.
    const QDate since = QDate::currentDate().addDays(-kVoteWindowDays);
    QSet<qint64> planned;
    for (const Planned& p : std::as_const(m_planned))
        planned.insert(p.letterId);
    OfficialStore store(m_library);
    for (const LetterRecord& l : m_library.letters(m_dossiers[dossier].followed.dossier.number)) {
        const DocumentMetadata& m = l.metadata;
        if ((m.kind != QLatin1String("motie") && m.kind != QLatin1String("amendement")) || m.zaak.isEmpty() ||
            !m.date.isValid() || m.date < since || planned.contains(l.id))
            continue;
        OfficialRecord tk;
        for (const OfficialSource& s : store.sources(l.id))
            if (s.record.source == QLatin1String("tk"))
                tk = s.record;
        const QString known = tk.votes.outcome;
        if (tk.source.isEmpty() || known == QLatin1String("aangenomen") || known == QLatin1String("verworpen") ||
            known == QLatin1String("ingetrokken"))
            continue;
        begin();
        m_http->get(m_queries->tkVotes(m.zaak), ContentCheck::Json, this,
                    [this, dossier, tk, id = l.id, label = m.publicationId()](const HttpResult& r) mutable {
                        if (r.ok() && !m_cancelled) {
                            const VoteResult votes = TkVotesReader::readPage(r.body);
                            if (!votes.isEmpty() && votes.outcome != tk.votes.outcome) {
                                tk.votes = votes;
                                if (OfficialStore(m_library).updateRecord(id, tk))
                                    finishItem({FetchOutcome::Changed, label, id, tr("voted"), dossier}, false);
                            }
                        }
                        end();
                    });
    }
}

void FetchJob::fail(int dossier, const QString& label, const QString& message)
{
    finishItem({FetchOutcome::Failed, label, 0, message, dossier});
}

void FetchJob::finishItem(const FetchOutcome& outcome, bool planned)
{
    m_summary.outcomes.append(outcome);
    if (outcome.dossier >= 0) {
        FetchSummary::PerDossier& d = m_summary.dossiers[outcome.dossier];
        d.added += outcome.status == FetchOutcome::Added;
        d.changed += outcome.status == FetchOutcome::Changed;
        d.withdrawn += outcome.status == FetchOutcome::Withdrawn;
        d.failed += outcome.status == FetchOutcome::Failed;
    }
    if (planned && m_phase == Phase::Downloading && outcome.status != FetchOutcome::Unchanged) {
        ++m_done;
        Q_EMIT progress(m_done, m_planned.size(), outcome.label);
    }
    Q_EMIT itemDone(outcome);
}

void FetchJob::end()
{
    if (--m_pendingCalls == 0)
        advance();
}

void FetchJob::advance()
{
    if (m_phase == Phase::Listing && !m_cancelled) {
        plan();
        m_phase = Phase::Downloading;
        Q_EMIT progress(0, m_planned.size(), QString());
        begin();
        for (int i = 0; i < m_planned.size(); ++i)
            download(i);
        for (int i = 0; i < m_dossiers.size(); ++i)
            recheckVotes(i);
        end(); // finishes at once when there is nothing to fetch
        return;
    }
    finish();
}

void FetchJob::finish()
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_summary.cancelled = m_cancelled;
    FollowedDossiers followed(m_library);
    for (int i = 0; i < m_dossiers.size(); ++i) {
        const DossierState& state = m_dossiers[i];
        const FetchSummary::PerDossier& d = m_summary.dossiers[i];
        // The cursors move only past a complete update: whatever failed is asked for again next time.
        const bool complete = !m_cancelled && d.problem.isEmpty() && d.failed == 0;
        const QString problem = m_cancelled ? tr("cancelled") : problemOf(i);
        followed.recordUpdate(state.followed.id, complete ? state.tkNewest : state.followed.tkCursor,
                              complete ? state.koopNewest : state.followed.koopCursor, complete ? QString() : problem);
    }
    m_running = false;
    Q_EMIT finished();
}

QString FetchJob::problemOf(int dossier) const
{
    const FetchSummary::PerDossier& d = m_summary.dossiers[dossier];
    if (!d.problem.isEmpty())
        return d.problem;
    return d.failed == 0 ? QString() : tr("%n document(s) could not be fetched", nullptr, d.failed);
}

void FetchJob::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_http->cancelAll();
}

} // namespace kl
