#pragma once

#include "document/DocumentMetadata.h"

#include <QStringList>

namespace kl {

// Kamervragen and their answers as the Aanhangsel van de Handelingen prints them (PDF, and the text of KOOP's
// <kamervragen> XML): the number, the questioners and the minister they asked, the answering minister, and the
// dates "(ingezonden 3 juni 2021)" and "(ontvangen 21 juni 2021)".
class AanhangselReader {
public:
    // Whether the first page is the Aanhangsel's (its header, or its own id "ah-tk-20202021-3235").
    static bool isAanhangsel(const QStringList& firstPageLines);
    // Fills the fields of an Aanhangsel publication from its text.
    static void read(const QStringList& firstPageLines, const QString& fullText, DocumentMetadata& m);
    // "de leden Van Weyenberg, Romke de Jong en Kat (allen D66)" -> the three names.
    static QStringList questioners(const QString& phrase);
};

} // namespace kl
