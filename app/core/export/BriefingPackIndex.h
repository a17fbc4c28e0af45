#pragma once

#include "BriefingPackContent.h"
#include "BriefingPackFlow.h"

#include <QCoreApplication>

namespace kl {

// Writes a briefing pack's cross-reference index: per document cited (in the pack, elsewhere in the library, not
// in the library) the places that cite it, in three sections: between the pack's documents, from them to others,
// and from documents outside the pack to those in it.
class BriefingPackIndex {
    Q_DECLARE_TR_FUNCTIONS(kl::BriefingPackBuilder)

public:
    static void write(const BriefingPackContent& content, BriefingPackFlow& flow);
    // Where the index starts, for the contents.
    static QString anchor() { return QStringLiteral("index"); }

private:
    using Reference = BriefingPackContent::Reference;
    enum Targets { InPack, InLibrary, CitingPack };

    BriefingPackIndex(const BriefingPackContent& content, BriefingPackFlow& flow);
    void section(const QString& title, const QList<Reference>& entries, Targets targets);
    void target(const QList<Reference>& entries, Targets targets, int group);

    const BriefingPackContent& m_content;
    BriefingPackFlow& m_flow;
};

} // namespace kl
