#pragma once

#include <QString>

namespace kl {

// A person's name as a signature or a list of indieners prints it: "M.H.M. Faber-van de Klashorst", "Van Campen",
// "Diederik van Dijk", "ir. C.M. Schut, MPA".
class PersonName {
public:
    // The name without academic titles and letters after it: "ir. C.M. Schut, MPA" -> "C.M. Schut".
    static QString bare(const QString& line);
    // Whether the line (already bare) can be a name on its own: capitalized words, initials and the particles
    // (van, de, der, ...), no more than five words. A single capitalized word counts: callers only ask where
    // a signature is expected.
    static bool looksLikeName(const QString& line);
    // Whether the line is the name with initials ("D.M. van Weel", "Th. C. De Graaf"): safe to take further
    // from the role line.
    static bool hasInitials(const QString& line);
};

} // namespace kl
