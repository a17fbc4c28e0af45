#pragma once

#include <QString>

namespace kl {

// A letter that refers to another: by a reference detected in its text, or by a cross-reference made by hand.
struct Backlink {
    enum Kind { Reference, Link };
    Kind kind = Reference;
    qint64 letterId = 0;    // the letter that refers
    qint64 renditionId = 0; // where `start`/`end` are offsets
    qsizetype start = 0;    // the referring passage
    qsizetype end = 0;
    int page = 0;      // 1-based page of that passage
    QString text;      // the reference as written, or the linked passage
    qint64 linkId = 0; // for links
    QString note;      // for links
};

} // namespace kl
