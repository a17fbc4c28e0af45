#include "ReferenceScanner.h"

#include <QRegularExpression>

#include <algorithm>

namespace kl {

namespace {

// A dossier number with its optional addition: captures number (2 groups), council number, Roman/fund.
const QString kDossier = QStringLiteral("(\\d{2}) ?(\\d{3})(?: ?- ?(\\d{1,2})(?!\\d)| ?-? "
                                        "?([IVXL]+[A-C]?|[A-HJ])(?![\\w]))?(?: ?\\(R\\d{3,4}\\))?");

QString dossierId(const QRegularExpressionMatch& m, int first)
{
    QString id = m.captured(first) + m.captured(first + 1);
    const QString council = m.captured(first + 2);
    const QString roman = m.captured(first + 3);
    if (!council.isEmpty())
        id += QLatin1Char('-') + council;
    else if (!roman.isEmpty())
        id += QLatin1Char('-') + roman;
    return id;
}

QString chamberCode(const QString& roman)
{
    return roman == QLatin1String("I") ? QStringLiteral("ek") : QStringLiteral("tk");
}

struct Rule {
    QString kind;
    QRegularExpression re;
    std::function<QString(const QRegularExpressionMatch&)> target;
};

const QList<Rule>& rules()
{
    using M = QRegularExpressionMatch;
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    static const QList<Rule> list{
        // Kamerstukken II 2023/24, 32 317, nr. 870 / Kamerstuk 36 471, nr. 96 / (36 410 VI, nr. 23)
        {QStringLiteral("kamerstuk"),
         QRegularExpression(QStringLiteral("(?:Kamerstuk(?:ken)? (?:(?:I|II) )?(?:\\d{4}/\\d{2,4},? )?)?\\b") +
                            kDossier + QStringLiteral(",? nr\\.? ?(\\d+)")),
         [](const M& m) { return QStringLiteral("kst-%1-%2").arg(dossierId(m, 1), m.captured(5)); }},
        // Eerste Kamer letters: Kamerstukken I 2024/25, 36 450, B
        {QStringLiteral("kamerstuk"),
         QRegularExpression(QStringLiteral("Kamerstuk(?:ken)? I (?:\\d{4}/\\d{2,4},? )?") + kDossier +
                            QStringLiteral(", ([A-Z]{1,2})\\b")),
         [](const M& m) { return QStringLiteral("kst-%1-%2").arg(dossierId(m, 1), m.captured(5)); }},
        // motie op stuk nr. 206 (28 844)
        {QStringLiteral("kamerstuk"),
         QRegularExpression(QStringLiteral("(?:(?:motie|amendement) )?op stuk nr\\. ?(\\d+) \\(") + kDossier +
                                QStringLiteral("\\)"),
                            ci),
         [](const M& m) { return QStringLiteral("kst-%1-%2").arg(dossierId(m, 2), m.captured(1)); }},
        // compact forms 21501-20-2160 and 31865-207
        {QStringLiteral("kamerstuk"),
         QRegularExpression(QStringLiteral("(?<![\\d/-])(\\d{5})-(\\d{2})-(\\d{1,4})(?![\\d/-])")),
         [](const M& m) { return QStringLiteral("kst-%1-%2-%3").arg(m.captured(1), m.captured(2), m.captured(3)); }},
        {QStringLiteral("kamerstuk"), QRegularExpression(QStringLiteral("(?<![\\d/.-])(\\d{5})-(\\d{1,4})(?![\\d/-])")),
         [](const M& m) { return QStringLiteral("kst-%1-%2").arg(m.captured(1), m.captured(2)); }},
        // Handelingen II 2024/25, nr. 9, item 4
        {QStringLiteral("handelingen"),
         QRegularExpression(QStringLiteral("(?<!Aanhangsel )(?<!Aanhangsel van de )Handelingen (I|II),? "
                                           "(\\d{4})/(\\d{2}),? nr\\. ?(\\d+)(?:,? item (\\d+))?")),
         [](const M& m) {
             const QString years = m.captured(2) + QString::number(m.captured(2).toInt() + 1);
             QString id = QStringLiteral("h-%1-%2-%3").arg(chamberCode(m.captured(1)), years, m.captured(4));
             if (!m.captured(5).isEmpty())
                 id += QLatin1Char('-') + m.captured(5);
             return id;
         }},
        {QStringLiteral("aanhangsel"),
         QRegularExpression(
             QStringLiteral("Aanhangsel (?:van de )?Handelingen (I|II),? (\\d{4})/(\\d{2}),? nr\\. ?(\\d+)")),
         [](const M& m) {
             const QString years = m.captured(2) + QString::number(m.captured(2).toInt() + 1);
             return QStringLiteral("ah-%1-%2-%3").arg(chamberCode(m.captured(1)), years, m.captured(4));
         }},
        {QStringLiteral("staatsblad"),
         QRegularExpression(QStringLiteral("\\b(Stb|Stcrt|Trb)\\. (\\d{4}),? (?:nr\\. )?(\\d+)")),
         [](const M& m) {
             return QStringLiteral("%1-%2-%3").arg(m.captured(1).toLower(), m.captured(2), m.captured(3));
         }},
        // Verordening (EU) 2024/1351
        {QStringLiteral("eu"),
         QRegularExpression(
             QStringLiteral("\\b(Verordening|Richtlijn|Besluit|Uitvoeringsverordening|Gedelegeerde "
                            "verordening|Uitvoeringsbesluit) \\((?:EU|EG|EEG|Euratom)\\) (?:nr\\. )?(\\d{2,4})/(\\d+)"),
             ci),
         [](const M& m) {
             QString type = m.captured(1).toLower();
             type.replace(QLatin1Char(' '), QLatin1Char('-'));
             return QStringLiteral("eu:%1:%2/%3").arg(type, m.captured(2), m.captured(3));
         }},
        // Richtlijn 2006/123/EG
        {QStringLiteral("eu"),
         QRegularExpression(QStringLiteral("\\b(Verordening|Richtlijn|Besluit) (\\d{2,4})/(\\d+)/(?:EU|EG|EEG)\\b"),
                            ci),
         [](const M& m) {
             return QStringLiteral("eu:%1:%2/%3").arg(m.captured(1).toLower(), m.captured(2), m.captured(3));
         }},
        {QStringLiteral("toezegging"), QRegularExpression(QStringLiteral("\\bTZ(\\d{6}) ?- ?(\\d+)\\b")),
         [](const M& m) { return QStringLiteral("tz:TZ%1-%2").arg(m.captured(1), m.captured(2)); }},
        {QStringLiteral("zaak"), QRegularExpression(QStringLiteral("\\b((?:19|20)\\d{2}Z\\d{5})\\b")),
         [](const M& m) { return QStringLiteral("zaak:") + m.captured(1); }},
        {QStringLiteral("document"), QRegularExpression(QStringLiteral("\\b((?:19|20)\\d{2}D\\d{5})\\b")),
         [](const M& m) { return QStringLiteral("tkdoc:") + m.captured(1); }},
        // Kamerstukken 36 704 / dossier 36 600 VII, not followed by a document number
        {QStringLiteral("dossier"),
         QRegularExpression(
             QStringLiteral("\\b(?:Kamerstukken|dossier|Kamerdossier) ") + kDossier + QStringLiteral("(?!,? nr)"), ci),
         [](const M& m) { return QStringLiteral("dossier-") + dossierId(m, 1); }},
        {QStringLiteral("named"),
         QRegularExpression(
             QStringLiteral("\\b(regeerprogramma|hoofdlijnenakkoord|coalitieakkoord|miljoenennota|troonrede|"
                            "voorjaarsnota|najaarsnota)\\b"),
             ci),
         [](const M& m) { return QStringLiteral("named:") + m.captured(1).toLower(); }},
    };
    return list;
}

} // namespace

QString ReferenceScanner::normalizeForScan(const QString& text)
{
    QString s = text;
    for (QChar& c : s) {
        const char16_t u = c.unicode();
        if (u == 0x2013 || u == 0x2014 || u == 0x2011 || u == 0x2010 || u == 0x2212)
            c = QLatin1Char('-');
        else if (u == 0x00A0 || u == 0x2009 || u == 0x202F || u == 0x2007 || u == u'\n' || u == u'\f' || u == u'\t')
            c = QLatin1Char(' ');
    }
    return s;
}

QList<Reference> ReferenceScanner::merge(QList<Reference> base, const QList<Reference>& extra)
{
    for (const Reference& r : extra) {
        const bool overlaps = std::any_of(base.begin(), base.end(),
                                          [&](const Reference& b) { return r.start < b.end && b.start < r.end; });
        if (!overlaps)
            base.append(r);
    }
    std::sort(base.begin(), base.end(), [](const Reference& a, const Reference& b) { return a.start < b.start; });
    return base;
}

// "Kamerstukken II 2021/22, 29 515, nrs. 461, 462 en 463": one reference per number. The first runs from the start
// of the citation to its number, each further one is its number alone.
static QList<Reference> scanNumberLists(const QString& text, const QString& s)
{
    static const QRegularExpression list(
        QStringLiteral("(?:Kamerstuk(?:ken)? (?:(?:I|II) )?(?:\\d{4}/\\d{2,4},? )?)?\\b") + kDossier +
        QStringLiteral(",? nrs\\.? ?(\\d+)((?:, ?\\d+)*)(?:,? (?:en|t/m|tot en met) (\\d+))?"));
    static const QRegularExpression number(QStringLiteral("\\d+"));
    QList<Reference> refs;
    for (auto it = list.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        const QString dossier = dossierId(m, 1);
        auto add = [&](qsizetype start, qsizetype end, const QString& nr) {
            refs.append(Reference{QStringLiteral("kamerstuk"), QStringLiteral("kst-%1-%2").arg(dossier, nr),
                                  text.mid(start, end - start), start, end});
        };
        add(m.capturedStart(), m.capturedEnd(5), m.captured(5));
        for (auto n = number.globalMatch(s, m.capturedStart(6)); n.hasNext();) {
            const auto nm = n.next();
            if (nm.capturedEnd() > m.capturedEnd(6))
                break;
            add(nm.capturedStart(), nm.capturedEnd(), nm.captured(0));
        }
        if (m.hasCaptured(7))
            add(m.capturedStart(7), m.capturedEnd(7), m.captured(7));
    }
    return refs;
}

QList<Reference> ReferenceScanner::scan(const QString& text)
{
    const QString s = normalizeForScan(text);
    QList<Reference> found;
    for (const Rule& rule : rules()) {
        auto it = rule.re.globalMatch(s);
        while (it.hasNext()) {
            const auto m = it.next();
            found.append(Reference{rule.kind, rule.target(m), text.mid(m.capturedStart(), m.capturedLength()),
                                   m.capturedStart(), m.capturedEnd()});
        }
    }
    found += scanNumberLists(text, s);
    // Longest first at each start, so that one span yields one target.
    std::stable_sort(found.begin(), found.end(), [](const Reference& a, const Reference& b) {
        return a.start != b.start ? a.start < b.start : (a.end - a.start) > (b.end - b.start);
    });
    QList<Reference> result;
    for (const Reference& r : found) {
        const bool overlaps = std::any_of(result.begin(), result.end(),
                                          [&](const Reference& b) { return r.start < b.end && b.start < r.end; });
        if (!overlaps)
            result.append(r);
    }
    return result;
}

} // namespace kl
