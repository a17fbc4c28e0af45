#pragma once

#include "storage/RowSnapshot.h"

#include <QStringList>

namespace kl {

// What removing a letter took away, to put it back on undo: its rows with their ids, the copies moved aside,
// and the kept annotations' entry when the user chose to keep them.
struct RemovedLetter {
    qint64 letterId = 0;
    QString key;
    QString title;
    RowSnapshot rows;
    QStringList copies; // file names under files/, moved to files/removed/
    qint64 keptId = 0;  // the kept_annotations row, 0 when the annotations went with the letter
    int annotations = 0;
    int links = 0;
};

} // namespace kl
