#pragma once

#include "FetchSources.h"

#include "library/FollowedDossier.h"

#include <QJsonArray>
#include <QObject>
#include <QStringList>

#include <functional>

namespace kl {

class HttpClient;
class Library;

// Reads the Tweede Kamer's register of toezeggingen (Toezegging in its open data) into the library: those of the
// followed dossiers, and single ones by number (TZ202410-113). Each is stored as the register has it now, its
// status updated when the register changed it (ToezeggingRepository::storeRegistered). The register is small per
// dossier, so every run reads a dossier's whole list.
class ToezeggingFetch : public QObject {
    Q_OBJECT
public:
    ToezeggingFetch(Library& library, const FetchSources& sources, QObject* parent = nullptr);

    // finished() follows, also when there is nothing to ask.
    void start(const QList<FollowedDossier>& dossiers, const QStringList& numbers = {});
    int added() const { return m_added; }
    int updated() const { return m_updated; }
    // One line per source that failed: "dossier 19637: HTTP 500".
    QStringList errors() const { return m_errors; }

Q_SIGNALS:
    void finished();

private:
    void list(const QUrl& url, const QString& label, const QString& dossier);
    void store(const QJsonArray& rows, const QString& dossier);
    void done();

    Library& m_library;
    FetchSources m_sources;
    HttpClient* m_http;
    int m_pending = 0;
    int m_added = 0, m_updated = 0;
    QStringList m_errors;
};

} // namespace kl
