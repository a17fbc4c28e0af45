#pragma once

#include "anchor/TextAnchor.h"

#include <QVariantList>

namespace kl {

class Row;

namespace sql {
// An anchor's exact, prefix, suffix, start and end, in that order: the order every table names them in.
QVariantList anchorValues(const TextAnchor& anchor);
// The anchor kept in the columns `<prefix>exact`, `<prefix>prefix`, ... `<prefix>end` of a row.
TextAnchor anchorOf(const Row& row, const QString& prefix = QString());
} // namespace sql

} // namespace kl
