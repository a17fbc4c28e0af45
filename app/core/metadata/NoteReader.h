#pragma once

#include "document/DocumentMetadata.h"

#include <QStringList>

namespace kl {

// A note that is neither a letter nor a beslisnota: a policy note under its directorate's name and date
// ("Directoraat-Generaal Migratie / Datum 14 april 2025 / Contourennota intrekking Spreidingswet"), or a notitie
// with its labelled head ("Notitie / voor ... / van ... / datum ... / inzake ..."). Kind "other", with its title and
// sender.
class NoteReader {
public:
    static bool read(const QStringList& firstPageLines, const QString& fullText, DocumentMetadata& m);

private:
    static bool readNotitie(const QStringList& lines, const QString& fullText, DocumentMetadata& m);
    static bool readPolicyNote(const QStringList& lines, DocumentMetadata& m);
};

} // namespace kl
