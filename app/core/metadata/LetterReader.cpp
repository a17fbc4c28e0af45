#include "LetterReader.h"

#include "PersonName.h"
#include "SignatureFinder.h"

#include <QRegularExpression>

namespace kl {

namespace {

const QRegularExpression& labelLine()
{
    // The labels of the side column of a Rijkshuisstijl letter, and of other letterheads.
    static const QRegularExpression re(
        QStringLiteral("^(?:Datum|Betreft|Onderwerp|Kenmerk|Ons kenmerk|Uw kenmerk|Uw brief|Uw referentie|"
                       "Bijlage\\(n\\)|Bijlagen?|Contactpersoon|Inlichtingen bij|Doorkiesnummer|Referentie|"
                       "Ref\\.?|Telefoon|E-mail|Pagina)\\b:?"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "Voorzitter", "Secretaris-directeur", "Directeur Systeemtoezicht, ...": the function printed under a name.
bool isFunctionLine(const QString& line)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:Voorzitter|Vice-?voorzitter|Secretaris|Directeur|Plaatsvervangend|Lid|Hoofd|"
                       "Projectdirecteur|Programmadirecteur|Burgemeester|Wethouder|Commissaris|President|"
                       "Vicepresident|Penningmeester|Algemeen directeur|Bestuursvoorzitter)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(line).hasMatch();
}

// The formula the signature follows: "Hoogachtend,", "Met vriendelijke groet".
const QRegularExpression& closingFormula()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:Hoogachtend|Met (?:de meeste |bijzondere )?hoogachting|Met (?:vriendelijke|hartelijke) "
                       "groet(?:en)?|Vriendelijke groet(?:en)?)[,.]?[ \\t]*$"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

QString LetterReader::subject(const QStringList& lines)
{
    static const QRegularExpression subjectLabel(QStringLiteral("^(?:Betreft|Onderwerp|Inzake)\\b:?\\s*(.*)$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    for (int i = 0; i < std::min<int>(int(lines.size()), 60); ++i) {
        const auto match = subjectLabel.match(lines[i]);
        if (!match.hasMatch())
            continue;
        if (!match.captured(1).isEmpty())
            return match.captured(1).trimmed();
        // The value under the label; a side column may put another label between.
        for (int j = i + 1; j < std::min<int>(int(lines.size()), i + 4); ++j)
            if (!labelLine().match(lines[j]).hasMatch() && lines[j].size() > 3)
                return lines[j];
    }
    return {};
}

QString LetterReader::ministryNamed(const QStringList& lines)
{
    static const QRegularExpression ministry(QStringLiteral("^Ministerie van .+$"));
    for (int i = 0; i < std::min<int>(int(lines.size()), 20); ++i)
        if (ministry.match(lines[i]).hasMatch())
            return lines[i].endsWith(QLatin1Char(',')) && i + 1 < lines.size()
                       ? lines[i] + QLatin1Char(' ') + lines[i + 1]
                       : lines[i];
    return {};
}

QString LetterReader::letterheadOrganization(const QStringList& lines)
{
    // "Ministerie van Klimaat en" / "Groene Groei" / "Directoraat-generaal Klimaat" / "en Energie" /
    // "Programmadirectie Kernenergie", up to the nota's labels: the ministry and its units, a line that ends on
    // "en" (or the next that opens with it) being one name.
    static const QRegularExpression ministry(QStringLiteral("^Ministerie van "));
    static const QRegularExpression unit(QStringLiteral("^\\p{Lu}[\\p{L}-]+(?: [\\p{L},-]+){0,6}$"));
    static const QRegularExpression stop(QStringLiteral(
        "^(?:Aan|Van|Datum|TER|Ter|\\(ter|Parafenroute|Auteur|Kenmerk|Referentie|Bijlage|nota|Nota)\\b"));
    int i = 0;
    while (i < std::min<int>(int(lines.size()), 10) && !ministry.match(lines[i]).hasMatch())
        ++i;
    if (i >= std::min<int>(int(lines.size()), 10))
        return {};
    QStringList names;
    for (; i < lines.size() && names.size() < 4; ++i) {
        const QString& line = lines[i];
        const bool continues =
            !names.isEmpty() && (names.last().endsWith(QLatin1String(" en")) ||
                                 names.last().endsWith(QLatin1Char(',')) || line.startsWith(QLatin1String("en ")));
        if (continues) {
            names.last() += QLatin1Char(' ') + line;
            continue;
        }
        if (stop.match(line).hasMatch() || !unit.match(line).hasMatch())
            break;
        names.append(line);
    }
    return names.join(QStringLiteral(", "));
}

QString LetterReader::letterheadMinistry(const QStringList& lines)
{
    // The sender's name stands above the return address ("Retouradres Postbus 20350 ..."); the addressee under it.
    static const QRegularExpression ministry(QStringLiteral("^Ministerie van .+$"));
    static const QRegularExpression returnAddress(QStringLiteral("\\bRetouradres\\b"),
                                                  QRegularExpression::CaseInsensitiveOption);
    for (int i = 0; i < std::min<int>(int(lines.size()), 15); ++i) {
        if (returnAddress.match(lines[i]).hasMatch())
            return {};
        if (!ministry.match(lines[i]).hasMatch())
            continue;
        QString name = lines[i];
        // "Ministerie van Volksgezondheid," / "Welzijn en Sport"
        if (name.endsWith(QLatin1Char(',')) && i + 1 < lines.size())
            name += QLatin1Char(' ') + lines[i + 1];
        const bool aboveReturnAddress =
            std::any_of(lines.begin() + i + 1, lines.begin() + std::min<int>(int(lines.size()), i + 6),
                        [](const QString& l) { return returnAddress.match(l).hasMatch(); });
        return aboveReturnAddress ? name : QString();
    }
    return {};
}

bool LetterReader::read(const QStringList& lines, const QString& fullText, DocumentMetadata& m)
{
    const QRegularExpression& closing = closingFormula();
    static const QRegularExpression salutation(QStringLiteral("^(?:Geachte|Beste|Zeer geachte)\\b"));
    const bool closes = closing.match(fullText).hasMatch();
    const QString title = subject(lines);
    const bool greets =
        std::any_of(lines.begin(), lines.end(), [](const QString& l) { return salutation.match(l).hasMatch(); });
    if (!closes || (title.isEmpty() && !greets))
        return false;
    m.kind = QStringLiteral("brief");
    m.title = title;
    readClosing(fullText, ministryNamed(lines), m);
    if (m.sender.isEmpty())
        m.sender = letterheadMinistry(lines);
    return true;
}

void LetterReader::readClosing(const QString& fullText, const QString& ministry, DocumentMetadata& m)
{
    const QRegularExpression& closing = closingFormula();
    static const QRegularExpression onBehalf(QStringLiteral("^namens (?:het |de )?(.+?),?$"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression role(QStringLiteral("^(?:de |het )?((?:minister|staatssecretaris)\\b.*)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    qsizetype from = -1;
    for (auto it = closing.globalMatch(fullText); it.hasNext();)
        from = it.next().capturedEnd();
    QString organization, roleText;
    bool inRole = false;
    int looked = 0;
    for (const auto& raw : QStringView(fullText).mid(from, 800).split(QLatin1Char('\n'))) {
        const QString line = raw.toString().simplified();
        if (line.isEmpty() || SignatureFinder::isPageFurniture(line))
            continue;
        if (++looked > 12)
            break;
        if (inRole) {
            // A role OCR broke over two lines: "de minister van Volksge" / "Welzijn en Sport,".
            roleText += QLatin1Char(' ') + line;
            inRole = !line.endsWith(QLatin1Char(','));
            continue;
        }
        if (const auto match = onBehalf.match(line); match.hasMatch()) {
            if (match.captured(1).compare(QLatin1String("deze"), Qt::CaseInsensitive) != 0)
                organization = match.captured(1);
            continue;
        }
        if (const auto match = role.match(line); match.hasMatch() && m.signatories.isEmpty()) {
            roleText = match.captured(1);
            inRole = !line.endsWith(QLatin1Char(','));
            continue;
        }
        // "De Adviescommissie Maatwerkafspraken Verduurzaming Industrie" signs as a body, above its members.
        static const QRegularExpression body(QStringLiteral("^(?:De|Het) (\\p{Lu}\\S+(?: \\S+){1,8})$"));
        if (const auto match = body.match(line);
            match.hasMatch() && m.signatories.isEmpty() && organization.isEmpty()) {
            organization = match.captured(1);
            continue;
        }
        const QString name = PersonName::bare(line);
        if (!isFunctionLine(name) && PersonName::looksLikeName(name)) {
            m.signatories.append(name);
            continue;
        }
        if (line.endsWith(QLatin1Char(',')) && m.signatories.isEmpty() && organization.isEmpty()) {
            organization = line.chopped(1); // "Autoriteit Persoonsgegevens," above "Namens deze,"
            continue;
        }
        if (isFunctionLine(line))
            continue;
        break; // the signature ends; or an unsigned draft's template text ("A.U.B. de ondertekengegevens ...")
    }
    m.signatory = m.signatories.value(0);
    if (!organization.isEmpty()) {
        m.sender = organization;
    } else if (!roleText.isEmpty()) {
        roleText = roleText.simplified();
        if (roleText.endsWith(QLatin1Char(',')))
            roleText.chop(1);
        roleText[0] = roleText[0].toUpper();
        // OCR cut the ministry's name; the letterhead prints it whole.
        static const QRegularExpression ministerOf(QStringLiteral("^(?:Minister|Staatssecretaris) van (\\S+)"));
        const auto cut = ministerOf.match(roleText);
        const QString ministryName = QString(ministry).remove(QStringLiteral("Ministerie van "));
        if (cut.hasMatch() && !ministry.isEmpty() && ministryName.startsWith(cut.captured(1)) &&
            !roleText.endsWith(ministryName))
            roleText = roleText.left(cut.capturedStart(1)) + ministryName;
        m.sender = roleText;
    }
}

} // namespace kl
