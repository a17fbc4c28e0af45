#include "refs/ReferenceScanner.h"
#include "document/DocumentMetadata.h"
#include "document/RunningHeaders.h"
#include "search/PassageSplitter.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

using kl::DocumentMetadata;
using kl::PassageSplitter;
using kl::Reference;
using kl::ReferenceScanner;
using kl::RunningHeaders;

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
        // The forms added for real documents (DESIGN.md section 5, issue 13).
        {QStringLiteral(u"Aanhangsel Handelingen, vergaderjaar 2022–2023, nr. 1873"),
         QStringLiteral("ah-tk-20222023-1873")},
        {QStringLiteral("1) Aanhangsel van de Handelingen, vergaderjaar 2023-2024, nr. 1121."),
         QStringLiteral("ah-tk-20232024-1121")},
        {QStringLiteral("Aanhangsel Handelingen nr. 512, Vergaderjaar 1995-1996"),
         QStringLiteral("ah-tk-19951996-512")},
        {QStringLiteral("Aanhangsel van de Handelingen II, 2022/-23, nr. 1823"), QStringLiteral("ah-tk-20222023-1823")},
        {QStringLiteral("Aanhangsel Handelingen I 2023/24, nr. 7"), QStringLiteral("ah-ek-20232024-7")},
        {QStringLiteral("Handelingen II 2023-2024, nr. 40, item 6"), QStringLiteral("h-tk-20232024-40-6")},
        {QStringLiteral("Staatsblad 2019, 207"), QStringLiteral("stb-2019-207")},
        {QStringLiteral("Stb. 2023, nr. 454"), QStringLiteral("stb-2023-454")},
        {QStringLiteral("Staatscourant 2023, nr. 3251"), QStringLiteral("stcrt-2023-3251")},
        {QStringLiteral("Tractatenblad 2010, 272"), QStringLiteral("trb-2010-272")},
        {QStringLiteral("(35 925-18)"), QStringLiteral("kst-35925-18")},
        {QStringLiteral("(Kamerstuk 35925-VI-56) en"), QStringLiteral("kst-35925-VI-56")},
        {QStringLiteral("bij initiatiefvoorstel financiële defensieverplichtingen\n(36 353) (Minister)"),
         QStringLiteral("dossier-36353")},
        {QStringLiteral("Kamerstukken II 1995/96, 24 400 VI, nr. 31b"), QStringLiteral("kst-24400-VI-31b")},
        {QStringLiteral("(Kamerstukken II 2020/21, 35 756, nr.2)"), QStringLiteral("kst-35756-2")},
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

TEST_CASE("Lists with nr. before every number, or after nrs., give one reference per number")
{
    CHECK(
        targets(QStringLiteral("zie Kamerstuk 36 471, nr. 412, nr. 415 en 416.")) ==
        QStringList{QStringLiteral("kst-36471-412"), QStringLiteral("kst-36471-415"), QStringLiteral("kst-36471-416")});
    CHECK(
        targets(QStringLiteral("Kamerstukken II 2023/24, 36 471, nrs. 412, 415 en 416")) ==
        QStringList{QStringLiteral("kst-36471-412"), QStringLiteral("kst-36471-415"), QStringLiteral("kst-36471-416")});
    CHECK(targets(QStringLiteral("Kamerstuk 36 471, nr. 412 en 413")) ==
          QStringList{QStringLiteral("kst-36471-412"), QStringLiteral("kst-36471-413")});
    // A number after a comma is a page or a year, not another document, unless nr. or nrs. says so.
    CHECK(targets(QStringLiteral("(Kamerstuk 36 410 VI, nr. 65, 2024)")) ==
          QStringList{QStringLiteral("kst-36410-VI-65")});
}

