#pragma once

#include <QString>

namespace kl {

// The words a reader sees for the document kinds of DESIGN.md section 6 ("motie", "beslisnota", ...). Kept
// apart from the core, which only knows the stable identifiers.
class KindNames {
public:
    static QString label(const QString& kind);
    // For groups of documents: "Letters", "Motions".
    static QString plural(const QString& kind);
};

} // namespace kl
