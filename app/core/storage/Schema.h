#pragma once

#include "base/Result.h"

namespace kl {

class Database;

// The library's tables, and the migrations that bring an older library up to date, one transaction each.
class Schema {
public:
    static constexpr int kVersion = 12;
    // PRAGMA user_version; an Error when the file is not an SQLite database.
    static Result<int> version(Database& db);
    // Runs every migration above the library's version; a failed one is rolled back and is the Error.
    static Result<void> migrate(Database& db);
    // Builds again each index derived from the page texts (passages, references) whose stored version is below
    // the code's (PassageSplitter::kIndexVersion, ReferenceScanner::kIndexVersion), each in a transaction.
    static Result<void> refreshIndexes(Database& db);
    // The version a derived result was last made with (0: never), and recording it; for what is derived
    // outside the storage, such as the metadata recognized again (RecognitionRefresh).
    static Result<int> derivedVersion(Database& db, const QString& name);
    static Result<void> setDerivedVersion(Database& db, const QString& name, int version);
};

} // namespace kl
