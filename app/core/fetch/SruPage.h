#pragma once

#include "FetchItem.h"

#include <QList>
#include <QString>

namespace kl {

class FetchSources;

// One page of KOOP's SRU answer (searchRetrieveResponse, records in the gzd schema): each record as a
// publication to fetch, with its official metadata (owmskern, owmsmantel, tpmeta) and its files (itemUrl).
struct SruPage {
    QList<FetchItem> items;
    int numberOfRecords = 0;
    int nextRecordPosition = 0; // 0 when this is the last page
    QString diagnostic;         // the service's complaint about the query (it answers 200 with <diagnostics>)
    QString error;              // the answer is not SRU

    static SruPage parse(const QByteArray& xml, const FetchSources& sources);
};

} // namespace kl
