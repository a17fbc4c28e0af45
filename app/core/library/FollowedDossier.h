#pragma once

#include "document/Dossier.h"

#include <QDateTime>
#include <QString>

namespace kl {

// A dossier the user follows: Kamerlezer fetches its new and changed documents from the official sources.
struct FollowedDossier {
    qint64 id = 0;
    Dossier dossier;
    QString tkCursor;   // the newest ApiGewijzigdOp seen at the Tweede Kamer's open data
    QString koopCursor; // the newest dt.modified seen at KOOP
    QDateTime followed;
    QDateTime checked; // the last update that reached both sources; invalid before the first
    QString lastError; // what the last update could not do; empty when it went well
    int unread = 0;    // letters fetched since the user last opened them
};

} // namespace kl
