#pragma once

#include <QDate>
#include <QString>

namespace kl {

// The parliamentary year: it opens on Prinsjesdag, the third Tuesday of September.
class Vergaderjaar {
public:
    // "2024-2025" for 16 January 2025; empty for an invalid date.
    static QString of(const QDate& date);
    static QDate prinsjesdag(int year);
};

} // namespace kl
