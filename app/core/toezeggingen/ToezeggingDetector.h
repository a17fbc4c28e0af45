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
    // Raised when the detector finds other sentences: every letter's detections are made again on open (those
    // the user touched stay).
    static constexpr int kIndexVersion = 1;

    explicit ToezeggingDetector(const RecessCalendar& calendar = RecessCalendar::standard());

    // `written`: the letter's date, against which its deadlines are read.
    QList<DetectedToezegging> detect(const QString& text, const QDate& written) const;

    // The sentences of a text as [start, end) spans: split after . ! ? before a capital, and at blank lines.
    static QList<std::pair<qsizetype, qsizetype>> sentences(const QString& text);
    // The speakers of a debate's transcript, each from where their turn begins; empty for a letter.
    struct Turn {
        qsizetype start = 0;
        QString speaker;         // "Minister Rutte"
        bool government = false; // a minister or staatssecretaris
    };
    static QList<Turn> turns(const QString& text);
    // A span's words as one line: whitespace collapsed, a hyphen at a line's end joined.
    static QString tidy(QStringView span);

private:
    // The first time phrase that is not in the past.
    Deadline deadlineIn(const QString& sentence, const QDate& written) const;

    DeadlineParser m_deadlines;
};

} // namespace kl
