#pragma once

#include <QCoreApplication>

#include "FileFormat.h"
#include "ReadResult.h"

#include <QByteArray>
#include <QString>

namespace kl {

// Reads one file from disk into an ImportedDocument: checks that it can be read at all, chooses the importer
// by content, and says in one line what is wrong when it cannot. Thread-safe: holds no state.
class DocumentReader {
    Q_DECLARE_TR_FUNCTIONS(kl::DocumentReader)

public:
    static constexpr qint64 kMaxTextBytes = 20 * 1024 * 1024; // a letter is kilobytes; 20 MB is not a letter
    static constexpr qint64 kMaxPdfBytes = 500 * 1024 * 1024;

    struct FileRead {
        ReadResult result;
        QByteArray bytes;
        QString sha256; // hex
        FileFormat::Kind format = FileFormat::Text;
    };

    static FileRead readFile(const QString& path);
    // What was downloaded, read as a file with those bytes would be.
    static FileRead readBytes(const QByteArray& bytes);
    static ReadResult readData(const QByteArray& bytes, FileFormat::Kind format);
    static QString sha256Hex(const QByteArray& bytes);

private:
    // Empty when a file of `size` bytes is not too large for its format.
    static QString tooLargeMessage(FileFormat::Kind format, qint64 size);
    // The document's references as its metadata and pages make them known: without its own id and its
    // running lines.
    static void settleReferences(ImportedDocument& doc);
};

} // namespace kl
