#include "LineUnwrapper.h"

#include <catch2/catch.hpp>

using kl::LineUnwrapper;

namespace {
const QChar kLine = QChar::LineSeparator;
}

TEST_CASE("Lines the source wrapped flow again, lines a paragraph means stay", "[ui][text]")
{
    // OCR or a converted page: a sentence broken at the column's width.
    const QString wrapped = QStringLiteral("Het kabinet heeft besloten om de opvang van asielzoekers beter te\n"
                                           "spreiden over de gemeenten van ons land, zoals de Kamer vroeg in\n"
                                           "de motie van het lid Van Dijk.");
    const QString flowing = LineUnwrapper::unwrap(wrapped);
    CHECK(flowing.size() == wrapped.size()); // offsets into the stored text stay valid
    CHECK_FALSE(flowing.contains(kLine));
    CHECK_FALSE(flowing.contains(QLatin1Char('\n')));
    CHECK(flowing.contains(QStringLiteral("beter te spreiden")));

    // An address, a signature under its role, a list: their lines are meant.
    CHECK(LineUnwrapper::unwrap(QStringLiteral("Postbus 20011\n2500 EH Den Haag")).contains(kLine));
    CHECK(LineUnwrapper::unwrap(QStringLiteral("De Minister van Asiel en Migratie,  \nM.H.M. Faber-van de Klashorst"))
              .contains(kLine));
    const QString list = QStringLiteral("Het kabinet neemt de volgende maatregelen om de instroom te beperken:\n"
                                        "- een strengere toets op de nareis van gezinsleden van statushouders;\n"
                                        "- het afschaffen van de vaste verblijfsvergunning voor onbepaalde tijd.");
    CHECK(LineUnwrapper::unwrap(list).count(kLine) == 2);
    const QString questions = QStringLiteral("Bent u bekend met het bericht over de wachttijden bij de IND in 2024?\n"
                                             "Vraag 2 Hoeveel aanvragen liggen er op dit moment bij de IND en waarom?");
    CHECK(LineUnwrapper::unwrap(questions).count(kLine) == 1);
    CHECK(LineUnwrapper::unwrap(QStringLiteral("Eén regel.")) == QStringLiteral("Eén regel."));
}
