#include "MetadataParser.h"

#include "AanhangselReader.h"
#include "DocumentKind.h"
#include "DutchDate.h"
#include "LetterReader.h"
#include "NoteReader.h"
#include "PublicationId.h"
#include "SignatureFinder.h"
#include "TitleCase.h"
#include "Vergaderjaar.h"

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
    }
    // OCR reads a thorn into "PbEU" ("PÞbEU"); Dutch has no thorn.
    s.remove(QChar(0x00DE));
    s.remove(QChar(0x00FE));
    return s;
}

// What OCR makes of a Kamerstuk header: "IMr. 12" for "Nr. 12", "Staten Generaal" without its hyphen, "ll" for
// the Roman "II"; and a title that shares its line with the date ("VERSLAG Vastgesteld 12 oktober 1995").
QStringList headerLines(const QStringList& lines)
{
    static const QRegularExpression nr(QStringLiteral("^(?:IMr|lMr|INr|NR|Nr|nr)[.,:]? ?(\\d+[a-z]?)\\b"));
    static const QRegularExpression statenGeneraal(QStringLiteral("Staten[ -]+Generaal"),
                                                   QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression roman(QStringLiteral("\\b(?=[IVXl]*ll)[IVXl]+\\b"));
    static const QRegularExpression titleAndDate(
        QStringLiteral("^([A-Z][A-Z ,.'-]{4,}?) ((?:Vastgesteld|Ontvangen|Voorgesteld) .+)$"));
    QStringList out;
    for (QString line : lines) {
        if (const auto m = nr.match(line); m.hasMatch())
            line.replace(0, m.capturedEnd(), QStringLiteral("Nr. ") + m.captured(1));
        line.replace(statenGeneraal, QStringLiteral("Staten-Generaal"));
        for (auto it = roman.globalMatch(line); it.hasNext();) {
            const auto m = it.next();
            line.replace(m.capturedStart(), m.capturedLength(),
                         m.captured().replace(QLatin1Char('l'), QLatin1Char('I')));
        }
        if (const auto m = titleAndDate.match(line); m.hasMatch()) {
            out.append(m.captured(1));
            out.append(m.captured(2));
            continue;
        }
        out.append(line);
    }
    return out;
}

// A footnote marker after a title: "NADER RAPPORT1", "NADER RAPPORT 1".
QString withoutFootnoteMarker(QString title)
{
    static const QRegularExpression marker(QStringLiteral("(?<=[A-Z])\\s?\\d{1,2}$"));
    title.remove(marker);
    return title;
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
    const QStringList header = headerLines(lines);
    if (AanhangselReader::isAanhangsel(lines)) {
        AanhangselReader::read(lines, full, m);
        return m;
    }
    if (parseKamerstukHeader(header, m) || parseMotionSheet(lines, m)) {
        m.title = withoutFootnoteMarker(m.title);
        m.kind = DocumentKind::fromTitle(m.title);
        findSigners(full, m);
        static const QRegularExpression briefVan(QStringLiteral("^BRIEF VAN (?:DE |HET )?(.+)$"),
                                                 QRegularExpression::CaseInsensitiveOption);
        if (const auto match = briefVan.match(m.title); match.hasMatch() && m.sender.isEmpty())
            m.sender = roleFromUpperCase(match.captured(1));
    } else {
        if (parseFooterId(plain(firstPage), m) || parseFooterId(full, m))
            findTitleUnderFooterId(header, m);
        // A Handelingen item or a bijlage prints its own id ("h-tk-20232024-40-6", "blg-1007826").
        if (m.ondernummer.isEmpty())
            PublicationId::apply(PublicationId::ownIdLine(lines), m);
        if (m.ondernummer.isEmpty() && m.kind.isEmpty())
            parseOtherDocument(lines, full, m);
        // A letter on the ministry's own paper, and an answer to Kamervragen, is signed like a Kamerstuk.
        findSigners(full, m);
    }
    if (!m.dossiers.isEmpty() && !m.ondernummer.isEmpty())
        m.kstId = kstIdFor(m);
    m.date = findDate(header, full);
    if (m.kind == QLatin1String("verslag"))
        checkPrintedDate(lines, m);
    if (m.kind == QLatin1String("advies-raad-van-state")) {
        // The advice printed with its nader rapport is dated by the nader rapport, the government's answer.
        static const QRegularExpression naderRapport(QStringLiteral("nader rapport d\\.d\\.\\s+") +
                                                         DutchDate::pattern(),
                                                     QRegularExpression::CaseInsensitiveOption);
        if (const auto match = naderRapport.match(full); match.hasMatch())
            m.date = DutchDate::parse(match.captured(1), match.captured(2), match.captured(3));
    }
    if (!m.kstId.isEmpty() && m.vergaderjaar.isEmpty())
        m.vergaderjaar = Vergaderjaar::of(m.date.isValid() ? m.date : latestDateReferredTo(lines));
    m.readableTitle = TitleCase::readable(m.title, full);
    return m;
}

void MetadataParser::findSigners(const QString& fullText, DocumentMetadata& m)
{
    if (!m.signatories.isEmpty())
        return; // read with the letter's closing formula
    if (m.kind == QLatin1String("motie") || m.kind == QLatin1String("amendement")) {
        // The indieners sign; the motie has no sender of its own.
        m.signatories = m.kind == QLatin1String("motie") ? SignatureFinder::motionSigners(fullText)
                                                         : SignatureFinder::amendmentSigners(fullText);
        m.signatory = m.signatories.value(0);
        return;
    }
    static const QStringList signedKinds{QStringLiteral("brief"),
                                         QStringLiteral("antwoord-kamervragen"),
                                         QStringLiteral("memorie-van-toelichting"),
                                         QStringLiteral("memorie-van-antwoord"),
                                         QStringLiteral("nota-naar-aanleiding-van-verslag"),
                                         QStringLiteral("nota-van-wijziging"),
                                         QStringLiteral("advies-raad-van-state"),
                                         QStringLiteral("verslag")};
    if (!signedKinds.contains(m.kind))
        return;
    const QList<Signature> signatures = SignatureFinder::signatures(fullText);
    if (signatures.isEmpty())
        return;
    // The principal signature: the government's (under a nader rapport the minister signs after the Raad van
    // State's vice-president), else the first.
    const auto government =
        std::find_if(signatures.begin(), signatures.end(), [](const Signature& s) { return s.isGovernment(); });
    const Signature& principal = government != signatures.end() ? *government : signatures.first();
    for (const Signature& s : signatures)
        m.signatories.append(s.name);
    m.signatory = principal.name;
    if (m.kind == QLatin1String("verslag")) {
        // A committee's verslag is sent by the committee its chair signs for.
        static const QRegularExpression committee(
            QStringLiteral("\\bDe ((?:vaste |algemene )?commissie voor [^.;]+?) (?:heeft|hebben)\\b"));
        if (const auto match = committee.match(QString(fullText).replace(QLatin1Char('\n'), QLatin1Char(' ')));
            match.hasMatch())
            m.sender = match.captured(1);
    } else if (m.kind == QLatin1String("advies-raad-van-state")) {
        // Printed with its nader rapport, the advice is sent on by the minister who answers it.
        if (principal.isGovernment())
            m.sender = principal.role;
    } else if (m.sender.isEmpty()) {
        m.sender = principal.role;
    }
}

bool MetadataParser::parseKamerstukHeader(const QStringList& lines, DocumentMetadata& m)
{
    // "Vergaderjaar 2024-2025"; in the 1990s prints the number stands on that line ("Vergaderjaar 1995-1996 Nr.
    // 31b").
    static const QRegularExpression vergaderjaar(
        QStringLiteral("^Vergaderjaar (\\d{4}) ?- ?(\\d{4})(?: Nr\\. ?(\\d+[a-z]?))?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nrLine(QStringLiteral("^Nr\\. ?(\\d+[a-z]?)(?: (.+))?$"));
    // An Eerste Kamer letter alone, or with the title beside it ("C MEMORIE VAN ANTWOORD").
    static const QRegularExpression letterLine(QStringLiteral("^([A-Z]{1,2})(?: ([A-Z][A-Z ,.'-]{4,}))?$"));
    const int searchEnd = std::min<int>(int(lines.size()), 20);
    int vj = -1;
    for (int i = 0; i < searchEnd && vj < 0; ++i)
        if (const auto match = vergaderjaar.match(lines[i]); match.hasMatch()) {
            if (match.captured(2).toInt() != match.captured(1).toInt() + 1)
                return false;
            m.vergaderjaar = match.captured(1) + QLatin1Char('-') + match.captured(2);
            m.ondernummer = match.captured(3);
            vj = i;
        }
    // A Kamerstuk as the ministry's Word file prints it, or KOOP's HTML: no chamber, no vergaderjaar, the dossier
    // number (and title) on the first line and "Nr. 289" under it.
    bool bare = false;
    if (vj < 0) {
        for (int i = 0; i < std::min<int>(int(lines.size()) - 1, 3) && vj < 0; ++i) {
            const auto d = dossierLine().match(lines[i]);
            if (d.hasMatch() && nrLine.match(lines[i + 1]).hasMatch()) {
                vj = i - 1;
                bare = true;
            }
        }
    }
    if (vj < 0 && !bare)
        return false;

    for (const QString& line : lines.mid(0, vj + 12)) {
        if (line.contains(QLatin1String("Tweede Kamer der Staten-Generaal"), Qt::CaseInsensitive)) {
            m.chamber = 2;
            break;
        }
        if (line.contains(QLatin1String("Eerste Kamer der Staten-Generaal"), Qt::CaseInsensitive)) {
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
        // With the number on the vergaderjaar line, the document's title ends the dossiers.
        if (!m.ondernummer.isEmpty() && !m.dossiers.isEmpty() && isUpperCaseLine(line) &&
            DocumentKind::fromTitle(line) != QLatin1String("other"))
            break;
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
    const auto namesKind = [](const QString& line) { return DocumentKind::fromTitle(line) != QLatin1String("other"); };
    if (bare && m.dossiers.first().title.isEmpty() && i + 1 < lines.size() && !namesKind(lines[i]) &&
        namesKind(lines[i + 1])) {
        // The Word file prints the dossier's title under the number, then the document's.
        m.dossiers.first().title = lines[i++];
    }
    if (m.title.isEmpty() && i < lines.size() && !isUpperCaseLine(lines[i]) && namesKind(lines[i]))
        m.title = lines[i++];
    for (; i < lines.size() && isUpperCaseLine(lines[i]); ++i)
        m.title = m.title.isEmpty() ? lines[i] : m.title + QLatin1Char(' ') + lines[i];
    if (m.chamber == 0 && bare) {
        // The Word file does not say; a Kamerstuk is the Tweede Kamer's unless it names the Eerste.
        m.chamber = lines.join(QLatin1Char(' ')).contains(QLatin1String("Eerste Kamer")) ? 1 : 2;
    } else if (m.chamber == 0) {
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

bool MetadataParser::parseFooterId(const QString& text, DocumentMetadata& m)
{
    // Published Kamerstukken carry "kst-29515-496" and "Tweede Kamer, vergaderjaar 2024-2025, 29 515, nr.
    // 496" on every page: the identity of a page cut from a Kamerstuk, or of the KOOP HTML as text.
    static const QRegularExpression footer(
        QStringLiteral("(Tweede|Eerste) Kamer, vergaderjaar (\\d{4}) ?- ?(\\d{4}), (\\d{2}) ?(\\d{3})(?: ?- "
                       "?(\\d{1,2})| ([IVXL]+[A-C]?|[A-HJ]))?, "
                       "(?:nr\\. ?(\\d+[a-z]?)|([A-Z]{1,2})\\b)"));
    const auto f = footer.match(text);
    if (!f.hasMatch())
        return false;
    m.chamber = f.captured(1) == QLatin1String("Tweede") ? 2 : 1;
    m.vergaderjaar = f.captured(2) + QLatin1Char('-') + f.captured(3);
    Dossier d;
    d.number = f.captured(4) + f.captured(5);
    d.addition = f.hasCaptured(6) ? f.captured(6) : f.captured(7);
    m.dossiers.append(d);
    m.ondernummer = f.hasCaptured(8) ? f.captured(8) : f.captured(9);
    return true;
}

void MetadataParser::findTitleUnderFooterId(const QStringList& lines, DocumentMetadata& m)
{
    // Without its header, the document's title is the first capitalized line that names a kind.
    for (int i = 0; i < std::min<int>(int(lines.size()), 40); ++i) {
        if (!isUpperCaseLine(lines[i]) || DocumentKind::fromTitle(lines[i]) == QLatin1String("other"))
            continue;
        m.title = lines[i];
        for (int j = i + 1; j < lines.size() && isUpperCaseLine(lines[j]); ++j)
            m.title += QLatin1Char(' ') + lines[j];
        m.title = withoutFootnoteMarker(m.title);
        m.kind = DocumentKind::fromTitle(m.title);
        return;
    }
}

bool MetadataParser::parseMotionSheet(const QStringList& lines, DocumentMetadata& m)
{
    // The Tweede Kamer's sheet of a motie as it is moved in the debate: the date, the compact id ("35851-71",
    // "36600-VI-12"), the dossier's title, then "MOTIE VAN ...".
    static const QRegularExpression compactId(QStringLiteral("^(\\d{5})-(?:([IVXL]+[A-C]?|[A-HJ])-)?(\\d+)$"));
    for (int i = 0; i < std::min<int>(int(lines.size()), 4); ++i) {
        const auto id = compactId.match(lines[i]);
        if (!id.hasMatch())
            continue;
        QStringList dossierTitle;
        for (int j = i + 1; j < std::min<int>(int(lines.size()), i + 8); ++j) {
            const QString kind = DocumentKind::fromTitle(lines[j]);
            if (isUpperCaseLine(lines[j]) && (kind == QLatin1String("motie") || kind == QLatin1String("amendement"))) {
                m.dossiers.append(Dossier{id.captured(1), id.captured(2), dossierTitle.join(QLatin1Char(' '))});
                m.ondernummer = id.captured(3);
                m.title = lines[j];
                m.chamber = 2;
                return true;
            }
            dossierTitle.append(lines[j]);
        }
        return false;
    }
    return false;
}

QString MetadataParser::answeredZaak(const QString& head)
{
    static const QRegularExpression answer(
        QStringLiteral("In antwoord op uw brief van [^\\n]{0,40}?\\b(\\d{4}Z\\d{5})\\b[^\\n]{0,80}?\\bvragen van\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return answer.match(QString(head).replace(QLatin1Char('\n'), QLatin1Char(' '))).captured(1);
}

QDate MetadataParser::latestDateReferredTo(const QStringList& lines)
{
    // "over de brief van 30 september 2024", "zijn op 6 november 2024 ... voorgelegd", "Bij brief van 16
    // januari 2025": dates of what happened before the document was made.
    static const QRegularExpression past(QStringLiteral("(?:[Bb]rief van|zijn op|is op|d\\.d\\.) ") +
                                         DutchDate::pattern());
    QDate latest;
    const QString text = lines.mid(0, 40).join(QLatin1Char(' '));
    for (auto it = past.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const QDate d = DutchDate::parse(match.captured(1), match.captured(2), match.captured(3));
        if (d.isValid() && (!latest.isValid() || d > latest))
            latest = d;
    }
    return latest;
}

void MetadataParser::checkPrintedDate(const QStringList& lines, DocumentMetadata& m)
{
    // A verslag cannot be made before what it reports: a "Vastgesteld" date earlier than the letters it speaks
    // of is a typo (kst-29338-289 prints 16 januari 2024 for 2025). Keep what is printed, claim no date.
    const QDate latest = latestDateReferredTo(lines);
    if (m.date.isValid() && latest.isValid() && latest > m.date) {
        m.datePrinted = m.date;
        m.date = {};
    }
}

void MetadataParser::parseOtherDocument(const QStringList& lines, const QString& fullText, DocumentMetadata& m)
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
            // The Regeerprogramma works out the hoofdlijnenakkoord: both are the coalition's agreement.
            static const QStringList agreements{QStringLiteral("regeerprogramma"), QStringLiteral("hoofdlijnenakkoord"),
                                                QStringLiteral("coalitieakkoord")};
            m.kind = agreements.contains(m.namedAs) ? QStringLiteral("regeerakkoord") : QStringLiteral("other");
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
        m.zaak = answeredZaak(head);
        return;
    }
    // Without its letterhead (the Word page header lost in conversion) the answer still opens the way every
    // answer does: "In antwoord op uw brief van 5 juli 2024, nr. 2024Z11859, deel ik u mede dat de vragen ...".
    if (const QString zaak = answeredZaak(head); !zaak.isEmpty()) {
        m.kind = QStringLiteral("antwoord-kamervragen");
        m.chamber = 2;
        m.zaak = zaak;
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
        QStringLiteral(
            "^(?:Parafenroute|TER BESLISSING|TER ONDERTEKENING|TER INFORMATIE|TER ACCORDERING|Beslisnota)\\b"),
        QRegularExpression::MultilineOption);
    // The nota's own label, wherever OCR puts it: "(ter beslissing) Project ...", "TER BESLUITVORMING".
    static const QRegularExpression notaLabel(
        QStringLiteral("(?:^|\\()ter (?:beslissing|besluitvorming|ondertekening|informatie|accordering)\\b"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression toLine(QStringLiteral("^Aan\\b"));
    const bool addressedToMinister = std::any_of(top.begin(), top.begin() + std::min<qsizetype>(top.size(), 3),
                                                 [](const QString& l) { return addressee.match(l).hasMatch(); });
    const bool nota = std::any_of(top.begin(), top.begin() + std::min<qsizetype>(top.size(), 20),
                                  [](const QString& l) { return toLine.match(l).hasMatch(); }) &&
                      notaLabel.match(head).hasMatch();
    if ((addressedToMinister && beslisnota.match(head).hasMatch()) || nota) {
        m.kind = QStringLiteral("beslisnota");
        m.sender = LetterReader::letterheadOrganization(top);
        return;
    }
    if (!LetterReader::read(top, fullText, m))
        NoteReader::read(top, fullText, m);
}

QDate MetadataParser::findDate(const QStringList& firstPageLines, const QString& fullText)
{
    const QString date = DutchDate::pattern();
    // Month names are lower case in Dutch, but not every document keeps to that; a date may follow its place on
    // the next line when the text was broken there.
    const auto options = QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption;
    static const QRegularExpression placeDate(
        QStringLiteral("^(?:Den Haag|['’]?s-Gravenhage|Brussel|Luxemburg),?[ \\t]*\\n?[ \\t]*") + date +
            QStringLiteral("\\b"),
        options);
    static const QRegularExpression received(QStringLiteral("^(?:Ontvangen|Voorgesteld|Vastgesteld) (?:op )?") + date,
                                             options);
    static const QRegularExpression labelled(QStringLiteral("^Datum:?\\s+") + date, options);
    // A besluitenlijst is dated by its meeting: "Besluitenlijst van de vergadering gehouden op vrijdag 10 januari
    // 2025".
    static const QRegularExpression meeting(
        QStringLiteral("^Besluitenlijst van de vergadering gehouden op (?:\\w+dag )?") + date, options);
    static const QRegularExpression dateOnly(QStringLiteral("^") + date + QStringLiteral("$"),
                                             QRegularExpression::CaseInsensitiveOption);
    // "Leidschendam, 11 september 2020": any place, on a line of its own.
    static const QRegularExpression anyPlaceDate(
        QStringLiteral("^\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)?,[ \\t]*") + date + QStringLiteral("[ \\t]*$"),
        QRegularExpression::MultilineOption);
    for (const QRegularExpression* re : {&placeDate, &received, &labelled, &meeting, &anyPlaceDate}) {
        const auto match = re->match(fullText);
        if (match.hasMatch()) {
            const QDate d = DutchDate::parse(match.captured(1), match.captured(2), match.captured(3));
            if (d.isValid())
                return d;
        }
    }
    // "VERSLAG Vastgesteld 12 oktober 1995": the header's lines have the title and the date apart.
    if (const auto match = received.match(firstPageLines.mid(0, 40).join(QLatin1Char('\n'))); match.hasMatch())
        if (const QDate d = DutchDate::parse(match.captured(1), match.captured(2), match.captured(3)); d.isValid())
            return d;
    for (const QString& line : firstPageLines.mid(0, 40))
        if (const auto match = dateOnly.match(line); match.hasMatch())
            return DutchDate::parse(match.captured(1), match.captured(2), match.captured(3));
    return {};
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
