#pragma once

#include <QCoreApplication>

#include "ReadResult.h"

#include <QByteArray>

namespace kl {

// The Tweede Kamer's own verslag of a plenary day (VLOS `vlosCoreDocument`, the uncorrected Handelingen of the
// open data): the vergadering's number, date and chamber from its head, the text from its paragraphs with each
// agenda item's subject as a heading.
class VlosXmlImporter {
    Q_DECLARE_TR_FUNCTIONS(kl::VlosXmlImporter)

public:
    static ReadResult read(const QByteArray& bytes);
};

} // namespace kl
