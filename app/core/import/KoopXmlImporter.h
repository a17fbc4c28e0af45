#pragma once

#include <QCoreApplication>

#include "ReadResult.h"

#include <QByteArray>

namespace kl {

// KOOP `officiele-publicatie` XML as published on officielebekendmakingen.nl: metadata from <metadata> and
// the <kamerstuk> head, text from the blocks of the body, references from <extref> and <dossierref> as
// tagged.
class KoopXmlImporter {
    Q_DECLARE_TR_FUNCTIONS(kl::KoopXmlImporter)

public:
    static ReadResult read(const QByteArray& bytes);
};

} // namespace kl
