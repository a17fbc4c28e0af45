#pragma once

#include "fetch/FetchSummary.h"

#include <QJsonArray>

namespace kl {

// How `follow` and `update` say what an update did, per dossier.
class UpdateReport {
public:
    // "19637  144 new, 0 changed, 0 deleted, 0 failed" a line a dossier, on standard output.
    static void print(const FetchSummary& summary);
    // [{"dossier", "new", "changed", "deleted", "failed", "problem", "failures": [{"id", "message"}]}]
    static QJsonArray json(const FetchSummary& summary);
};

} // namespace kl
