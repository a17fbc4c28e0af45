#pragma once

#include <QList>
#include <QString>

namespace kl {

// Cuts a page's text into paragraph-sized passages for the full-text index: at blank lines, and long
// paragraphs again at sentence ends, so that a hit points at a passage a reader can take in at a glance.
class PassageSplitter {
public:
    // Raise when the passages come out differently: a library with an older passage index is indexed again
    // when it opens (Schema::refreshIndexes).
    static constexpr int kIndexVersion = 1;
    static constexpr qsizetype kMaxLength = 1200;

    struct Passage {
        qsizetype start = 0; // offsets in the page text
        qsizetype end = 0;
    };
    static QList<Passage> split(const QString& pageText);
};

} // namespace kl
