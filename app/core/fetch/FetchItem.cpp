#include "FetchItem.h"

namespace kl {

QString FetchItem::label() const
{
    const QString id = record.metadata.publicationId();
    if (!id.isEmpty())
        return id;
    return record.documentNumber.isEmpty() ? record.tkDocumentId : record.documentNumber;
}

bool FetchItem::hasVotes() const
{
    return !record.metadata.zaak.isEmpty() &&
           (zaakSoort == QLatin1String("Motie") || zaakSoort == QLatin1String("Amendement") ||
            record.metadata.kind == QLatin1String("motie") || record.metadata.kind == QLatin1String("amendement"));
}

} // namespace kl
