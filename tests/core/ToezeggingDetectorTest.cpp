#include "TestPaths.h"
#include "ToezeggingEvaluation.h"

#include "import/DocumentReader.h"
#include "toezeggingen/ToezeggingDetector.h"

#include <catch2/catch.hpp>

using namespace kl;

namespace {

QStringList found(const QString& text, const QDate& written = QDate(2024, 11, 15))
{
    QStringList out;
    for (const DetectedToezegging& t : ToezeggingDetector().detect(text, written))
        out.append(t.sentence);
    return out;
}

} // namespace

TEST_CASE("Commitments are found by their cues, and not where the writer declines or reports", "[toezeggingen]")
{
    const QString text = QStringLiteral(
        "Geachte voorzitter,\n\n"
        "Hierbij stuur ik uw Kamer de voortgangsrapportage. Ik zal uw Kamer voor de zomer informeren over de "
        "uitkomsten van het onderzoek. Het kabinet zet in op snellere procedures. Ik kan niet toezeggen dat de wet "
        "voor 1 januari in werking treedt. De minister van Financiën heeft toegezegd de cijfers te leveren.\n\n"
        "Wanneer ontvangt de Kamer de evaluatie? Ik kom hier separaat op terug. Het kabinet zal in het najaar "
        "een wetsvoorstel indienen. Conform mijn toezegging in het commissiedebat van 3 oktober stuur ik u hierbij "
        "de brief over de opvang.");
    const QList<DetectedToezegging> all = ToezeggingDetector().detect(text, QDate(2024, 11, 15));
    QStringList sentences;
    for (const DetectedToezegging& t : all)
        sentences.append(t.sentence);
    INFO(sentences.join(QLatin1String("\n")).toStdString());
    REQUIRE(all.size() == 4);
    CHECK(all[0].sentence.startsWith(QStringLiteral("Ik zal uw Kamer voor de zomer informeren")));
    CHECK(all[0].deadline.phrase == QStringLiteral("voor de zomer"));
    CHECK(all[0].deadline.due == QDate(2025, 7, 3));
    CHECK(all[0].confidence >= 0.9);
    CHECK(all[1].sentence == QStringLiteral("Ik kom hier separaat op terug."));
    CHECK_FALSE(all[1].deadline.found());
    CHECK(all[2].sentence.startsWith(QStringLiteral("Het kabinet zal in het najaar")));
    CHECK(all[2].deliverable == QStringLiteral("wetsvoorstel"));
    CHECK(all[2].deadline.due == QDate(2024, 12, 20));
    CHECK(all[2].confidence < all[0].confidence);
    CHECK(all[3].kept);
    // The spans point at the sentences in the text.
    CHECK(text.mid(all[1].start, all[1].end - all[1].start) == all[1].sentence);
}

TEST_CASE("Sentences are split at full stops before capitals, not after abbreviations", "[toezeggingen]")
{
    const QString text = QStringLiteral("Zie Kamerstuk 29 754, nr. 3. Dat is o.a. het plan. Een zin\nover twee "
                                        "regels die door-\nloopt.\n\nKop\nTekst na de kop.");
    QStringList parts;
    for (const auto& [start, end] : ToezeggingDetector::sentences(text))
        parts.append(ToezeggingDetector::tidy(QStringView(text).mid(start, end - start)));
    CHECK(parts == QStringList{QStringLiteral("Zie Kamerstuk 29 754, nr. 3."), QStringLiteral("Dat is o.a. het plan."),
                               QStringLiteral("Een zin over twee regels die doorloopt."),
                               QStringLiteral("Kop Tekst na de kop.")});
}

