#pragma once

#include <QDate>
#include <QString>

namespace kl {

// Dates in what Kamerlezer prints, in the language of its texts: "19 september 2024" in a Dutch pack,
// "19 September 2024" in an English one. The language is the translation's, not the system's locale: the command
// line without --lang prints English texts on a Dutch system too, and its dates must not be Dutch then.
class PrintDate {
public:
    static QString format(const QDate& date);
};

} // namespace kl
