#include "DeadlineParser.h"

#include <QRegularExpression>

#include <functional>
#include <vector>

namespace kl {

namespace {

const QString kMonths =
    QStringLiteral("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december");
// A year as a letter names it: "2025", "dit jaar", "volgend jaar".
const QString kYear = QStringLiteral("\\d{4}|dit jaar|het lopende jaar|volgend jaar|komend jaar|het volgende jaar|"
                                     "het komende jaar|het nieuwe jaar");

int monthNumber(const QString& name)
{
    return int(kMonths.split(QLatin1Char('|')).indexOf(name.toLower())) + 1;
}

int numberWord(const QString& word)
{
    static const QStringList words = {QStringLiteral("een"),   QStringLiteral("twee"), QStringLiteral("drie"),
                                      QStringLiteral("vier"),  QStringLiteral("vijf"), QStringLiteral("zes"),
                                      QStringLiteral("zeven"), QStringLiteral("acht"), QStringLiteral("negen"),
                                      QStringLiteral("tien"),  QStringLiteral("elf"),  QStringLiteral("twaalf")};
    const QString w = word.toLower();
    if (w == QLatin1String("één"))
        return 1;
    if (const qsizetype i = words.indexOf(w); i >= 0)
        return int(i) + 1;
    return w.toInt();
}

// The year a phrase names, or 0 when it names none ("in maart": the caller takes the next one).
int namedYear(const QString& phrase, const QDate& written)
{
    const QString p = phrase.toLower();
    if (p.isEmpty())
        return 0;
    if (p.contains(QLatin1String("volgend")) || p.contains(QLatin1String("komend")) ||
        p.contains(QLatin1String("nieuwe")))
        return written.year() + 1;
    if (p.contains(QLatin1String("dit")) || p.contains(QLatin1String("lopende")))
        return written.year();
    return p.toInt();
}

QDate lastOfMonth(int year, int month)
{
    const QDate first(year, month, 1);
    return first.addDays(first.daysInMonth() - 1);
}

// The date in the named year, or in the first year from the letter's on which it is not past.
QDate yearOrNext(int named, const QDate& written, const std::function<QDate(int)>& inYear)
{
    if (named > 0)
        return inYear(named);
    const QDate thisYear = inYear(written.year());
    return thisYear >= written ? thisYear : inYear(written.year() + 1);
}

QDate prinsjesdag(int year)
{
    // The third Tuesday of September.
    QDate d(year, 9, 1);
    while (d.dayOfWeek() != Qt::Tuesday)
        d = d.addDays(1);
    return d.addDays(14);
}

// Where the calendar does not reach: the recesses as they usually fall.
RecessCalendar::Recess usualRecess(const QString& name, int year)
{
    if (name == QLatin1String("zomer"))
        return {name, QDate(year, 7, 5), QDate(year, 9, 1)};
    if (name == QLatin1String("kerst"))
        return {name, QDate(year, 12, 20), QDate(year + 1, 1, 10)};
    if (name == QLatin1String("voorjaar"))
        return {name, QDate(year, 2, 15), QDate(year, 2, 24)};
    if (name == QLatin1String("mei"))
        return {name, QDate(year, 4, 26), QDate(year, 5, 11)};
    return {name, QDate(year, 10, 15), QDate(year, 10, 25)}; // herfst
}

struct Rule {
    QRegularExpression pattern;
    // The due date of a match; invalid for a phrase without one.
    std::function<QDate(const QRegularExpressionMatch&, const QDate& written, const RecessCalendar&)> due;
};

QRegularExpression rx(const QString& pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
}

QDate recessDeadline(const QRegularExpressionMatch& m, const QDate& written, const RecessCalendar& calendar)
{
    const QString how = m.captured(1).toLower();
    QString name = m.captured(2).toLower();
    const bool saysRecess = !m.captured(3).isEmpty();
    if (name == QLatin1String("voorjaars") || name == QLatin1String("krokus"))
        name = QStringLiteral("voorjaar");
    // "In de zomer" is the season, not the recess.
    if (how == QLatin1String("in") && !saysRecess)
        return name == QLatin1String("zomer")
                   ? yearOrNext(namedYear(m.captured(4), written), written, [](int y) { return QDate(y, 9, 22); })
                   : QDate();
    const int year = namedYear(m.captured(4), written);
    const bool before = how.contains(QLatin1String("voor")) || how == QLatin1String("rond");
    std::optional<RecessCalendar::Recess> recess;
    if (year > 0)
        recess = calendar.inYear(name, year);
    else
        recess = before ? calendar.nextBeginning(name, written) : calendar.next(name, written);
    if (!recess) {
        const int y = year > 0 ? year : written.year();
        recess = usualRecess(name, y);
        if (year == 0 && (before ? recess->first <= written : recess->last < written))
            recess = usualRecess(name, y + 1);
    }
    if (how == QLatin1String("rond"))
        return recess->first;
    if (before)
        return recess->first.addDays(-1);
    if (how.startsWith(QLatin1String("direct")) || how.startsWith(QLatin1String("kort")))
        return recess->last.addDays(28);
    if (how == QLatin1String("na"))
        return recess->last.addDays(42);
    return recess->last; // tijdens, in het ...reces
}

const std::vector<Rule>& rules()
{
    static const std::vector<Rule> all = [] {
        std::vector<Rule> r;
        // A day: "uiterlijk 1 maart", "voor 1 juli 2025", "op 15 januari".
        r.push_back({rx(QStringLiteral("\\b(uiterlijk |voor |vóór |op |per |rond |tegen |v[oó]{2}r of op )?(\\d{1,2}) "
                                       "(%1)\\b(?: (\\d{4}))?")
                            .arg(kMonths)),
                     [](const QRegularExpressionMatch& m, const QDate& written, const RecessCalendar&) {
                         const int day = m.captured(2).toInt(), month = monthNumber(m.captured(3));
                         const bool before = m.captured(1).trimmed().toLower() == QLatin1String("voor") ||
                                             m.captured(1).trimmed().toLower() == QLatin1String("vóór");
                         const QDate d =
                             yearOrNext(m.captured(4).toInt(), written, [&](int y) { return QDate(y, month, day); });
                         return before ? d.addDays(-1) : d;
                     }});
        // A month: "in maart", "eind juni 2025", "voor september", "medio mei".
        r.push_back({rx(QStringLiteral("\\b(in |voor |vóór |eind |einde |begin |medio |half |uiterlijk in |uiterlijk "
                                       "eind |rond )(?:de maand )?(%1)\\b(?: (?:van )?(%2))?")
                            .arg(kMonths, kYear)),
                     [](const QRegularExpressionMatch& m, const QDate& written, const RecessCalendar&) {
                         const QString how = m.captured(1).trimmed().toLower();
                         const int month = monthNumber(m.captured(2));
                         return yearOrNext(namedYear(m.captured(3), written), written, [&](int y) {
                             if (how == QLatin1String("voor") || how == QLatin1String("vóór"))
                                 return QDate(y, month, 1).addDays(-1);
                             if (how == QLatin1String("begin"))
                                 return QDate(y, month, 10);
                             if (how == QLatin1String("medio") || how == QLatin1String("half") ||
                                 how == QLatin1String("rond"))
                                 return QDate(y, month, 15);
                             return lastOfMonth(y, month);
                         });
                     }});
        // A quarter: "in het eerste kwartaal van 2025", "Q3 2025".
        r.push_back({rx(QStringLiteral("\\b(?:in |voor |vóór |uiterlijk in |tijdens )?(?:het )?(eerste|tweede|derde|"
                                       "vierde|1e|2e|3e|4e) kwartaal\\b(?: (?:van )?(%1))?")
                            .arg(kYear)),
                     [](const QRegularExpressionMatch& m, const QDate& written, const RecessCalendar&) {
                         static const QStringList names = {QStringLiteral("eerste"), QStringLiteral("tweede"),
                                                           QStringLiteral("derde"), QStringLiteral("vierde")};
                         const QString n = m.captured(1).toLower();
                         const int q = names.contains(n) ? int(names.indexOf(n)) + 1 : n.left(1).toInt();
                         return yearOrNext(namedYear(m.captured(2), written), written,
                                           [&](int y) { return lastOfMonth(y, q * 3); });
                     }});
        r.push_back({rx(QStringLiteral("\\bQ([1-4])[ -]?(\\d{4})\\b")),
                     [](const QRegularExpressionMatch& m, const QDate&, const RecessCalendar&) {
                         return lastOfMonth(m.captured(2).toInt(), m.captured(1).toInt() * 3);
                     }});
        // Half a year: "in de tweede helft van 2025".
        r.push_back({rx(QStringLiteral("\\b(?:in |voor |vóór |tijdens )?de (eerste|tweede) (?:helft|jaarhelft) "
                                       "(?:van )?(%1)")
                            .arg(kYear)),
                     [](const QRegularExpressionMatch& m, const QDate& written, const RecessCalendar&) {
                         const int month = m.captured(1).toLower() == QLatin1String("eerste") ? 6 : 12;
                         return lastOfMonth(namedYear(m.captured(2), written), month);
                     }});
        // A recess: "voor de zomer", "voor het zomerreces", "na de zomer", "voor het kerstreces", "tijdens het
        // meireces".
        r.push_back(
            {rx(QStringLiteral("\\b(uiterlijk voor|ruim voor|vlak voor|direct na|kort na|voor|vóór|tijdens|"
                               "na|rond|in) (?:het|de) (zomer|kerst|voorjaars(?=reces)|krokus(?=reces|vakantie)|"
                               "mei(?=reces)|herfst(?=reces|vakantie))(reces|vakantie)?\\b(?: (?:van )?(\\d{4}))?")),
             recessDeadline});
        // A season: "in het voorjaar", "dit najaar", "in het najaar van 2025", "deze zomer".
        r.push_back({rx(QStringLiteral("\\b(?:in het |in de |dit |deze |het komende |komend |komende |in )(voorjaar|"
                                       "najaar|zomer|winter)\\b(?: (?:van )?(\\d{4}))?")),
                     [](const QRegularExpressionMatch& m, const QDate& written, const RecessCalendar&) {
                         const QString season = m.captured(1).toLower();
                         const int month = season == QLatin1String("voorjaar") ? 6
                                           : season == QLatin1String("zomer")  ? 9
                                           : season == QLatin1String("najaar") ? 12
                                                                               : 3;
                         const int day = season == QLatin1String("zomer") ? 22 : 20;
                         // Winter ends on 20 March: "deze winter", written in November, is by March next year.
                         return yearOrNext(m.captured(2).toInt(), written, [&](int y) { return QDate(y, month, day); });
                     }});
        // The end of a year: "voor het einde van het jaar", "eind 2024", "uiterlijk eind volgend jaar".
        r.push_back(
            {rx(QStringLiteral("\\b(?:voor |vóór |tegen |uiterlijk |rond |aan )?(?:het )?(?:einde?|eind|ultimo) "
                               "(?:van )?(?:het (?:lopende |)(?:kalender)?jaar|dit jaar|(%1))\\b")
                    .arg(kYear)),
             [](const QRegularExpressionMatch& m, const QDate& written, const RecessCalendar&) {
                 const int year = m.captured(1).isEmpty() ? written.year() : namedYear(m.captured(1), written);
                 return QDate(year, 12, 31);
             }});
        // "Begin 2025", "begin volgend jaar": the first quarter.
        r.push_back({rx(QStringLiteral("\\b(?:in |voor |vóór )?(?:het )?begin (?:van )?(%1)\\b").arg(kYear)),
                     [](const QRegularExpressionMatch& m, const QDate& written, const RecessCalendar&) {
                         return QDate(namedYear(m.captured(1), written), 3, 31);
                     }});
        // "Medio 2025", "halverwege volgend jaar".
        r.push_back({rx(QStringLiteral("\\b(?:medio|halverwege|midden) (?:van )?(%1)\\b").arg(kYear)),
                     [](const QRegularExpressionMatch& m, const QDate& written, const RecessCalendar&) {
                         return QDate(namedYear(m.captured(1), written), 6, 30);
                     }});
        // "In de loop van 2025", "in 2025", "volgend jaar", "nog dit jaar".
        r.push_back({rx(QStringLiteral("\\b(?:in de loop van |in |nog |later )?(%1)\\b").arg(kYear)),
                     [](const QRegularExpressionMatch& m, const QDate& written, const RecessCalendar&) {
                         const int year = namedYear(m.captured(1), written);
                         return year >= written.year() - 1 && year <= written.year() + 10 ? QDate(year, 12, 31)
                                                                                          : QDate();
                     }});
        // The budget year's moments: "voor Prinsjesdag", "bij de Voorjaarsnota", "voor de begrotingsbehandeling".
        r.push_back(
            {rx(QStringLiteral("\\b(voor|vóór|bij|met|op|rond|uiterlijk (?:bij|voor|op)) (?:de )?(Prinsjesdag|"
                               "Miljoenennota|Voorjaarsnota|begrotingsbehandeling(?:en)?)\\b(?: (?:van )?(\\d{4}))?")),
             [](const QRegularExpressionMatch& m, const QDate& written, const RecessCalendar&) {
                 const QString what = m.captured(2).toLower();
                 const bool before = m.captured(1).toLower().contains(QLatin1String("voor"));
                 const int named = m.captured(3).toInt();
                 if (what.startsWith(QLatin1String("voorjaarsnota")))
                     return yearOrNext(named, written, [](int y) { return QDate(y, 5, 31); });
                 if (what.startsWith(QLatin1String("begroting")))
                     // The budget debates run from October into November: before them is by 1 October;
                     // written while they run, by their end.
                     return named > 0              ? QDate(named, 10, 1)
                            : written.month() < 10 ? QDate(written.year(), 10, 1)
                            : written.month() < 12 ? QDate(written.year(), 11, 30)
                                                   : QDate(written.year() + 1, 10, 1);
                 const QDate day = yearOrNext(named, written, prinsjesdag);
                 return before ? day.addDays(-1) : day;
             }});
        // "Binnen drie maanden", "over twee weken", "binnen een half jaar".
        r.push_back({rx(QStringLiteral("\\b(?:binnen|over|uiterlijk over) (?:nu en )?(een|één|twee|drie|vier|vijf|zes|"
                                       "acht|tien|twaalf|\\d+) (weken|week|maanden|maand|jaar)\\b")),
                     [](const QRegularExpressionMatch& m, const QDate& written, const RecessCalendar&) {
                         const int n = numberWord(m.captured(1));
                         const QString unit = m.captured(2).toLower();
                         return unit.startsWith(QLatin1String("we"))      ? written.addDays(7 * n)
                                : unit.startsWith(QLatin1String("maand")) ? written.addMonths(n)
                                                                          : written.addYears(n);
                     }});
        r.push_back({rx(QStringLiteral("\\b(?:binnen|over) een half jaar\\b")),
                     [](const QRegularExpressionMatch&, const QDate& written, const RecessCalendar&) {
                         return written.addMonths(6);
                     }});
        // Time phrases without a date.
        r.push_back({rx(QStringLiteral("\\b(?:op (?:zo )?korte termijn|binnenkort|zo (?:spoedig|snel) mogelijk|"
                                       "spoedig|te zijner tijd|binnen afzienbare tijd|in de nabije toekomst|"
                                       "(?:in )?de komende (?:periode|tijd|maanden|weken|jaren))\\b|\\bt\\.z\\.t\\.")),
                     [](const QRegularExpressionMatch&, const QDate&, const RecessCalendar&) { return QDate(); }});
        return r;
    }();
    return all;
}

} // namespace

DeadlineParser::DeadlineParser(const RecessCalendar& calendar)
    : m_calendar(calendar)
{
}

Deadline DeadlineParser::find(const QString& text, const QDate& written) const
{
    Deadline best;
    for (const Rule& rule : rules()) {
        const QRegularExpressionMatch m = rule.pattern.match(text);
        if (!m.hasMatch())
            continue;
        const bool earlier = best.start < 0 || m.capturedStart() < best.start;
        const bool longer = m.capturedStart() == best.start && m.capturedLength() > best.phrase.size();
        if (!earlier && !longer)
            continue;
        const QDate due = rule.due(m, written, m_calendar);
        // A year rule that matched a year in the past names no deadline: look on.
        if (!due.isValid() && m.captured(0).contains(QRegularExpression(QStringLiteral("\\d{4}"))))
            continue;
        best.phrase = m.captured(0);
        best.start = m.capturedStart();
        best.due = due;
    }
    return best;
}

} // namespace kl