TEST_CASE("What is not a reference: an amount, a URL, a kenmerk, a regeerprogramma still to come, a yearly nota")
{
    CHECK(targets(QStringLiteral("kost (\u20ac 20 000) per jaar")).isEmpty());
    CHECK(targets(QStringLiteral("kost (20 000) per jaar")).isEmpty());
    CHECK(targets(QStringLiteral("zie https://zoek.officielebekendmakingen.nl/kst-36410-VI-65.html en "
                                 "zoek.officielebekendmakingen.nl/kst-31865-207 of www.tweedekamer.nl/2024Z01234"))
              .isEmpty());
    CHECK(targets(QStringLiteral("bijlage van 14 juli 2020, kenmerk 2020D29967, p. 21")).isEmpty());
    // Numbers inside an identifier (a GUID of the Tweede Kamer's records), or with a leading zero, are no dossier.
    CHECK(targets(QStringLiteral("objectid=\"f6f03115-452e-4797-9d20-7e3721149e11\" en 03115-452")).isEmpty());
    CHECK(targets(QStringLiteral("zal worden uitgewerkt in een regeerprogramma")).isEmpty());
    CHECK(targets(QStringLiteral("met de voorjaarsnota verwerkt; bij de Voorjaarsnota 2025 besloten")).isEmpty());
    CHECK(targets(QStringLiteral("zoals de Voorjaarsnota meldt")) ==
          QStringList{QStringLiteral("named:voorjaarsnota")});
    // A reference beside a URL is still one.
    CHECK(targets(QStringLiteral("Kamerstuk 36 410 VI, nr. 65 (https://www.tweedekamer.nl/x)")) ==
          QStringList{QStringLiteral("kst-36410-VI-65")});
}

TEST_CASE("The document's own id is no reference, and a changed motion refers to the one it replaces")
{
    ReferenceScanner::Context context;
    context.ownIds = QStringList{QStringLiteral("kst-28286-1366")};
    context.ownDossier = QStringLiteral("28286");
    const QString text = QStringLiteral("GEWIJZIGDE MOTIE TER VERVANGING VAN DIE GEDRUKT ONDER NR.\u00a01360\n"
                                        "zie Kamerstuk 28 286, nr. 1255\n28 286, nr. 1366\nkst-28286-1366");
    QStringList got;
    for (const Reference& r : ReferenceScanner::scan(text, context))
        got.append(r.target);
    CHECK(got == QStringList{QStringLiteral("kst-28286-1360"), QStringLiteral("kst-28286-1255")});
    // Without a dossier of its own, "gedrukt onder nr." names nothing that can be known.
    CHECK(targets(QStringLiteral("TER VERVANGING VAN DIE GEDRUKT ONDER NR. 1360")).isEmpty());
}

TEST_CASE("Running headers and footers of a multi-page text are found and give no references")
{
    // Four pages of a Kamerstuk: a running header with the page number and chapter, the KOOP footer and the
    // colophon; the body cites one Kamerstuk, the header names the dossier and the footer the document itself.
    QStringList pages;
    for (int p = 1; p <= 4; ++p) {
        pages.append(QStringLiteral("%1 Regeerprogramma | 2. Grip op asiel en migratie\n\n"
                                    "Tekst van bladzijde %1 met Kamerstuk 36 471, nr. %2 erin.\n\n"
                                    "Tweede Kamer, vergaderjaar 2024\u20132025, 19 637, nr. 3274 %1")
                         .arg(p)
                         .arg(90 + p));
    }
    pages.last() += QStringLiteral("\nkst-19637-3274\nISSN 0921 - 7371\n\u2019s-Gravenhage 2024");
    const QList<QList<RunningHeaders::Range>> running = RunningHeaders::perPage(pages);
    REQUIRE(running.size() == 4);
    CHECK(running[0].size() == 2);
    CHECK(running[3].size() == 5);
    CHECK(pages[1].mid(running[1][0].start, running[1][0].end - running[1][0].start) ==
          QStringLiteral("2 Regeerprogramma | 2. Grip op asiel en migratie"));

    DocumentMetadata own;
    own.kstId = QStringLiteral("kst-19637-3274");
    QStringList got;
    for (const Reference& r : ReferenceScanner::scanDocument(pages, own))
        got.append(r.target);
    CHECK(got == QStringList{QStringLiteral("kst-36471-91"), QStringLiteral("kst-36471-92"),
                             QStringLiteral("kst-36471-93"), QStringLiteral("kst-36471-94")});

    // Without the running lines the footer would be a reference to the document, and the header a named one.
    QStringList unfiltered;
    for (const Reference& r : ReferenceScanner::scan(pages.join(QLatin1Char('\f'))))
        unfiltered.append(r.target);
    CHECK(unfiltered.contains(QStringLiteral("kst-19637-3274")));
    CHECK(unfiltered.contains(QStringLiteral("named:regeerprogramma")));
}

