#include "AanhangselReader.h"

#include "DutchDate.h"
#include "PublicationId.h"

#include <QRegularExpression>

namespace kl {

bool AanhangselReader::isAanhangsel(const QStringList& lines)
{
    for (const QString& line : lines.mid(0, 12))
        if (line.contains(QLatin1String("Aanhangsel van de Handelingen")))
            return true;
    // Without its header (KOOP's HTML): it opens with who asked whom, and when.
    static const QRegularExpression asked(QStringLiteral("^Vragen van (?:de leden|het lid) .*\\(ingezonden "));
    if (!lines.isEmpty() && asked.match(lines.first()).hasMatch())
        return true;
    return PublicationId::ownIdLine(lines).startsWith(QLatin1String("ah-"));
}

QStringList AanhangselReader::questioners(const QString& phrase)
{
    static const QRegularExpression members(
        QStringLiteral("^(?:van )?(?:de leden|het lid|het kamerlid|de kamerleden) "),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression party(QStringLiteral("\\s*\\([^)]*\\)"));
    QString names = phrase;
    names.remove(members);
    names.remove(party);
    QStringList out;
    for (QString name : names.split(QRegularExpression(QStringLiteral(",\\s*|\\s+en\\s+")), Qt::SkipEmptyParts)) {
        name = name.simplified();
        if (!name.isEmpty())
            out.append(name);
    }
    return out;
}

void AanhangselReader::read(const QStringList& lines, const QString& fullText, DocumentMetadata& m)
{
    const QString date = DutchDate::pattern();
    m.kind = QStringLiteral("kamervragen");
    for (const QString& line : lines.mid(0, 12)) {
        if (line.contains(QLatin1String("Tweede Kamer")))
            m.chamber = 2;
        else if (line.contains(QLatin1String("Eerste Kamer")))
            m.chamber = 1;
        static const QRegularExpression year(QStringLiteral("Vergaderjaar (\\d{4}) ?- ?(\\d{4})"),
                                             QRegularExpression::CaseInsensitiveOption);
        if (const auto match = year.match(line); match.hasMatch() && m.vergaderjaar.isEmpty())
            m.vergaderjaar = match.captured(1) + QLatin1Char('-') + match.captured(2);
    }
    // The number stands alone under the header; the footer prints the whole id.
    static const QRegularExpression number(QStringLiteral("^(\\d{1,5})$"));
    for (const QString& line : lines.mid(0, 20))
        if (const auto match = number.match(line);
            match.hasMatch() && match.captured(1) != QLatin1String("2") && match.captured(1) != QLatin1String("1")) {
            m.aanhangselNumber = match.captured(1);
            break;
        }
    // The footer's own id ("ah-tk-20202021-3235") is the surest of all.
    if (const QString id = PublicationId::ownIdLine(lines); id.startsWith(QLatin1String("ah-")))
        PublicationId::apply(id, m);

    const QString flat = QString(fullText).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
    static const QRegularExpression asked(
        QStringLiteral("\\bVragen van ((?:de leden|het lid) .+?) aan (?:de |het )?(.+?) "
                       "over (.+?) \\(ingezonden ") +
        date + QStringLiteral("\\)"));
    if (const auto match = asked.match(flat); match.hasMatch()) {
        m.questioners = questioners(match.captured(1));
        m.questionsDate = DutchDate::parse(match.captured(4), match.captured(5), match.captured(6));
        m.title = flat.mid(match.capturedStart(), match.capturedEnd(3) - match.capturedStart());
        m.date = m.questionsDate;
    }
    // "Antwoord van Minister Koolmees (Sociale Zaken en Werkgelegenheid) (ontvangen 21 juni 2021)", also "...
    // staatssecretaris Van Ark (Volksgezondheid, Welzijn en Sport), mede namens ...".
    static const QRegularExpression answered(
        QStringLiteral("\\bAntwoord van (?:de )?([Mm]inister|[Ss]taatssecretaris|[Mm]inister-[Pp]resident) "
                       "(.+?) \\(([^)]+)\\)[^()]{0,200}?\\(ontvangen ") +
        date + QStringLiteral("\\)"));
    if (const auto match = answered.match(flat); match.hasMatch()) {
        m.kind = QStringLiteral("antwoord-kamervragen");
        QString role = match.captured(1);
        role[0] = role[0].toUpper();
        m.sender = role.startsWith(QLatin1String("Minister-")) ? QStringLiteral("Minister-President")
                                                               : role + QStringLiteral(" van ") + match.captured(3);
        m.signatory = match.captured(2);
        m.signatories = {m.signatory};
        m.date = DutchDate::parse(match.captured(4), match.captured(5), match.captured(6));
    }
    static const QRegularExpression zaak(QStringLiteral("\\b(\\d{4}Z\\d{5})\\b"));
    if (m.zaak.isEmpty())
        m.zaak = zaak.match(flat.left(4000)).captured(1);
}

} // namespace kl
