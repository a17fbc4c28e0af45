#pragma once

#include "document/DocumentMetadata.h"

#include <QStringList>

namespace kl {

// A letter that is not addressed to the Kamer: an advisory body's advice to a minister, a ministry's answer to
// an organization, a trade association's letter (Woo releases, annexes of reports). It has a subject line
// ("Betreft", "Onderwerp") or a salutation, and a closing formula with the signature under it.
class LetterReader {
public:
    // Fills kind "brief", title, sender, signatory and signatories when the text is such a letter.
    static bool read(const QStringList& firstPageLines, const QString& fullText, DocumentMetadata& m);
    // "Ministerie van Volksgezondheid, Welzijn en Sport" from the letterhead above the return address, or empty.
    static QString letterheadMinistry(const QStringList& firstPageLines);

    // A nota's letterhead: "Ministerie van Klimaat en Groene Groei, Directoraat-generaal Klimaat en Energie,
    // Programmadirectie Kernenergie".
    static QString letterheadOrganization(const QStringList& firstPageLines);
    // The first "Ministerie van ..." the page names, sender or addressee.
    static QString ministryNamed(const QStringList& firstPageLines);

private:
    static QString subject(const QStringList& lines);
    static void readClosing(const QString& fullText, const QString& ministry, DocumentMetadata& m);
};

} // namespace kl
