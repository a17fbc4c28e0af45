#include "fetch/ContentCheck.h"
#include "fetch/FetchSources.h"
#include "fetch/FetchTarget.h"
#include "fetch/ODataSchema.h"
#include "fetch/SruPage.h"
#include "fetch/TkVotesReader.h"
#include "library/FollowedDossiers.h"

#include "ReplayServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace kl;

TEST_CASE("What a user pastes names the publication or document to fetch")
{
    struct Case {
        const char* input;
        FetchTarget::Kind kind;
        const char* value;
    };
    const Case cases[] = {
        {"kst-19637-3274", FetchTarget::Publication, "kst-19637-3274"},
        {"kst-36600-VI-48", FetchTarget::Publication, "kst-36600-VI-48"},
        {" ah-tk-20232024-1234 ", FetchTarget::Publication, "ah-tk-20232024-1234"},
        {"2024D40329", FetchTarget::DocumentNumber, "2024D40329"},
        {"https://zoek.officielebekendmakingen.nl/kst-32545-143.html", FetchTarget::Publication, "kst-32545-143"},
        {"https://repository.overheid.nl/frbr/officielepublicaties/kst/36600-VI/kst-36600-VI-48/1/pdf/"
         "kst-36600-VI-48.pdf",
         FetchTarget::Publication, "kst-36600-VI-48"},
        {"https://www.tweedekamer.nl/kamerstukken/moties/detail?id=2025Z18580&did=2025D43160",
         FetchTarget::DocumentNumber, "2025D43160"},
        {"https://www.tweedekamer.nl/downloads/document?id=14c41606-a7c2-4201-92c0-db5d62fc9173",
         FetchTarget::DocumentGuid, "14c41606-a7c2-4201-92c0-db5d62fc9173"},
        {"zie kst-19637-3274", FetchTarget::Invalid, ""},
        {"19637", FetchTarget::Invalid, ""},
        {"", FetchTarget::Invalid, ""},
    };
    for (const Case& c : cases) {
        INFO(c.input);
        const FetchTarget t = FetchTarget::parse(QString::fromUtf8(c.input));
        CHECK(t.kind == c.kind);
        CHECK(t.value == QString::fromUtf8(c.value));
    }
}

TEST_CASE("A dossier to follow is read as users write it")
{
    CHECK(FollowedDossiers::parse(QStringLiteral("19637"))->number == QStringLiteral("19637"));
    CHECK(FollowedDossiers::parse(QStringLiteral("19 637"))->number == QStringLiteral("19637"));
    const auto budget = FollowedDossiers::parse(QStringLiteral("36600 vi"));
    REQUIRE(budget);
    CHECK(budget->number == QStringLiteral("36600"));
    CHECK(budget->addition == QStringLiteral("VI"));
    CHECK(FollowedDossiers::parse(QStringLiteral("36600-VI"))->addition == QStringLiteral("VI"));
    CHECK(FollowedDossiers::parse(QStringLiteral("21501-20"))->addition == QStringLiteral("20"));
    CHECK_FALSE(FollowedDossiers::parse(QStringLiteral("Vreemdelingenbeleid")));
    CHECK_FALSE(FollowedDossiers::parse(QString()));
}

