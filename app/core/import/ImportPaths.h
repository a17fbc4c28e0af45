#pragma once

#include <QHash>
#include <QStringList>

namespace kl {

// The files an import of the given paths reads. A file named by the user is always read (its content decides
// what it is); a folder contributes, recursively and in a stable order, the files whose names say they are
// documents (.pdf, .txt, .xml), so a README or a JSON beside the letters is not taken for a letter. A link in a
// folder that points out of it (passwd.txt -> /etc/passwd) is listed, to be reported, but never read: `outside`
// gets it with its target.
class ImportPaths {
public:
    static QStringList expand(const QStringList& paths, QHash<QString, QString>* outside = nullptr);
    static bool looksLikeDocument(const QString& fileName);
};

} // namespace kl
