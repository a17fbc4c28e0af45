#pragma once

#include "fetch/FetchTarget.h"

#include "document/Dossier.h"

#include "StatusProgress.h"

#include <QStringList>
#include <QTimer>

namespace kl {

class FetchJob;
class ToezeggingFetch;
class Library;

// Fetching from the official sources, in the status bar: what is being fetched, so many of so many, and a button
// that stops it. The followed dossiers are checked at start, every few hours while the window is open, and on
// demand (F5). The network never blocks the window: requests run in the background and each document is stored,
// whole, as it arrives. Hidden while nothing is fetched.
class FetchStatus : public StatusProgress {
    Q_OBJECT
public:
    explicit FetchStatus(Library* library, QWidget* parent = nullptr);
    ~FetchStatus() override;

    // Checks every followed dossier for new, changed and withdrawn documents.
    void checkFollowed();
    // Follows the dossier and fetches all of it.
    void follow(const Dossier& dossier);
    void unfollow(const Dossier& dossier);
    void fetch(const QList<FetchTarget>& targets);
    void cancel();
    bool isRunning() const { return m_job != nullptr; }
    // When the next automatic check is due; the setting "fetch/intervalHours" (default 4, 0: never).
    void startSchedule();

Q_SIGNALS:
    // A line for the status bar when a run ends ("3 new documents in 19637").
    void message(const QString& text);
    // New documents may wait for OCR.
    void fetched();

private:
    void run(FetchJob* job);
    void finished();

    Library* m_library;
    FetchJob* m_job = nullptr;
    QString m_toezeggingenSaid; // what the register of toezeggingen, read beside a check, found
    static QString toezeggingenText(const ToezeggingFetch& fetch);
    bool m_checkAgain = false; // a check of other dossiers asked for while one ran
    QStringList m_checking;    // the dossiers of the check under way
    QTimer m_schedule;
};

} // namespace kl
