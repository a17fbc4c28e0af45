#pragma once

#include <QString>

namespace kl {

// What went wrong, as a code a caller can act on and a text a user can read. The text of the code is
// translated when shown (message()); the detail is what only the moment knows: a file name, SQLite's words.
class Error {
public:
    enum class Code {
        None,
        NotFound,       // no such letter, annotation, file
        InvalidInput,   // a value the operation cannot take
        UnreadableFile, // the file is missing, empty, not of a kind we read
        Storage,        // the database refused a statement or a commit
        NewerLibrary,   // made by a newer Kamerlezer: left unchanged
        NotALibrary,    // the folder or file is not a Kamerlezer library
        Cancelled,
    };

    Error() = default;
    Error(Code code, QString detail = QString());

    static Error notFound(const QString& detail) { return {Code::NotFound, detail}; }
    static Error invalid(const QString& detail) { return {Code::InvalidInput, detail}; }
    static Error storage(const QString& detail) { return {Code::Storage, detail}; }

    Code code() const { return m_code; }
    bool isError() const { return m_code != Code::None; }
    explicit operator bool() const { return isError(); }
    QString detail() const { return m_detail; }

    // The translated text of the code, then the detail: "cannot store the change: disk I/O error".
    QString message() const;
    // The code's text alone, translated into the interface language.
    static QString text(Code code);

private:
    Code m_code = Code::None;
    QString m_detail;
};

} // namespace kl
