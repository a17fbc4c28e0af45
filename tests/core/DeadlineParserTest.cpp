#include "toezeggingen/DeadlineParser.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace kl;

namespace {

struct Case {
    const char* written;
    const char* text;
    const char* phrase; // the phrase found; "" for none
    const char* due;    // "" for no date
};

// Phrases as Kamerbrieven write them, with the date each means for a letter of that day (the recesses of
// resources/recesses.json: zomer 2025 from 4 July, kerst 2024 from 20 December, ...).
const Case kCases[] = {
    {"2024-11-15", "Ik zal uw Kamer voor de zomer informeren.", "voor de zomer", "2025-07-03"},
    {"2024-11-15", "voor het zomerreces", "voor het zomerreces", "2025-07-03"},
    {"2024-11-15", "voor de zomer van 2025", "voor de zomer van 2025", "2025-07-03"},
    {"2024-11-15", "Na de zomer ontvangt u de evaluatie.", "Na de zomer", "2025-10-13"},
    {"2024-11-15", "direct na het zomerreces", "direct na het zomerreces", "2025-09-29"},
    {"2024-11-15", "voor het kerstreces", "voor het kerstreces", "2024-12-19"},
    {"2024-11-15", "voor het voorjaarsreces", "voor het voorjaarsreces", "2025-02-13"},
    {"2024-11-15", "tijdens het meireces", "tijdens het meireces", "2025-05-12"},
    {"2024-11-15", "in de zomer", "in de zomer", "2025-09-22"},
    {"2024-11-15", "voor het einde van het jaar", "voor het einde van het jaar", "2024-12-31"},
    {"2024-11-15", "voor het eind van dit jaar", "voor het eind van dit jaar", "2024-12-31"},
    {"2024-11-15", "eind 2025", "eind 2025", "2025-12-31"},
    {"2024-11-15", "in het voorjaar", "in het voorjaar", "2025-06-20"},
    {"2024-11-15", "in het voorjaar van 2025", "in het voorjaar van 2025", "2025-06-20"},
    {"2024-11-15", "dit najaar", "dit najaar", "2024-12-20"},
    {"2024-11-15", "in het najaar van 2025", "in het najaar van 2025", "2025-12-20"},
    {"2024-11-15", "uiterlijk 1 maart", "uiterlijk 1 maart", "2025-03-01"},
    {"2024-11-15", "voor 1 juli 2025", "voor 1 juli 2025", "2025-06-30"},
    {"2024-11-15", "op 15 januari", "op 15 januari", "2025-01-15"},
    {"2024-11-15", "in maart", "in maart", "2025-03-31"},
    {"2024-11-15", "eind juni 2025", "eind juni 2025", "2025-06-30"},
    {"2024-11-15", "voor september", "voor september", "2025-08-31"},
    {"2024-11-15", "medio mei", "medio mei", "2025-05-15"},
    {"2024-11-15", "in het eerste kwartaal van 2025", "in het eerste kwartaal van 2025", "2025-03-31"},
    {"2024-11-15", "in het vierde kwartaal", "in het vierde kwartaal", "2024-12-31"},
    {"2024-11-15", "in Q3 2025", "Q3 2025", "2025-09-30"},
    {"2024-11-15", "in de tweede helft van 2025", "in de tweede helft van 2025", "2025-12-31"},
    {"2024-11-15", "in de eerste helft van volgend jaar", "in de eerste helft van volgend jaar", "2025-06-30"},
    {"2024-11-15", "begin 2025", "begin 2025", "2025-03-31"},
    {"2024-11-15", "begin volgend jaar", "begin volgend jaar", "2025-03-31"},
    {"2024-11-15", "medio 2025", "medio 2025", "2025-06-30"},
    {"2024-11-15", "in de loop van 2025", "in de loop van 2025", "2025-12-31"},
    {"2024-11-15", "volgend jaar", "volgend jaar", "2025-12-31"},
    {"2024-11-15", "voor Prinsjesdag", "voor Prinsjesdag", "2025-09-15"},
    {"2024-11-15", "bij de Voorjaarsnota", "bij de Voorjaarsnota", "2025-05-31"},
    {"2024-11-15", "voor de begrotingsbehandeling", "voor de begrotingsbehandeling", "2024-11-30"},
    {"2024-05-03", "voor de begrotingsbehandeling", "voor de begrotingsbehandeling", "2024-10-01"},
    {"2024-11-15", "binnen drie maanden", "binnen drie maanden", "2025-02-15"},
    {"2024-11-15", "over twee weken", "over twee weken", "2024-11-29"},
    {"2024-11-15", "binnen een half jaar", "binnen een half jaar", "2025-05-15"},
    {"2024-11-15", "op korte termijn", "op korte termijn", ""},
    {"2024-11-15", "zo spoedig mogelijk", "zo spoedig mogelijk", ""},
    // Written during the summer recess: "voor de zomer" is next year's, "na de zomer" this one's.
    {"2025-07-10", "voor de zomer", "voor de zomer", "2026-07-02"},
    {"2025-07-10", "na de zomer", "na de zomer", "2025-10-13"},
    {"2023-03-10", "voor de zomer", "voor de zomer", "2023-07-06"},
    {"2023-03-10", "voor het kerstreces", "voor het kerstreces", "2023-12-21"},
    // No time phrase: the seed letter's promise has no date.
    {"2025-06-12", "Ik kom hier separaat op terug.", "", ""},
};

} // namespace

TEST_CASE("Deadline phrases of government letters are read as dates", "[toezeggingen]")
{
    const DeadlineParser parser;
    for (const Case& c : kCases) {
        const QDate written = QDate::fromString(QString::fromLatin1(c.written), Qt::ISODate);
        const Deadline d = parser.find(QString::fromUtf8(c.text), written);
        INFO(c.text << " (written " << c.written << "): found '" << d.phrase.toStdString() << "', due "
                    << d.due.toString(Qt::ISODate).toStdString());
        CHECK(d.phrase == QString::fromUtf8(c.phrase));
        CHECK(d.due.toString(Qt::ISODate) == QString::fromLatin1(c.due));
    }
}

TEST_CASE("A recess calendar of the user's takes the place of the one built in", "[toezeggingen]")
{
    const RecessCalendar calendar =
        RecessCalendar::fromJson(R"({"recesses": [{"name": "zomer", "first": "2031-07-11", "last": "2031-09-01"}]})");
    const Deadline d = DeadlineParser(calendar).find(QStringLiteral("voor de zomer"), QDate(2031, 2, 1));
    CHECK(d.due == QDate(2031, 7, 10));
    // A year the calendar does not reach: the recess as it usually falls.
    CHECK(DeadlineParser(calendar).find(QStringLiteral("voor de zomer"), QDate(2033, 2, 1)).due == QDate(2033, 7, 4));
    CHECK_FALSE(RecessCalendar::standard().isEmpty());
}
