#pragma once

#include "Deadline.h"

#include <QString>

namespace kl {

// A sentence of a letter in which the government commits to an act towards the Kamer, as ToezeggingDetector
// finds it: where it stands in the text, the words that make it a commitment, what is promised and by when.
struct DetectedToezegging {
    qsizetype start = 0, end = 0; // the sentence, in the text it was found in
    QString sentence;             // its words, whitespace collapsed and line-end hyphens undone
    QString who;                  // the office the sentence names ("De minister van BZK"); empty: the letter's sender
    QString cue;                  // "Ik kom hier separaat op terug", "zal ik uw Kamer ... informeren"
    QString deliverable;          // "brief", "evaluatie", ...; empty when none is named
    Deadline deadline;            // found() false when the sentence names no moment
    double confidence = 0;        // 0.9 for a strong cue, less for "ik zal" with a moment or a deliverable
    bool kept = false;            // "conform mijn toezegging stuur ik u hierbij ...": kept by this letter
};

} // namespace kl
