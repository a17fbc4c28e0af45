#pragma once

#include <QDate>
#include <QString>

namespace kl {

// Dates as Dutch documents write them: "19 september 2024", "1 januari 2025".
class DutchDate {
public:
    // The regular expression fragment that matches such a date, with captures day, month, year.
    static QString pattern();
    // 1..12 for a Dutch month name (also abbreviated: "sept.", "okt"), 0 otherwise.
    static int month(const QString& name);
    static QDate parse(const QString& day, const QString& monthName, const QString& year);
    // "19 september 2024" for a date: the way a Dutch reader writes it.
    static QString format(const QDate& date);
};

} // namespace kl
