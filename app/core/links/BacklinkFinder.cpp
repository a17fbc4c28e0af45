#include "BacklinkFinder.h"

#include "LinkStore.h"
#include "base/ResultLog.h"
#include "library/Library.h"
#include "library/RenditionText.h"
#include "storage/ReferenceRepository.h"

namespace kl {

QList<Backlink> BacklinkFinder::find(const Library& library, const LinkStore& links, qint64 letterId)
{
    QList<Backlink> out;
    QHash<qint64, RenditionText> texts; // each citing rendition's text is read once
    auto pageOf = [&](qint64 renditionId, qsizetype pos) {
        auto it = texts.find(renditionId);
        if (it == texts.end())
            it = texts.insert(renditionId, RenditionText::load(library, renditionId));
        return it->pageAt(pos);
    };
    for (const ReferenceRepository::Citation& c :
         valueOrWarn(ReferenceRepository(library.database()).citationsOf(letterId), "backlinks")) {
        Backlink b;
        b.kind = Backlink::Reference;
        b.letterId = c.letterId;
        b.renditionId = c.renditionId;
        b.start = c.start;
        b.end = c.end;
        b.text = c.text;
        out.append(b);
    }
    for (const Link& l : links.linksTo(letterId)) {
        Backlink b;
        b.kind = Backlink::Link;
        b.letterId = l.fromLetter;
        b.renditionId = l.fromRendition;
        b.start = l.from.start;
        b.end = l.from.end;
        b.text = l.from.exact;
        b.linkId = l.id;
        b.note = l.note;
        out.append(b);
    }
    for (Backlink& b : out)
        if (b.renditionId)
            b.page = pageOf(b.renditionId, b.start);
    return out;
}

QHash<qint64, int> BacklinkFinder::citingCounts(const Library& library)
{
    return valueOrWarn(ReferenceRepository(library.database()).citingCounts(), "citing counts");
}

} // namespace kl
