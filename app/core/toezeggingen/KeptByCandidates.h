#pragma once

#include "Toezegging.h"

#include <QDate>
#include <QList>
#include <QString>

namespace kl {

class Library;

// A letter that may keep a toezegging, and why Kamerlezer thinks so.
struct KeptByCandidate {
    qint64 letterId = 0;
    QString title;
    QDate date;
    QStringList reasons; // "cites TZ202410-113", "says ‘toezegging’", "about: opvang, spreiding"
    double score = 0;
};

// Proposes the letters that may keep a toezegging, for the user to confirm: later letters of the same dossier
// that cite its TZ number, speak of a toezegging, or share the words of what was promised; best first.
class KeptByCandidates {
public:
    static QList<KeptByCandidate> find(const Library& library, const Toezegging& toezegging, int max = 8);
    // How many of the letters after the promise are read, the nearest first.
    static constexpr int kLetters = 400;
    // The words a promise is about: its longer words, not the ones every letter has.
    static QStringList contentWords(const QString& text);
};

} // namespace kl
