#pragma once

#include <QCoreApplication>

#include <QByteArray>
#include <QString>

namespace kl {

// Turns the bytes of a text file into a string: UTF-8 (with or without BOM), UTF-16 with BOM, or
// Windows-1252. Refuses binary data and encodings it cannot tell apart, rather than producing garbage.
class TextDecoder {
    Q_DECLARE_TR_FUNCTIONS(kl::TextDecoder)

public:
    struct Result {
        QString text;
        QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252"
        QString error;    // set when the bytes are not text in a known encoding
        QString warning;  // set when the text was read, but not all of it as written
    };
    static Result decode(const QByteArray& bytes);
};

} // namespace kl
