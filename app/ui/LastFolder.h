#pragma once

#include <QString>

namespace kl {

// Where a file dialog starts: the folder the user last chose for the same purpose (importing, exporting), after a
// restart too; the Documents folder the first time.
class LastFolder {
public:
    static QString get(const char* purpose);
    // `path`: a file or a folder the user chose; an empty one (a cancelled dialog) changes nothing.
    static void remember(const char* purpose, const QString& path);
};

} // namespace kl
