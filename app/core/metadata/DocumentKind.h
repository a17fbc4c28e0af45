#pragma once

#include <QString>
#include <QStringList>

namespace kl {

// The kind of a Kamerstuk from the title printed under its number ("BRIEF VAN DE MINISTER ...").
class DocumentKind {
public:
    // One of the kinds of DESIGN.md section 6, or an empty string when the title does not say.
    static QString fromTitle(const QString& title);
    // Every kind of DESIGN.md section 6, in its order.
    static const QStringList& all();
};

} // namespace kl
