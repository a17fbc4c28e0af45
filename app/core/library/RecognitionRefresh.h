#pragma once

#include "base/Result.h"

#include <QString>

namespace kl {

class Database;

// Brings the metadata of letters stored by an earlier version up to what recognition knows now
// (MetadataParser::kVersion): each letter's renditions are read again (XML from its stored copy, text and PDF
// from their stored page texts, OCR included), what is new fills the gaps of what is stored (a value stored is
// never overwritten, so nothing a user relied on changes), and a letter keyed by its checksum takes its
// publicationId as key when it now has one. Runs once per version, in one transaction.
class RecognitionRefresh {
public:
    static Result<void> run(Database& db, const QString& libraryFolder);
};

} // namespace kl
