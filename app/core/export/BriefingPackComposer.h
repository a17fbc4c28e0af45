#pragma once

#include "BriefingPackContent.h"
#include "BriefingPackFlow.h"

#include <QCoreApplication>

namespace kl {

// Writes a briefing pack's text: the contents, and per letter its heading, metadata, excerpts with their notes
// and tags, and its text (or a pointer to its original pages); BriefingPackIndex adds the cross-references.
// Says what is printed and in which type; where it falls on the page is BriefingPackLayout's.
class BriefingPackComposer {
    // The pack's messages keep one translation context, whichever class of the pack prints them.
    Q_DECLARE_TR_FUNCTIONS(kl::BriefingPackBuilder)

public:
    // `pages`: the page numbers the previous round of pagination found (BriefingPackFlow).
    static BriefingPackFlow compose(const BriefingPackContent& content, const QHash<QString, int>& pages);

private:
    BriefingPackComposer(const BriefingPackContent& content, BriefingPackFlow& flow);
    void contents();
    void letter(int index);
    void metadata(const BriefingPackContent::Letter& d);
    void official(const BriefingPackContent::Letter& d);
    void excerpts(const BriefingPackContent::Letter& d, int group);
    void excerpt(const BriefingPackContent::Letter& d, const PlacedAnnotation& p, int group);
    void body(const BriefingPackContent::Letter& d);

    const BriefingPackContent& m_content;
    const BriefingPack& m_pack;
    BriefingPackFlow& m_flow;
};

} // namespace kl
