#pragma once

#include <QString>

namespace kl {

// The words a reader sees for the document kinds of DESIGN.md section 6 ("motie", "beslisnota", ...), in the
// language of the interface; the stored kind stays the stable identifier. In the core because what the core
// prints (briefing packs) names kinds too.
class KindNames {
public:
    static QString label(const QString& kind);
    // For groups of documents: "Letters", "Motions".
    static QString plural(const QString& kind);
};

} // namespace kl
