#pragma once

#include "DeadlineParser.h"
#include "DetectedToezegging.h"

#include <QDate>
#include <QList>
#include <QString>

namespace kl {

// Finds the toezeggingen in a letter's text: the sentences in which the writer (ik, wij, het kabinet) commits to
// an act towards the Kamer. Strong cues ("ik zeg toe", "ik kom hier op terug", "ik zal uw Kamer ... informeren",
// "u ontvangt", "doen toekomen") make one; weak ones ("ik zal", "het kabinet zal", "ben bereid") only with a
// moment or a deliverable (a brief, rapportage, evaluatie, wetsvoorstel, AMvB). Not: negations ("niet
// toezeggen"), what others promised, questions, and what the letter itself sends ("hierbij stuur ik u"), unless
// it says it keeps a promise by it.
class ToezeggingDetector {
public:
    explicit ToezeggingDetector(const RecessCalendar& calendar = RecessCalendar::standard());

    // `written`: the letter's date, against which its deadlines are read.
    QList<DetectedToezegging> detect(const QString& text, const QDate& written) const;

    // The sentences of a text as [start, end) spans: split after . ! ? before a capital, and at blank lines.
    static QList<std::pair<qsizetype, qsizetype>> sentences(const QString& text);
    // A span's words as one line: whitespace collapsed, a hyphen at a line's end joined.
    static QString tidy(QStringView span);

private:
    DeadlineParser m_deadlines;
};

} // namespace kl
