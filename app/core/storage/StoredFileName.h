#pragma once

#include <QString>

namespace kl {

// The name of a library's copy of a file, as the renditions table keeps it ("<sha256>.pdf"). A crafted or damaged
// library can hold any text there: only a plain name inside `files/` is ever turned into a path, so `check`,
// exports and packs never read "../../etc/passwd".
class StoredFileName {
public:
    static bool isPlain(const QString& name);
    // `folder`/files/`name`, or empty when the name is not plain.
    static QString path(const QString& libraryFolder, const QString& name);
};

} // namespace kl
