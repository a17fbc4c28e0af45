#pragma once

#include <QString>

namespace kl {

// A title printed in capitals, as a reader writes it: "MOTIE VAN HET LID VAN DER STAAIJ" is "Motie van het lid
// Van der Staaij", "BRIEF VAN DE MINISTER VAN ECONOMISCHE ZAKEN" is "Brief van de minister van Economische
// Zaken". Names keep their capitals: the document's own text says which words are names (how it writes them
// where they are not at the start of a sentence), a ministry's name is capitalized, and the particles of a name
// after "lid" or "leden" open the surname.
class TitleCase {
public:
    // The title as it is when it is not in capitals.
    static QString readable(const QString& title, const QString& documentText);
};

} // namespace kl
