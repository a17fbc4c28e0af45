#include "refs/ReferenceScanner.h"

#include <catch2/catch.hpp>

using kl::Reference;
using kl::ReferenceScanner;

static QStringList targets(const QString& text)
{
    QStringList out;
    for (const Reference& r : ReferenceScanner::scan(text))
        out.append(r.target);
    return out;
}

TEST_CASE("Every example of the reference grammar gives its target id")
{
    const QList<std::pair<QString, QString>> examples{
        {QStringLiteral("zie Kamerstuk 36 471, nr. 96 hierover"), QStringLiteral("kst-36471-96")},
        {QStringLiteral("(Kamerstukken II 2023/24, 32 317, nr. 870)"), QStringLiteral("kst-32317-870")},
        {QStringLiteral("(36 410 VI, nr. 23)"), QStringLiteral("kst-36410-VI-23")},
        {QStringLiteral("brief 21 501-20, nr. 2146 over"), QStringLiteral("kst-21501-20-2146")},
        {QStringLiteral("zie 31865-207 en"), QStringLiteral("kst-31865-207")},
        {QStringLiteral("zie 21501-20-2160."), QStringLiteral("kst-21501-20-2160")},
        {QStringLiteral("de motie op stuk nr. 206 (28 844)"), QStringLiteral("kst-28844-206")},
        {QStringLiteral("Kamerstukken I 2024/25, 36 450, B"), QStringLiteral("kst-36450-B")},
        {QStringLiteral("zie Kamerstukken 36 704 voor"), QStringLiteral("dossier-36704")},
        {QStringLiteral("in dossier 36 600 VII staat"), QStringLiteral("dossier-36600-VII")},
        {QStringLiteral("Handelingen II 2024/25, nr. 9, item 4"), QStringLiteral("h-tk-20242025-9-4")},
        {QStringLiteral("Handelingen I 2024/25, nr. 3, item 7"), QStringLiteral("h-ek-20242025-3-7")},
        {QStringLiteral("Aanhangsel Handelingen II 2024/25, nr. 512"), QStringLiteral("ah-tk-20242025-512")},
        {QStringLiteral("Stb. 2024, 215"), QStringLiteral("stb-2024-215")},
        {QStringLiteral("Stcrt. 2023, 3251"), QStringLiteral("stcrt-2023-3251")},
        {QStringLiteral("Trb. 2010, 272"), QStringLiteral("trb-2010-272")},
        {QStringLiteral("Verordening (EU) 2024/1351 van"), QStringLiteral("eu:verordening:2024/1351")},
        {QStringLiteral("Richtlijn (EU) 2023/977"), QStringLiteral("eu:richtlijn:2023/977")},
        {QStringLiteral("Richtlijn 2006/123/EG"), QStringLiteral("eu:richtlijn:2006/123")},
        {QStringLiteral(u"toezegging TZ202410–113"), QStringLiteral("tz:TZ202410-113")},
        {QStringLiteral("zaak 2024Z12345"), QStringLiteral("zaak:2024Z12345")},
        {QStringLiteral("document 2024D40329"), QStringLiteral("tkdoc:2024D40329")},
        {QStringLiteral("in het Regeerprogramma staat"), QStringLiteral("named:regeerprogramma")},
        {QStringLiteral("het hoofdlijnenakkoord"), QStringLiteral("named:hoofdlijnenakkoord")},
        {QStringLiteral("de Miljoenennota"), QStringLiteral("named:miljoenennota")},
        {QStringLiteral("de Troonrede"), QStringLiteral("named:troonrede")},
    };
    for (const auto& [text, target] : examples) {
        INFO(text.toStdString());
        CHECK(targets(text) == QStringList{target});
    }
}

TEST_CASE("References across a line break, with non-breaking spaces and en dashes, are found")
{
    const QString text =
        QStringLiteral(u"zie Kamerstukken II 2023/24, 36\u00a0410\nVI, nr. 23 en 21\u00a0501–20, nr. 2146");
    const QList<Reference> refs = ReferenceScanner::scan(text);
    REQUIRE(refs.size() == 2);
    CHECK(refs[0].target == QStringLiteral("kst-36410-VI-23"));
    CHECK(refs[1].target == QStringLiteral("kst-21501-20-2146"));
    CHECK(text.mid(refs[1].start, refs[1].end - refs[1].start) == refs[1].text);
}

TEST_CASE("No reference is reported inside another")
{
    const QString text =
        QStringLiteral("Kamerstukken II 2023/24, 32 317, nr. 870; Handelingen II 2024/25, nr. 9, item 4; "
                       "Aanhangsel Handelingen II 2024/25, nr. 512; het Regeerprogramma.");
    const QList<Reference> refs = ReferenceScanner::scan(text);
    REQUIRE(refs.size() == 4);
    for (int i = 1; i < refs.size(); ++i)
        CHECK(refs[i].start >= refs[i - 1].end);
}

TEST_CASE("A list of numbers gives one reference per number")
{
    const QString text =
        QStringLiteral("Zie Kamerstukken II 2021/22, 29 515, nrs. 461, 462 en 463 en voorts 36 410 VI, nrs. 23 en 24.");
    const QList<Reference> refs = ReferenceScanner::scan(text);
    QStringList got;
    for (const Reference& r : refs)
        got.append(r.target);
    CHECK(got == QStringList{QStringLiteral("kst-29515-461"), QStringLiteral("kst-29515-462"),
                             QStringLiteral("kst-29515-463"), QStringLiteral("kst-36410-VI-23"),
                             QStringLiteral("kst-36410-VI-24")});
    REQUIRE(refs.size() == 5);
    CHECK(refs[1].text == QStringLiteral("462"));
    CHECK(refs[0].text == QStringLiteral("Kamerstukken II 2021/22, 29 515, nrs. 461"));
    for (int i = 1; i < refs.size(); ++i)
        CHECK(refs[i].start >= refs[i - 1].end);
}
