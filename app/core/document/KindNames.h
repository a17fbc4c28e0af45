#pragma once

#include <QStringList>

namespace kl {

// The words a reader sees for the document kinds of DESIGN.md section 6 ("motie", "beslisnota", ...), in the
// language of the interface; the stored kind stays the stable identifier. In the core because what the core
// prints (briefing packs) names kinds too.
class KindNames {
public:
    static QString label(const QString& kind);
    // For the dossier tree's narrow Kind column: "royal msg.", "MvT"; label() is the whole name.
    static QString brief(const QString& kind);
    // Every kind that has a name.
    static QStringList kinds();
    // For groups of documents: "Letters", "Motions".
    static QString plural(const QString& kind);
};

} // namespace kl