TEST_CASE("The OData field names come from $metadata, so version 5's renames work")
{
    const QString data = ReplayServer::openData();
    if (data.isEmpty()) {
        WARN("SKIPPED: no recorded open data at ../shared/opendata");
        return;
    }
    QFile f(data + QStringLiteral("/tk/odata-v4/metadata.xml"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray v4 = f.readAll();
    ODataSchema schema;
    REQUIRE(schema.parse(v4));
    CHECK(schema.documentNumber() == QStringLiteral("DocumentNummer"));
    CHECK(schema.documentOndernummer() == QStringLiteral("Volgnummer"));
    CHECK(schema.hasProperty(QStringLiteral("Toezegging"), QStringLiteral("KamerbriefNakoming")));
    QByteArray v5 = v4;
    v5.replace("Name=\"DocumentNummer\"", "Name=\"Nummer\"").replace("Name=\"Volgnummer\"", "Name=\"Ondernummer\"");
    REQUIRE(schema.parse(v5));
    CHECK(schema.documentNumber() == QStringLiteral("Nummer"));
    CHECK(schema.documentOndernummer() == QStringLiteral("Ondernummer"));
    CHECK_FALSE(schema.parse("<html><body>Onderhoud</body></html>"));
}

TEST_CASE("KOOP's SRU records give official metadata and only their own files")
{
    const QString data = ReplayServer::openData();
    if (data.isEmpty()) {
        WARN("SKIPPED: no recorded open data at ../shared/opendata");
        return;
    }
    QFile f(data + QStringLiteral("/koop/repository.overheid.nl/sru.xml"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const FetchSources sources{QUrl(QStringLiteral("http://127.0.0.1:1/OData/v4/2.0/")),
                               QUrl(QStringLiteral("http://127.0.0.1:1/"))};
    const SruPage page = SruPage::parse(f.readAll(), sources);
    REQUIRE(page.error.isEmpty());
    REQUIRE(page.items.size() == 5);
    QHash<QString, FetchItem> byId;
    for (const FetchItem& item : page.items)
        byId.insert(item.record.metadata.publicationId(), item);

    const FetchItem motie = byId.value(QStringLiteral("kst-32545-143"));
    CHECK(motie.record.metadata.kind == QStringLiteral("motie"));
    CHECK(motie.record.metadata.dossiers.value(0).number == QStringLiteral("32545"));
    CHECK(motie.record.metadata.ondernummer == QStringLiteral("143"));
    CHECK(motie.record.metadata.signatories ==
          QStringList{QStringLiteral("I. (Inge) van Dijk"), QStringLiteral("P.A. Grinwis")});
    CHECK(motie.record.metadata.chamber == 0); // KOOP writes "overige"
    REQUIRE(motie.files.size() == 2);
    CHECK(motie.files[0].url.toString() == QStringLiteral("http://127.0.0.1:1/frbr/officielepublicaties/kst/32545/"
                                                          "kst-32545-143/1/xml/kst-32545-143.xml"));

    const FetchItem answer = byId.value(QStringLiteral("ah-tk-20202021-3235"));
    CHECK(answer.record.metadata.kind == QStringLiteral("antwoord-kamervragen"));
    CHECK(answer.record.metadata.zaak == QStringLiteral("2021Z09739"));
    CHECK(answer.record.metadata.questioners.size() == 3);
    CHECK(answer.record.metadata.chamber == 2);

    // A record whose addresses point at another publication's files gets none of them.
    CHECK(byId.value(QStringLiteral("kst-32545-144")).files.isEmpty());
    CHECK(byId.value(QStringLiteral("blg-1007826")).record.metadata.kind == QStringLiteral("bijlage"));
}

TEST_CASE("Votes: the deciding Besluit, a fractie once, mistakes left out")
{
    auto row = [](const char* id, const char* fractie, const char* vote, int seats, bool mistake = false) {
        return QJsonObject{{"Id", id},
                           {"ActorFractie", fractie},
                           {"Soort", vote},
                           {"FractieGrootte", seats},
                           {"Vergissing", mistake},
                           {"Persoon_Id", QJsonValue()},
                           {"Verwijderd", false}};
    };
    const QJsonArray besluiten{
        QJsonObject{{"BesluitSoort", "Aangehouden (tijdens vergadering)"},
                    {"BesluitTekst", "Aangehouden."},
                    {"GewijzigdOp", "2025-09-01T10:00:00+02:00"},
                    {"Stemming", QJsonArray{}}},
        QJsonObject{{"BesluitSoort", "Stemmen - verworpen"},
                    {"BesluitTekst", "Verworpen."},
                    {"StemmingsSoort", "Met handopsteken"},
                    {"GewijzigdOp", "2025-10-02T10:00:00+02:00"},
                    {"Stemming",
                     QJsonArray{row("a", "PVV", "Voor", 37), row("a", "PVV", "Voor", 37), row("b", "VVD", "Tegen", 24),
                                row("c", "SP", "Voor", 5, true), row("d", "SP", "Tegen", 5)}}},
    };
    const VoteResult v = TkVotesReader::read(besluiten);
    CHECK(v.outcome == QStringLiteral("verworpen"));
    CHECK(v.method == QStringLiteral("Met handopsteken"));
    REQUIRE(v.fracties.size() == 3);
    CHECK(v.seatsFor() == 37);
    CHECK(v.seatsAgainst() == 29);
    CHECK(TkVotesReader::outcomeOf(QStringLiteral("Aangehouden (tijdens vergadering)")) ==
          QStringLiteral("aangehouden"));
}

TEST_CASE("A body that is not what was asked for is refused")
{
    CHECK(ContentCheck::problem(ContentCheck::Pdf, "<!DOCTYPE html><html>Onderhoud</html>", QStringLiteral("text/html"))
              .contains(QStringLiteral("HTML")));
    CHECK_FALSE(ContentCheck::problem(ContentCheck::Pdf, "%PDF-1.7\n...", QString()).isEmpty()); // no %%EOF
    CHECK(ContentCheck::problem(ContentCheck::Pdf, "%PDF-1.7\n1 0 obj\n%%EOF\n", QString()).isEmpty());
    CHECK_FALSE(ContentCheck::problem(ContentCheck::Json, "{\"value\": [", QString()).isEmpty());
    CHECK(ContentCheck::problem(ContentCheck::Xml, "\xEF\xBB\xBF<?xml version=\"1.0\"?><a/>", QString()).isEmpty());
    CHECK_FALSE(ContentCheck::problem(ContentCheck::Xml, "", QString()).isEmpty());
}
