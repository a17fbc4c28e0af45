#pragma once

#include "Deadline.h"
#include "RecessCalendar.h"

#include <QDate>
#include <QString>

namespace kl {

// Reads the time phrases of Dutch government letters as dates, against the day the letter was written: "voor de
// zomer" is the day before the summer recess of that year (or of the next, when it has begun), "voor het einde
// van het jaar" 31 December, "in het voorjaar" 20 June, "uiterlijk 1 maart" that day, "in het eerste kwartaal van
// 2025" 31 March 2025, "voor de begrotingsbehandeling" the start of the budget debates, "binnen drie maanden" three
// months on; "op korte termijn" is a phrase without a date.
class DeadlineParser {
public:
    explicit DeadlineParser(const RecessCalendar& calendar = RecessCalendar::standard());

    // The first time phrase in `text` (the longest where two start together); not found() when there is none.
    Deadline find(const QString& text, const QDate& written) const;

private:
    const RecessCalendar& m_calendar;
};

} // namespace kl
