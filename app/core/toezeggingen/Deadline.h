#pragma once

#include <QDate>
#include <QString>

namespace kl {

// When a commitment is to be kept: the time phrase as the letter writes it ("voor de zomer", "uiterlijk 1 maart")
// and the last day on which it is still kept on time. A phrase without a date ("op korte termijn") has no `due`.
struct Deadline {
    QString phrase;
    QDate due;
    qsizetype start = -1; // where the phrase stands in the sentence it was found in

    bool found() const { return !phrase.isEmpty(); }
    bool hasDate() const { return due.isValid(); }
};

} // namespace kl
