#pragma once

#include "document/OfficialRecord.h"

#include <QDateTime>
#include <QJsonObject>

namespace kl {

// One official source's record of a letter, as the library keeps it.
struct OfficialSource {
    OfficialRecord record;
    QJsonObject textValues; // what the text said of the fields the source changed ({"title": "MOTIE VAN ..."})
    QDateTime fetched;
};

} // namespace kl
