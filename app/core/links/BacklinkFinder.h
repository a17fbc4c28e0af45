#pragma once

#include "Backlink.h"

#include <QHash>
#include <QList>

namespace kl {

class Library;
class LinkStore;

// What cites a letter: references in other letters' text that resolve to it (its kstId, or the named document it
// is known as), and cross-references made by hand.
class BacklinkFinder {
public:
    static QList<Backlink> find(const Library& library, const LinkStore& links, qint64 letterId);
    // For every letter that is cited: how many other letters cite it.
    static QHash<qint64, int> citingCounts(const Library& library);
};

} // namespace kl
