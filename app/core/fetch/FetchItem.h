#pragma once

#include "ContentCheck.h"

#include "document/OfficialRecord.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace kl {

// One publication to fetch: what its source says of it and the files to download, stored together as the
// renditions of one letter, or not at all.
struct FetchItem {
    struct File {
        QUrl url;
        QString name; // the file's name at the source, "kst-19637-3185.xml"
        ContentCheck::Expect expect = ContentCheck::Document;
        bool optional = false; // a missing one (404) is left out; the others still make the letter
    };

    OfficialRecord record;
    QList<File> files;
    QString zaakSoort; // the Tweede Kamer's kind of its Zaak ("Motie", "Amendement"): whether it has votes

    // What the user sees in progress and messages: the publication id, else the document number.
    QString label() const;
    bool hasVotes() const;
};

} // namespace kl
