#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace kl {

// The Tweede Kamer's recesses (zomer, kerst, voorjaar, mei, herfst), by which deadlines such as "voor de zomer"
// and "voor het kerstreces" are read. From resources/recesses.json, or from the user's copy in Kamerlezer's data
// folder when there is one, so the years to come can be added without a new version.
class RecessCalendar {
public:
    struct Recess {
        QString name; // zomer, kerst, voorjaar, mei, herfst
        QDate first, last;
    };

    // The user's file when there is one, else the one built in.
    static const RecessCalendar& standard();
    // From the JSON of resources/recesses.json; empty when it cannot be read.
    static RecessCalendar fromJson(const QByteArray& json);

    // The first recess of that name that ends on or after `from` (the one under way, or the next); nullopt when the
    // calendar does not reach it.
    std::optional<Recess> next(const QString& name, const QDate& from) const;
    // The first recess of that name that begins after `day`.
    std::optional<Recess> nextBeginning(const QString& name, const QDate& day) const;
    // The recess of that name that begins in `year`.
    std::optional<Recess> inYear(const QString& name, int year) const;
    bool isEmpty() const { return m_recesses.isEmpty(); }

private:
    QList<Recess> m_recesses; // by first day
};

} // namespace kl
