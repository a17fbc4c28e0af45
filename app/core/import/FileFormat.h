#pragma once

#include <QByteArray>
#include <QString>

namespace kl {

// What a file holds, decided by its content and never by its name (DESIGN.md section 2).
class FileFormat {
public:
    enum Kind { Pdf, KoopXml, VlosXml, Text };

    static Kind sniff(const QByteArray& head);
    static QString name(Kind kind);      // "pdf", "xml", "text": the format field of the JSON
    static QString extension(Kind kind); // "pdf", "xml", "txt": the extension of the stored copy
};

} // namespace kl
