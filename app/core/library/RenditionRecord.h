#pragma once

#include <QDateTime>
#include <QString>

namespace kl {

// One imported file of a letter, as stored in the library.
struct RenditionRecord {
    qint64 id = 0;
    qint64 letterId = 0;
    QString format; // "pdf", "text", "xml"
    QString sha256;
    int pages = 0;
    QString storedPath;   // absolute path of the library's own copy
    QString originalName; // file name the user imported it from
    QDateTime imported;
    QString textSource = QStringLiteral("file"); // "file": the file's own text; "ocr": some pages read by OCR
    QString ocrState = QStringLiteral("none");   // "none" (not needed), "pending", "done", "failed"
};

} // namespace kl
