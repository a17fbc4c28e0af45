#pragma once

#include "toezeggingen/Toezegging.h"

#include <QJsonObject>

namespace kl {

// A Toezegging row of the Tweede Kamer's open data (with Activiteit and ToegezegdAanPersoon expanded) as a
// registered toezegging: its number, text, minister and ministry, status (in any case), deadline (0001-01-01 is
// none), the letters that keep it (KamerbriefNakoming, one or more numbers), the debate it was made in and the
// member it was made to.
class TkToezeggingReader {
public:
    // `dossier`: the dossier it was asked for ("19637"), or empty.
    static Toezegging read(const QJsonObject& row, const QString& dossier);
};

} // namespace kl
