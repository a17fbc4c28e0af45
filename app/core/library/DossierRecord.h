#pragma once

#include "document/Dossier.h"

namespace kl {

// A dossier in the library with the number of letters filed under it.
struct DossierRecord {
    qint64 id = 0;
    Dossier dossier;
    int letterCount = 0;
};

} // namespace kl
