#include "document/OfficialNames.h"

#include <catch2/catch.hpp>

using kl::OfficialNames;
using kl::VoteResult;

TEST_CASE("A vote reads as its outcome and its seats with the largest fracties first")
{
    VoteResult v;
    v.outcome = "verworpen";
    v.besluitText = "Verworpen.";
    v.method = "Hoofdelijk";
    v.fracties = {{"SP", "voor", 5},
                  {"PVV", "tegen", 37},
                  {"GroenLinks-PvdA", "voor", 25},
                  {"VVD", "tegen", 24},
                  {"BBB", "niet deelgenomen", 7}};
    CHECK(OfficialNames::outcome(v) == "Rejected");
    CHECK(OfficialNames::seats(v) == "30 for, 61 against");
    CHECK(OfficialNames::method(v) == "by roll call");
    const QChar nbsp(QChar::Nbsp);
    CHECK(OfficialNames::fracties(v, "voor") == QString("GroenLinks-PvdA%1(25), SP%1(5)").arg(nbsp));
    CHECK(OfficialNames::fracties(v, "tegen") == QString("PVV%1(37), VVD%1(24)").arg(nbsp));
    // Every other way of (not) voting is the third group.
    CHECK(OfficialNames::fracties(v, QString()) == QString("BBB%1(7)").arg(nbsp));

    // An outcome the Kamer words otherwise is shown as it wrote it; no decision yet says so.
    VoteResult other;
    other.besluitText = "Aangehouden (tijdens vergadering).";
    CHECK(OfficialNames::outcome(other) == "Aangehouden (tijdens vergadering)");
    CHECK(OfficialNames::seats(other).isEmpty());
    CHECK(OfficialNames::outcome(VoteResult()) == "Not decided yet");
    CHECK(OfficialNames::source("tk") == "Tweede Kamer open data");
    CHECK(OfficialNames::source("koop") == "KOOP (officiële publicaties)");
}
