#include "MetadataParser.h"

#include "DocumentKind.h"
#include "DutchDate.h"

#include <QRegularExpression>

namespace kl {

namespace {

// Dashes and odd spaces written as plain ASCII, so the patterns below stay simple.
QString plain(QString s)
{
    for (QChar& c : s) {
        const char16_t u = c.unicode();
        if (u == 0x2013 || u == 0x2014 || u == 0x2011 || u == 0x2010 || u == 0x2212)
            c = QLatin1Char('-');
        else if (u == 0x00A0 || u == 0x2009 || u == 0x202F || u == 0x2007)
            c = QLatin1Char(' ');
        else if (u == 0x2019 || u == 0x2018)
            c = QLatin1Char('\'');
    }
    return s;
}

QStringList nonEmptyLines(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString t = line.simplified();
        if (!t.isEmpty())
            lines.append(t);
    }
    return lines;
}

bool isUpperCaseLine(const QString& line)
{
    int upper = 0, lower = 0;
    for (QChar c : line) {
        if (c.isUpper())
            ++upper;
        else if (c.isLower())
            ++lower;
    }
    return upper >= 3 && lower * 10 <= upper;
}

// "MINISTER VAN ASIEL EN MIGRATIE" -> "Minister van Asiel en Migratie"
QString roleFromUpperCase(const QString& upper)
{
    static const QStringList small{QStringLiteral("van"), QStringLiteral("voor"), QStringLiteral("en"),
                                   QStringLiteral("de"),  QStringLiteral("het"),  QStringLiteral("der")};
    QStringList words = upper.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < words.size(); ++i) {
        if (i == 0 || !small.contains(words[i]))
            words[i][0] = words[i][0].toUpper();
    }
    return words.join(QLatin1Char(' '));
}

const QRegularExpression& dossierLine()
{
    // "36 600 VII Title", "21 501-20", "36 027 (R2160)", "19 637"; the addition: Roman numerals for budget
    // chapters, a fund letter (never I), or a two-digit EU council number.
    static const QRegularExpression re(
        QStringLiteral("^(\\d{2}) ?(\\d{3})(?: ?- ?(\\d{1,2})| ([IVXL]+[A-C]?|[A-HJ]))?(?: "
                       "?\\((R\\d{3,4})\\))?(?: (.+))?$"));
    return re;
}

} // namespace

DocumentMetadata MetadataParser::parse(const QString& firstPage, const QString& fullText)
{
    DocumentMetadata m;
    const QStringList lines = nonEmptyLines(plain(firstPage));
    const QString full = plain(fullText);
    if (parseKamerstukHeader(lines, m)) {
        m.kind = DocumentKind::fromTitle(m.title);
        if (m.kind == QLatin1String("brief") || m.kind == QLatin1String("memorie-van-toelichting") ||
            m.kind == QLatin1String("memorie-van-antwoord") ||
            m.kind == QLatin1String("nota-naar-aanleiding-van-verslag") ||
            m.kind == QLatin1String("nota-van-wijziging"))
            findSignature(full, m);
        static const QRegularExpression briefVan(QStringLiteral("^BRIEF VAN (?:DE |HET )?(.+)$"),
                                                 QRegularExpression::CaseInsensitiveOption);
        if (const auto match = briefVan.match(m.title); match.hasMatch() && m.sender.isEmpty())
            m.sender = roleFromUpperCase(match.captured(1));
    } else {
        parseFooterId(plain(firstPage), m);
        if (m.ondernummer.isEmpty())
            parseOtherDocument(lines, m);
        // A letter on the ministry's own paper, and an answer to Kamervragen, is signed like a Kamerstuk.
        if (m.kind == QLatin1String("brief") || m.kind == QLatin1String("antwoord-kamervragen"))
            findSignature(full, m);
    }
    if (!m.dossiers.isEmpty() && !m.ondernummer.isEmpty())
        m.kstId = kstIdFor(m);
    m.date = findDate(lines, full);
    return m;
}

