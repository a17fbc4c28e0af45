#pragma once

#include "Signature.h"

#include <QList>
#include <QStringList>

namespace kl {

// Finds the signatures of a document in its text: a role line ("De Minister van Asiel en Migratie,") with the
// name under it or beside it ("De Minister van Justitie, W. Sorgdrager"), and the indieners a motie or an
// amendement lists by name alone.
class SignatureFinder {
public:
    // Every role-and-name signature, in printed order.
    static QList<Signature> signatures(const QString& fullText);
    // The names under "en gaat over tot de orde van de dag." of a motie, in printed order; page furniture
    // between them (a footer, the next page's header) is passed over.
    static QStringList motionSigners(const QString& fullText);
    // The names that end an amendement (under its toelichting), in printed order.
    static QStringList amendmentSigners(const QString& fullText);
    // A running footer, ISSN line, page number or the like that may stand between a role and its name.
    static bool isPageFurniture(const QString& line);

private:
    // The names one under the other at the start of these lines, page furniture passed over, up to the first
    // line that is not a name.
    static QStringList leadingNames(const QStringList& lines);
};

} // namespace kl
