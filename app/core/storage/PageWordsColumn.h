#pragma once

#include "document/WordBox.h"

#include <QByteArray>
#include <QList>

namespace kl {

namespace sql {
// The word boxes of an OCR page as the `page_words.words` column keeps them: a versioned QDataStream, compact
// (a page of 400 words is about 20 kB) and read back exactly.
QByteArray encodeWords(const QList<WordBox>& words);
// Empty when the bytes are not such a column (a newer encoding, damage).
QList<WordBox> decodeWords(const QByteArray& bytes);
} // namespace sql

} // namespace kl
