#pragma once

#include <QByteArray>
#include <QString>

namespace kl {

// What a file holds, decided by its content and never by its name (DESIGN.md section 2).
class FileFormat {
public:
    enum Kind { Pdf, KoopXml, VlosXml, Text };

    // How much of the start of a file sniff() needs: a DOCTYPE or comments can push the root element of an XML
    // file past the first few kilobytes.
    static constexpr qsizetype kHeadBytes = 64 * 1024;
    static Kind sniff(const QByteArray& head);
    static QString name(Kind kind);      // "pdf", "xml", "text": the format field of the JSON
    static QString extension(Kind kind); // "pdf", "xml", "txt": the extension of the stored copy
};

} // namespace kl
