#pragma once

#include "document/OfficialRecord.h"

struct UiFixture;

// A motie with the Tweede Kamer's record of it, built here so tests need no replay server: the official title
// (the text prints "MOTIE VAN HET LID VOORBEELD"), its document number and an adopted vote.
namespace OfficialFixture {
kl::OfficialRecord adoptedMotie();
// Imports tests/data/motie-voorgesteld.txt and stores adoptedMotie() as its record; returns the letter.
qint64 importAdoptedMotie(UiFixture& fixture);
} // namespace OfficialFixture