TEST_CASE("The seed letter's commitment is found: Ik kom hier separaat op terug, with no date", "[toezeggingen]")
{
    if (!TestPaths::haveCorpus()) {
        WARN("SKIPPED: the corpus is not there");
        return;
    }
    const DocumentReader::FileRead read = DocumentReader::readFile(
        TestPaths::corpus(QStringLiteral("txt/kst-19637-3274__brief-minister-asiel-migratie.txt")));
    REQUIRE(read.result.ok());
    QString text;
    for (const auto& page : read.result.document.pages)
        text += page.text + QLatin1Char('\n');
    const QList<DetectedToezegging> all = ToezeggingDetector().detect(text, read.result.document.metadata.date);
    const auto it = std::find_if(all.begin(), all.end(), [](const DetectedToezegging& t) {
        return t.sentence.contains(QStringLiteral("Ik kom hier separaat op terug"));
    });
    REQUIRE(it != all.end());
    CHECK_FALSE(it->deadline.hasDate());
    CHECK(read.result.document.metadata.sender.contains(QStringLiteral("Asiel en Migratie")));
}

TEST_CASE("The ministerraad's decisions and passive promises count and the answer's opening does not", "[toezeggingen]")
{
    const QString text = QStringLiteral(
        "In antwoord op uw brief van 9 november 2023 deel ik u mede dat de vragen worden beantwoord zoals aangegeven "
        "in de bijlage bij deze brief.\n\n"
        "De minister van BZK zal de brief aan de Tweede Kamer sturen.\n\n"
        "Het rapport wordt momenteel afgerond en zal op korte termijn met uw Kamer gedeeld worden. "
        "De ATR heeft het voornemen om in 2025 betrokken te zijn bij de volgende onderzoeken. "
        "Ik zal NWO vragen of de evaluatie ook de honoreringspercentages betrekt. "
        "Daarnaast vragen de leden wat ik ga doen om het onderzoek te steunen.");
    const QList<DetectedToezegging> all = ToezeggingDetector().detect(text, QDate(2024, 12, 6));
    QStringList sentences;
    for (const DetectedToezegging& t : all)
        sentences.append(t.sentence);
    INFO(sentences.join(QLatin1String("\n")).toStdString());
    REQUIRE(all.size() == 2);
    CHECK(all[0].who == QStringLiteral("De minister van BZK"));
    CHECK(all[0].deliverable == QStringLiteral("brief"));
    CHECK(all[1].sentence.startsWith(QStringLiteral("Het rapport wordt momenteel afgerond")));
    CHECK(all[1].deadline.phrase == QStringLiteral("op korte termijn"));
    CHECK(all[1].who.isEmpty());
}

TEST_CASE("In a debate only the government's members commit", "[toezeggingen]")
{
    const QString text = QStringLiteral("De heer Klaver (GroenLinks):\n\nIk zal de Kamer voor de zomer een motie "
                                        "voorleggen.\n\nMinister Rutte:\n\nIk zeg toe dat ik de Kamer voor de zomer "
                                        "informeer. Ik kom terug op het amendement van de heer Klaver.\n\n"
                                        "De voorzitter:\n\nIk zal de vergadering schorsen tot na de lunch.\n");
    const QList<DetectedToezegging> all = ToezeggingDetector().detect(text, QDate(2024, 3, 1));
    REQUIRE(all.size() == 1);
    CHECK(all[0].sentence.startsWith(QStringLiteral("Ik zeg toe")));
    CHECK(all[0].who == QStringLiteral("Minister Rutte"));
}

TEST_CASE("Detection meets its targets against the hand labels of real documents", "[toezeggingen][corpus]")
{
    if (!TestPaths::haveCorpus()) {
        WARN("SKIPPED: the corpus is not there");
        return;
    }
    QString error;
    const QList<ToezeggingScore> scores =
        ToezeggingEvaluation::run(QStringLiteral(KAMERLEZER_TOEZEGGING_LABELS), TestPaths::corpus() + "/..", &error);
    INFO(error.toStdString());
    REQUIRE(scores.size() >= 15);
    int labelled = 0;
    for (const ToezeggingScore& s : scores)
        labelled += s.labelled;
    CHECK(labelled >= 40);
    CHECK(ToezeggingEvaluation::recall(scores) >= 0.9);
    CHECK(ToezeggingEvaluation::precision(scores) >= 0.85);
}
