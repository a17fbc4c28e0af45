#pragma once

#include "ReadResult.h"

#include <QByteArray>

namespace kl {

// KOOP `officiele-publicatie` XML as published on officielebekendmakingen.nl: metadata from <metadata> and
// the <kamerstuk> head, text from the blocks of the body, references from <extref> and <dossierref> as
// tagged.
class KoopXmlImporter {
public:
    static ReadResult read(const QByteArray& bytes);
};

} // namespace kl
