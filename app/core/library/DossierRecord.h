#pragma once

#include "document/Dossier.h"

namespace kl {

// A dossier in the library with the number of letters filed under it; a followed dossier is one too, before
// its first letter has come.
struct DossierRecord {
    qint64 id = 0;
    Dossier dossier;
    int letterCount = 0;
    int unread = 0;        // letters fetched and not opened since
    bool followed = false; // Kamerlezer fetches its new documents
};

} // namespace kl
