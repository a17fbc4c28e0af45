#pragma once

#include <QDate>
#include <QString>

namespace kl {

// What the user searches for and where: the words, and the filters that narrow the letters.
struct SearchQuery {
    QString text;         // words, "phrases", prefix*, AND/OR/NOT
    QString dossier;      // "36600", "36600 VII" or "21501-20"
    QString kind;         // brief, motie, ...
    QString vergaderjaar; // "2024-2025"
    QDate from;           // letters dated on or after
    QDate to;             // letters dated on or before
    QString sender;       // part of the sender, any case
    bool onlyNotes = false;
    bool includeNotes = true;
};

} // namespace kl
