#pragma once

#include <QString>

namespace kl {

// What the user asked to fetch, as typed or pasted: a publication id ("kst-19637-3274", "ah-tk-20232024-1234",
// "blg-1007826"), a Tweede Kamer document number ("2024D40329") or Document GUID, or an address of
// tweedekamer.nl, zoek.officielebekendmakingen.nl or repository.overheid.nl that names one of those.
struct FetchTarget {
    enum Kind { Invalid, Publication, DocumentNumber, DocumentGuid };
    Kind kind = Invalid;
    QString value; // the id, the number or the GUID
    QString input; // as the user gave it

    static FetchTarget parse(const QString& text);
    bool isValid() const { return kind != Invalid; }
};

} // namespace kl
