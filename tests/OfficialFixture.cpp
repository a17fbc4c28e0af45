#include "OfficialFixture.h"

#include "TestPaths.h"
#include "UiFixture.h"
#include "library/OfficialStore.h"

#include <catch2/catch.hpp>

namespace OfficialFixture {

kl::OfficialRecord adoptedMotie()
{
    kl::OfficialRecord r;
    r.source = QStringLiteral("tk");
    r.tkDocumentId = QStringLiteral("e08ff079-2321-4548-bfab-7fd431166f08");
    r.documentNumber = QStringLiteral("2023D51190");
    r.modified = QStringLiteral("2024-01-17T10:00:00Z");
    kl::DocumentMetadata& m = r.metadata;
    m.kstId = QStringLiteral("kst-19637-3194");
    m.chamber = 2;
    m.vergaderjaar = QStringLiteral("2023-2024");
    m.dossiers = {{QStringLiteral("19637"), QString(), QStringLiteral("Vreemdelingenbeleid")}};
    m.ondernummer = QStringLiteral("3194");
    m.kind = QStringLiteral("motie");
    m.title = QStringLiteral("Motie van het lid Voorbeeld over het Regeerprogramma");
    m.date = QDate(2023, 12, 21);
    r.votes.outcome = QStringLiteral("aangenomen");
    r.votes.besluitText = QStringLiteral("Aangenomen.");
    r.votes.method = QStringLiteral("Met handopsteken");
    r.votes.fracties = {{QStringLiteral("VVD"), QStringLiteral("voor"), 24},
                        {QStringLiteral("D66"), QStringLiteral("voor"), 9},
                        {QStringLiteral("GroenLinks-PvdA"), QStringLiteral("voor"), 25},
                        {QStringLiteral("PVV"), QStringLiteral("tegen"), 37},
                        {QStringLiteral("FVD"), QStringLiteral("tegen"), 3}};
    return r;
}

qint64 importAdoptedMotie(UiFixture& fixture)
{
    const qint64 id = fixture.import({TestPaths::data(QStringLiteral("motie-voorgesteld.txt"))}).first();
    QString error;
    const bool stored = kl::OfficialStore(*fixture.library).updateRecord(id, adoptedMotie(), &error);
    INFO(error.toStdString());
    REQUIRE(stored);
    return id;
}

} // namespace OfficialFixture
