#pragma once

#include "anchor/TextAnchor.h"

#include <QDateTime>
#include <QString>

namespace kl {

// A cross-reference made by hand: from a passage of one letter to another letter, optionally to a passage in
// it, with an optional note. Both ends are anchored like annotations.
struct Link {
    qint64 id = 0;
    qint64 fromLetter = 0;
    qint64 fromRendition = 0;
    TextAnchor from;
    qint64 toLetter = 0;
    qint64 toRendition = 0; // 0 when the link points at the letter as a whole
    TextAnchor to;          // empty when the link points at the letter as a whole
    QString note;
    QDateTime created;
    QDateTime modified;
};

} // namespace kl