bool MetadataParser::parseKamerstukHeader(const QStringList& lines, DocumentMetadata& m)
{
    static const QRegularExpression vergaderjaar(QStringLiteral("^Vergaderjaar (\\d{4}) ?- ?(\\d{4})$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nrLine(QStringLiteral("^Nr\\. ?(\\d+)(?: (.+))?$"));
    // An Eerste Kamer letter alone, or with the title beside it ("C MEMORIE VAN ANTWOORD").
    static const QRegularExpression letterLine(QStringLiteral("^([A-Z]{1,2})(?: ([A-Z][A-Z ,.'-]{4,}))?$"));
    const int searchEnd = std::min<int>(int(lines.size()), 20);
    int vj = -1;
    for (int i = 0; i < searchEnd && vj < 0; ++i)
        if (const auto match = vergaderjaar.match(lines[i]); match.hasMatch()) {
            if (match.captured(2).toInt() != match.captured(1).toInt() + 1)
                return false;
            m.vergaderjaar = match.captured(1) + QLatin1Char('-') + match.captured(2);
            vj = i;
        }
    if (vj < 0)
        return false;

    for (const QString& line : lines.mid(0, vj + 12)) {
        if (line.contains(QLatin1String("Tweede Kamer der Staten-Generaal"))) {
            m.chamber = 2;
            break;
        }
        if (line.contains(QLatin1String("Eerste Kamer der Staten-Generaal"))) {
            m.chamber = 1;
            break;
        }
    }

    int titleLines = 0;
    int i = vj + 1;
    for (; i < lines.size() && i < vj + 16; ++i) {
        const QString& line = lines[i];
        if (const auto d = dossierLine().match(line); d.hasMatch()) {
            Dossier dossier;
            dossier.number = d.captured(1) + d.captured(2);
            dossier.addition = d.hasCaptured(3) ? d.captured(3) : d.captured(4);
            dossier.title = d.captured(6);
            m.dossiers.append(dossier);
            titleLines = 0;
            continue;
        }
        if (const auto nr = nrLine.match(line); nr.hasMatch()) {
            m.ondernummer = nr.captured(1);
            if (nr.hasCaptured(2))
                m.title = nr.captured(2);
            ++i;
            break;
        }
        if (const auto letter = letterLine.match(line); m.chamber == 1 && !m.dossiers.isEmpty() && letter.hasMatch()) {
            m.ondernummer = letter.captured(1);
            m.title = letter.captured(2);
            ++i;
            break;
        }
        if (m.dossiers.isEmpty() || titleLines >= 5)
            continue; // the stray "2" beside the chamber name, and the like
        Dossier& d = m.dossiers.last();
        d.title = d.title.isEmpty() ? line : d.title + QLatin1Char(' ') + line;
        ++titleLines;
    }
    if (m.dossiers.isEmpty() || m.ondernummer.isEmpty())
        return false;
    // The document's title: the capitalized lines under its number; set in ordinary case, the line under the
    // number when it names a kind ("Brief van de minister van ...").
    if (m.title.isEmpty() && i < lines.size() && !isUpperCaseLine(lines[i]) &&
        DocumentKind::fromTitle(lines[i]) != QLatin1String("other"))
        m.title = lines[i++];
    for (; i < lines.size() && isUpperCaseLine(lines[i]); ++i)
        m.title = m.title.isEmpty() ? lines[i] : m.title + QLatin1Char(' ') + lines[i];
    if (m.chamber == 0) {
        // The seed-style text has no chamber line, but says to whom it is addressed.
        for (const QString& line : lines.mid(vj, 20)) {
            if (line.contains(QLatin1String("Tweede Kamer")))
                m.chamber = 2;
            else if (line.contains(QLatin1String("Eerste Kamer")))
                m.chamber = 1;
            if (m.chamber != 0)
                break;
        }
    }
    return true;
}

void MetadataParser::parseFooterId(const QString& firstPage, DocumentMetadata& m)
{
    // Published Kamerstukken carry "kst-29515-496" and "Tweede Kamer, vergaderjaar 2024-2025, 29 515, nr.
    // 496".
    static const QRegularExpression footer(
        QStringLiteral("(Tweede|Eerste) Kamer, vergaderjaar (\\d{4})-(\\d{4}), (\\d{2}) ?(\\d{3})(?: ?- "
                       "?(\\d{1,2})| ([IVXL]+[A-C]?|[A-HJ]))?, "
                       "(?:nr\\. (\\d+)|([A-Z]{1,2})\\b)"));
    const auto f = footer.match(firstPage);
    if (!f.hasMatch())
        return;
    m.chamber = f.captured(1) == QLatin1String("Tweede") ? 2 : 1;
    m.vergaderjaar = f.captured(2) + QLatin1Char('-') + f.captured(3);
    Dossier d;
    d.number = f.captured(4) + f.captured(5);
    d.addition = f.hasCaptured(6) ? f.captured(6) : f.captured(7);
    m.dossiers.append(d);
    m.ondernummer = f.hasCaptured(8) ? f.captured(8) : f.captured(9);
}

void MetadataParser::parseOtherDocument(const QStringList& lines, DocumentMetadata& m)
{
    const QStringList top = lines.mid(0, 60);
    const QString head = top.join(QLatin1Char('\n'));
    static const QRegularExpression named(
        QStringLiteral("^(Regeerprogramma|Hoofdlijnenakkoord|Coalitieakkoord|Miljoenennota|Troonrede|"
                       "Voorjaarsnota|Najaarsnota)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (!top.isEmpty()) {
        if (const auto match = named.match(top.first()); match.hasMatch()) {
            m.namedAs = match.captured(1).toLower();
            m.title = top.first();
            // A subtitle directly under the name, up to the date line.
            static const QRegularExpression dateOnly(QStringLiteral("^") + DutchDate::pattern() + QStringLiteral("$"));
            for (int i = 1; i < top.size() && i < 4 && !dateOnly.match(top[i]).hasMatch(); ++i)
                m.title += (i == 1 ? QStringLiteral(". ") : QStringLiteral(" ")) + top[i];
            return;
        }
    }
    // A Kamerbrief on the ministry's letterhead, before it is printed as a Kamerstuk: addressed to the chair of a
    // chamber, with a "Betreft" line that is its subject.
    static const QRegularExpression chair(QStringLiteral("^Aan de [Vv]oorzitter van de (Tweede|Eerste) Kamer\\b"));
    static const QRegularExpression subject(QStringLiteral("^Betreft\\s*(.*)$"));
    int chairLine = -1, subjectLine = -1;
    for (int i = 0; i < top.size(); ++i) {
        if (chairLine < 0 && chair.match(top[i]).hasMatch())
            chairLine = i;
        if (subjectLine < 0 && subject.match(top[i]).hasMatch())
            subjectLine = i;
    }
    if (chairLine >= 0 && subjectLine >= 0) {
        m.kind = QStringLiteral("brief");
        m.chamber = chair.match(top[chairLine]).captured(1) == QLatin1String("Tweede") ? 2 : 1;
        const QString sameLine = subject.match(top[subjectLine]).captured(1).trimmed();
        m.title = !sameLine.isEmpty() ? sameLine : top.value(subjectLine + 1);
        return;
    }
    // An answer to Kamervragen on the ministry's letterhead, before it is printed in the Aanhangsel: its subject
    // says so ("Beantwoording Kamervragen van het lid ...", "Antwoorden op Kamervragen over ..."). Before the
    // Raad van State rule: an answer may well mention the Afdeling advisering.
    static const QRegularExpression onderwerp(QStringLiteral("^(?:Onderwerp|Betreft)\\s*(.*)$"));
    static const QRegularExpression answers(
        QStringLiteral("^(?:Beantwoording|Antwoord(?:en)?)(?: (?:op|van))?(?: de)? (?:schriftelijke )?Kamervragen\\b"),
        QRegularExpression::CaseInsensitiveOption);
    for (int i = 0; i < top.size(); ++i) {
        const auto line = onderwerp.match(top[i]);
        if (!line.hasMatch())
            continue;
        const QString said = line.captured(1).trimmed();
        const QString topic = !said.isEmpty() ? said : top.value(i + 1).trimmed();
        if (!answers.match(topic).hasMatch())
            break;
        m.kind = QStringLiteral("antwoord-kamervragen");
        m.chamber = topic.contains(QLatin1String("Eerste Kamer")) ? 1 : 2;
        m.title = topic;
        return;
    }
    // Before the Raad van State rule: a besluitenlijst of the ministerraad lists its advice among the items.
    static const QRegularExpression besluitenlijst(QStringLiteral("^Besluitenlijst\\b.*$"),
                                                   QRegularExpression::MultilineOption);
    if (const auto match = besluitenlijst.match(head); match.hasMatch()) {
        m.kind = QStringLiteral("besluitenlijst");
        m.title = match.captured(0);
        static const QRegularExpression cabinet(QStringLiteral("^MINISTERRAAD$"), QRegularExpression::MultilineOption);
        if (cabinet.match(head).hasMatch())
            m.sender = QStringLiteral("Ministerraad");
        return;
    }
    static const QRegularExpression rvsNumber(QStringLiteral("\\bNo\\. ?W\\d{2}\\.\\d{2}\\.\\d{4,5}/[IVX]+\\b"));
    if (rvsNumber.match(head).hasMatch() || head.contains(QLatin1String("Afdeling advisering van de Raad van State"))) {
        m.kind = QStringLiteral("advies-raad-van-state");
        m.sender = QStringLiteral("Afdeling advisering van de Raad van State");
        return;
    }
    static const QRegularExpression addressee(
        QStringLiteral("^Aan de (Minister|Staatssecretaris|Minister-President)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression beslisnota(
        QStringLiteral("^(Parafenroute|TER BESLISSING|TER ONDERTEKENING|TER INFORMATIE|TER ACCORDERING|Beslisnota)\\b"),
        QRegularExpression::MultilineOption);
    const bool addressedToMinister = std::any_of(top.begin(), top.begin() + std::min<qsizetype>(top.size(), 3),
                                                 [](const QString& l) { return addressee.match(l).hasMatch(); });
    if (addressedToMinister && beslisnota.match(head).hasMatch())
        m.kind = QStringLiteral("beslisnota");
}

QDate MetadataParser::findDate(const QStringList& firstPageLines, const QString& fullText)
{
    const QString date = DutchDate::pattern();
    // Month names are lower case in Dutch, but not every document keeps to that; a date may follow its place on
    // the next line when the text was broken there.
    const auto options = QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption;
    static const QRegularExpression placeDate(
        QStringLiteral("^(?:Den Haag|'?s-Gravenhage|Brussel|Luxemburg),?[ \\t]*\\n?[ \\t]*") + date +
            QStringLiteral("\\b"),
        options);
    static const QRegularExpression received(QStringLiteral("^(?:Ontvangen|Voorgesteld|Vastgesteld) (?:op )?") + date,
                                             options);
    static const QRegularExpression labelled(QStringLiteral("^Datum\\s+") + date, options);
    // A besluitenlijst is dated by its meeting: "Besluitenlijst van de vergadering gehouden op vrijdag 10 januari
    // 2025".
    static const QRegularExpression meeting(
        QStringLiteral("^Besluitenlijst van de vergadering gehouden op (?:\\w+dag )?") + date, options);
    static const QRegularExpression dateOnly(QStringLiteral("^") + date + QStringLiteral("$"),
                                             QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpression* re : {&placeDate, &received, &labelled, &meeting}) {
        const auto match = re->match(fullText);
        if (match.hasMatch()) {
            const QDate d = DutchDate::parse(match.captured(1), match.captured(2), match.captured(3));
            if (d.isValid())
                return d;
        }
    }
    for (const QString& line : firstPageLines.mid(0, 40))
        if (const auto match = dateOnly.match(line); match.hasMatch())
            return DutchDate::parse(match.captured(1), match.captured(2), match.captured(3));
    return {};
}

void MetadataParser::findSignature(const QString& fullText, DocumentMetadata& m)
{
    static const QRegularExpression role(
        QStringLiteral(
            "^(?:[Dd]e|[Hh]et) ((?:Minister|Staatssecretaris|Minister-President|Minister-president|Voorzitter|"
            "minister|staatssecretaris)\\b[^\\n]{0,120}?),?[ \\t]*$"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression name(QStringLiteral("^(?:[A-Z][a-z]{0,2}\\.\\s?)+\\s?[A-Z\\p{Ll}][\\p{L}' .-]+$"));
    auto it = role.globalMatch(fullText);
    while (it.hasNext()) {
        const auto match = it.next();
        // The name follows within a few lines; page furniture (footer ids, ISSN) may come between.
        const QStringList after = fullText.mid(match.capturedEnd(), 400).split(QLatin1Char('\n'));
        int looked = 0;
        for (const QString& raw : after) {
            const QString line = raw.simplified();
            if (line.isEmpty())
                continue;
            if (name.match(line).hasMatch()) {
                // "De minister van ..." under an answer: the role as a sender is written with a capital.
                m.sender = match.captured(1).simplified();
                m.sender[0] = m.sender[0].toUpper();
                m.signatory = line;
                return;
            }
            if (++looked == 4)
                break;
        }
    }
}

QString MetadataParser::kstIdFor(const DocumentMetadata& m)
{
    const Dossier& d = m.dossiers.first();
    QString id = QStringLiteral("kst-") + d.number;
    if (!d.addition.isEmpty())
        id += QLatin1Char('-') + d.addition;
    return id + QLatin1Char('-') + m.ondernummer;
}

} // namespace kl