TEST_CASE("Lines of text at the top of several pages, a label, or footnotes at their foot are not running")
{
    QStringList pages;
    for (int p = 1; p <= 4; ++p) {
        pages.append(
            QStringLiteral("Over onderwerp %1 van de brief\nZaak:\nIets anders op bladzijde %1 hier\nmeer tekst "
                           "%1 erbij\nen tekst %1 hier\nslot %1 van de tekst\n%1 Kamerstuk 36 600 VIII, nr. %2\n%1")
                .arg(p)
                .arg(60 + p));
    }
    const QList<QList<RunningHeaders::Range>> running = RunningHeaders::perPage(pages);
    for (int p = 0; p < 4; ++p) {
        INFO(p);
        REQUIRE(running[p].size() == 1); // the page number alone
        CHECK(pages[p].mid(running[p][0].start, running[p][0].end - running[p][0].start) == QString::number(p + 1));
    }
    QStringList got;
    for (const Reference& r : ReferenceScanner::scanDocument(pages, DocumentMetadata()))
        got.append(r.target);
    CHECK(got == QStringList{QStringLiteral("kst-36600-VIII-61"), QStringLiteral("kst-36600-VIII-62"),
                             QStringLiteral("kst-36600-VIII-63"), QStringLiteral("kst-36600-VIII-64")});
}

TEST_CASE("Passages leave the running lines out and keep the rest of the page")
{
    const QString page = QStringLiteral("19\nRegeerprogramma | 2. Grip op asiel en migratie\nInleiding\nNederland is "
                                        "een van de meest dichtbevolkte landen.\n\nTweede alinea.");
    const QList<RunningHeaders::Range> skip{{0, 2}, {3, 49}};
    QStringList texts;
    for (const PassageSplitter::Passage& p : PassageSplitter::split(page, skip))
        texts.append(page.mid(p.start, p.end - p.start));
    CHECK(texts == QStringList{QStringLiteral("Inleiding\nNederland is een van de meest dichtbevolkte landen."),
                               QStringLiteral("Tweede alinea.")});
    CHECK(PassageSplitter::split(page).size() == 2);
}

TEST_CASE("Merging and filtering references give what comparing every pair gives, on thousands of them", "[references]")
{
    // The naive rules, as they read: an extra reference is kept when it overlaps none kept so far; a reference is
    // dropped when it overlaps a skipped range.
    auto overlaps = [](qsizetype s1, qsizetype e1, qsizetype s2, qsizetype e2) { return s1 < e2 && s2 < e1; };
    QRandomGenerator random(7);
    for (int trial = 0; trial < 20; ++trial) {
        QList<Reference> base, extra;
        qsizetype at = 0;
        for (int i = 0; i < 300; ++i) { // a scan's result, in order; XML's own references may overlap a little
            at += random.bounded(1, 40);
            const qsizetype length = random.bounded(1, 30) + (i % 10 == 0 ? 80 : 0);
            base.append(
                Reference{QStringLiteral("kamerstuk"), QStringLiteral("b%1").arg(i), QString(), at, at + length});
            at += i % 10 == 0 ? 5 : length;
        }
        for (int i = 0; i < 300; ++i) {
            const qsizetype start = random.bounded(0, int(at));
            extra.append(Reference{QStringLiteral("kamerstuk"), QStringLiteral("e%1").arg(i), QString(), start,
                                   start + random.bounded(1, 30)});
        }
        std::sort(extra.begin(), extra.end(), [](const Reference& a, const Reference& b) { return a.start < b.start; });
        QList<Reference> expected = base;
        for (const Reference& r : extra)
            if (std::none_of(expected.begin(), expected.end(),
                             [&](const Reference& b) { return overlaps(r.start, r.end, b.start, b.end); }))
                expected.append(r);
        std::stable_sort(expected.begin(), expected.end(),
                         [](const Reference& a, const Reference& b) { return a.start < b.start; });
        QStringList want, got;
        for (const Reference& r : expected)
            want.append(r.target);
        for (const Reference& r : ReferenceScanner::merge(base, extra))
            got.append(r.target);
        CHECK(got == want);

        ReferenceScanner::Context context;
        for (int i = 0; i < 50; ++i) {
            const qsizetype start = random.bounded(0, int(at));
            context.skip.append({start, start + random.bounded(1, 200)});
        }
        QStringList kept, keptNaive;
        for (const Reference& r : ReferenceScanner::without(base, context))
            kept.append(r.target);
        for (const Reference& r : base)
            if (std::none_of(context.skip.begin(), context.skip.end(),
                             [&](const auto& s) { return overlaps(r.start, r.end, s.start, s.end); }))
                keptNaive.append(r.target);
        CHECK(kept == keptNaive);
    }
}
