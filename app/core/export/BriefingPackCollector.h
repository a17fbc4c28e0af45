#pragma once

#include "BriefingPackContent.h"

#include <atomic>
#include <optional>

namespace kl {

class Library;

// Reads what a briefing pack shows from the library, through its read APIs (letters, annotations, links,
// references, backlinks), on the library's thread.
class BriefingPackCollector {
public:
    // `cancel` is checked between letters; nullptr: never cancelled.
    BriefingPackCollector(Library& library, const std::atomic_bool* cancel = nullptr);

    // The content, or nothing when the cancel flag was set. Letters not in the library are left out, so the
    // content may hold none.
    std::optional<BriefingPackContent> collect(const BriefingPack& pack);

private:
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    BriefingPackContent::Letter letter(const LetterRecord& record, const BriefingPack& pack);
    void collectReferences(BriefingPackContent& content);
    void collectToezeggingen(BriefingPackContent& content);
    void label(BriefingPackContent& content, qint64 letterId);

    Library& m_library;
    const std::atomic_bool* m_cancel;
};

} // namespace kl
