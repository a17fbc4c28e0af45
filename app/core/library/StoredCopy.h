#pragma once

#include <QCoreApplication>
#include <QString>

namespace kl {

// The library's copy of an imported file, checked before it is used for an export, a pack or a repair: it must be
// there and be what was imported (its SHA-256), or annotations land on another document's words.
class StoredCopy {
    Q_DECLARE_TR_FUNCTIONS(kl::StoredCopy)

public:
    enum State { Good, Missing, Changed };

    // Reads the copy at `path` into `bytes` (when given) and compares it with `sha256`.
    static State verify(const QString& path, const QString& sha256, QByteArray* bytes = nullptr);
    // What a user reads when the copy is not Good: names the file and what to do.
    static QString problem(State state, const QString& path);
};

} // namespace kl
