#pragma once

#include "document/RunningHeaders.h"

#include <QList>
#include <QString>

namespace kl {

// Cuts a page's text into paragraph-sized passages for the full-text index: at blank lines, and long
// paragraphs again at sentence ends, so that a hit points at a passage a reader can take in at a glance.
// Running headers and footers are left out: a search for "grip op" should not count the Regeerprogramma's
// chapter header on every page of the chapter, nor should related passages offer it.
class PassageSplitter {
public:
    // Raise when the passages come out differently: a library with an older passage index is indexed again
    // when it opens (Schema::refreshIndexes).
    // 2: running headers and footers are no part of any passage.
    static constexpr int kIndexVersion = 2;
    static constexpr qsizetype kMaxLength = 1200;

    struct Passage {
        qsizetype start = 0; // offsets in the page text
        qsizetype end = 0;
    };
    // `skip`: ranges of the page (in order, not overlapping) that no passage may hold, such as its running
    // lines (RunningHeaders::perPage); a passage ends before each and starts again after it.
    static QList<Passage> split(const QString& pageText, const QList<RunningHeaders::Range>& skip = {});
};

} // namespace kl
