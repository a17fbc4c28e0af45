#include "ReferenceScanner.h"

#include "document/DocumentMetadata.h"

#include <QHash>
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

// "20242025" for a vergaderjaar written 2024/25, 2024-2025, 2024/2025 or (misprinted) 2022/-23: the second year
// always follows the first.
QString vergaderjaar(const QString& first)
{
    return first + QString::number(first.toInt() + 1);
}

// A vergaderjaar as it is printed, capturing its first year.
const QString kYears = QStringLiteral("(\\d{4}) ?[/-] ?-?\\d{2,4}");

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
        // Kamerstukken II 2023/24, 32 317, nr. 870 / Kamerstuk 36 471, nr. 96 / (36 410 VI, nr. 23); the 1990s
        // numbered documents with a letter too (nr. 31b)
        {QStringLiteral("kamerstuk"),
         QRegularExpression(QStringLiteral("(?:Kamerstuk(?:ken)? (?:(?:I|II) )?(?:\\d{4}/\\d{2,4},? )?)?\\b") +
                            kDossier + QStringLiteral(",? nr\\.? ?(\\d+(?:[a-z](?![\\w]))?)")),
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
        // compact forms 21501-20-2160 and 35925-VI-56
        {QStringLiteral("kamerstuk"),
         QRegularExpression(
             QStringLiteral("(?<![\\w/.-])([1-9]\\d{4})-(\\d{2}|[IVXL]+[A-C]?|[A-HJ])-(\\d{1,4})(?![\\w/-])")),
         [](const M& m) { return QStringLiteral("kst-%1-%2-%3").arg(m.captured(1), m.captured(2), m.captured(3)); }},
        // (35 925-18): a document, except where the number is an EU council sub-dossier (21 501-20)
        {QStringLiteral("kamerstuk"), QRegularExpression(QStringLiteral("\\((\\d{2}) (\\d{3})-(\\d{1,4})\\)")),
         [](const M& m) {
             const QString number = m.captured(1) + m.captured(2);
             if (number == QLatin1String("21501") && m.captured(3).size() == 2)
                 return QStringLiteral("dossier-%1-%2").arg(number, m.captured(3));
             return QStringLiteral("kst-%1-%2").arg(number, m.captured(3));
         }},
        // a bare dossier in brackets after what it names, "initiatiefvoorstel ... (36 353)"; an amount written
        // with a space, "(€ 20 000)", is not one
        {QStringLiteral("dossier"),
         QRegularExpression(QStringLiteral("(?<![\\d€] )(?<![\\d€])\\(([1-3]\\d) (?!000\\))(\\d{3})"
                                           "(?: ([IVXL]+[A-C]?|[A-HJ]))?\\)")),
         [](const M& m) {
             QString id = QStringLiteral("dossier-") + m.captured(1) + m.captured(2);
             if (!m.captured(3).isEmpty())
                 id += QLatin1Char('-') + m.captured(3);
             return id;
         }},
        // the two-part compact form 31865-207 (never inside an identifier such as a GUID; no dossier begins with 0)
        {QStringLiteral("kamerstuk"),
         QRegularExpression(QStringLiteral("(?<![\\w/.-])([1-9]\\d{4})-(\\d{1,4})(?![\\w/-])")),
         [](const M& m) { return QStringLiteral("kst-%1-%2").arg(m.captured(1), m.captured(2)); }},
        // Handelingen II 2024/25, nr. 9, item 4
        {QStringLiteral("handelingen"),
         QRegularExpression(QStringLiteral("(?<!Aanhangsel )(?<!Aanhangsel van de )Handelingen (I|II),? ") + kYears +
                            QStringLiteral(",? nr\\. ?(\\d+)(?:,? item (\\d+))?")),
         [](const M& m) {
             QString id = QStringLiteral("h-%1-%2-%3")
                              .arg(chamberCode(m.captured(1)), vergaderjaar(m.captured(2)), m.captured(3));
             if (!m.captured(4).isEmpty())
                 id += QLatin1Char('-') + m.captured(4);
             return id;
         }},
        // Aanhangsel Handelingen II 2024/25, nr. 512 / Aanhangsel van de Handelingen, vergaderjaar 2023-2024,
        // nr. 1121: without a chamber, the Tweede Kamer's (the Eerste Kamer's is always named)
        {QStringLiteral("aanhangsel"),
         QRegularExpression(QStringLiteral("Aanhangsel (?:van de )?Handelingen(?: (I|II))?,? (?:vergaderjaar )?") +
                                kYears + QStringLiteral(",? nr\\.? ?(\\d+)"),
                            ci),
         [](const M& m) {
             return QStringLiteral("ah-%1-%2-%3")
                 .arg(chamberCode(m.captured(1)), vergaderjaar(m.captured(2)), m.captured(3));
         }},
        // the 1990s order: Aanhangsel Handelingen nr. 512, Vergaderjaar 1995-1996
        {QStringLiteral("aanhangsel"),
         QRegularExpression(QStringLiteral("Aanhangsel (?:van de )?Handelingen(?: (I|II))?,? nr\\.? ?(\\d+),? "
                                           "(?:vergaderjaar )?") +
                                kYears,
                            ci),
         [](const M& m) {
             return QStringLiteral("ah-%1-%2-%3")
                 .arg(chamberCode(m.captured(1)), vergaderjaar(m.captured(3)), m.captured(2));
         }},
        // Stb. 2024, 215 / Staatsblad 2019, 207 / Stcrt. 2023, nr. 3251 / Staatscourant 2023, 3251 / Trb. 2010, 272
        {QStringLiteral("staatsblad"),
         QRegularExpression(QStringLiteral("\\b(Stb|Stcrt|Trb|Staatsblad|Staatscourant|Tractatenblad)(?:\\.|\\b) "
                                           "(?:van )?(\\d{4}),? (?:nr\\.? ?)?(\\d+)")),
         [](const M& m) {
             static const QHash<QString, QString> spelled{{QStringLiteral("Staatsblad"), QStringLiteral("stb")},
                                                          {QStringLiteral("Staatscourant"), QStringLiteral("stcrt")},
                                                          {QStringLiteral("Tractatenblad"), QStringLiteral("trb")}};
             const QString series = spelled.value(m.captured(1), m.captured(1).toLower());
             return QStringLiteral("%1-%2-%3").arg(series, m.captured(2), m.captured(3));
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
        // A document number; given as someone's "kenmerk" it files the document rather than cites it, as with the
        // ministries' kenmerken beside it (corpus2 kst-35538-4).
        {QStringLiteral("document"),
         QRegularExpression(QStringLiteral("(?<!kenmerk )(?<!kenmerk: )\\b((?:19|20)\\d{2}D\\d{5})\\b"), ci),
         [](const M& m) { return QStringLiteral("tkdoc:") + m.captured(1); }},
        // Kamerstukken 36 704 / dossier 36 600 VII, not followed by a document number
        {QStringLiteral("dossier"),
         QRegularExpression(
             QStringLiteral("\\b(?:Kamerstukken|dossier|Kamerdossier) ") + kDossier + QStringLiteral("(?!,? nr)"), ci),
         [](const M& m) { return QStringLiteral("dossier-") + dossierId(m, 1); }},
        // "een regeerprogramma" is one still to be written, not the one
        {QStringLiteral("named"),
         QRegularExpression(
             QStringLiteral(
                 "(?<!een )\\b(regeerprogramma|hoofdlijnenakkoord|coalitieakkoord|miljoenennota|troonrede)\\b"),
             ci),
         [](const M& m) { return QStringLiteral("named:") + m.captured(1).toLower(); }},
        // The spring and autumn notes come every year: "de voorjaarsnota" is the budget moment, "Voorjaarsnota 2025"
        // one year's, which a named id (one document marked per name) cannot tell from another year's. Only the
        // title alone names the document.
        {QStringLiteral("named"), QRegularExpression(QStringLiteral("\\b(Voorjaarsnota|Najaarsnota)\\b(?! \\d{4})")),
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
    // Both lists in text order; an extra one is kept when it overlaps no reference kept so far. Of the base ones,
    // those that start before it ends overlap it when the furthest of their ends lies past its start: a binary
    // search and a running maximum, n log n, not n² (a letter can hold tens of thousands of references).
    auto byStart = [](const Reference& a, const Reference& b) { return a.start < b.start; };
    std::stable_sort(base.begin(), base.end(), byStart);
    QList<qsizetype> reachOf; // the furthest end of the base references up to each one
    reachOf.reserve(base.size());
    for (const Reference& b : std::as_const(base))
        reachOf.append(std::max(reachOf.isEmpty() ? qsizetype(-1) : reachOf.last(), b.end));
    QList<Reference> extras = extra;
    std::stable_sort(extras.begin(), extras.end(), byStart);
    const qsizetype baseCount = base.size();
    qsizetype reach = -1; // the end of the extras kept so far
    for (const Reference& r : std::as_const(extras)) {
        const qsizetype before = std::lower_bound(base.cbegin(), base.cbegin() + baseCount, r.end,
                                                  [](const Reference& b, qsizetype end) { return b.start < end; }) -
                                 base.cbegin();
        const bool overlapsBase = before > 0 && reachOf[before - 1] > r.start;
        if (!overlapsBase && r.start >= reach) {
            base.append(r);
            reach = std::max(reach, r.end);
        }
    }
    std::stable_sort(base.begin(), base.end(), byStart);
    return base;
}

// "Kamerstukken II 2021/22, 29 515, nrs. 461, 462 en 463", "nr. 412, nr. 415 en 416": one reference per number.
// The first runs from the start of the citation to its number, each further one is its number alone. After the
// singular "nr." a bare number must follow "en" ("nr. 96, 2024" is a number and a year).
static QList<Reference> scanNumberLists(const QString& text, const QString& s)
{
    static const QString citation =
        QStringLiteral("(?:Kamerstuk(?:ken)? (?:(?:I|II) )?(?:\\d{4}/\\d{2,4},? )?)?\\b") + kDossier;
    static const QList<QRegularExpression> lists{
        QRegularExpression(citation + QStringLiteral(",? nrs\\.? ?(\\d+)((?:, ?(?:nr\\.? ?)?\\d+)*)"
                                                     "(?:,? (?:en|t/m|tot en met) (?:nr\\.? ?)?(\\d+))?")),
        QRegularExpression(citation + QStringLiteral(",? nr\\.? ?(\\d+)((?:, ?nr\\.? ?\\d+)*)"
                                                     "(?:,? en (?:nr\\.? ?)?(\\d+)(?![\\d,.]\\d))?")),
    };
    static const QRegularExpression number(QStringLiteral("\\d+"));
    QList<Reference> refs;
    for (const QRegularExpression& list : lists) {
        for (auto it = list.globalMatch(s); it.hasNext();) {
            const auto m = it.next();
            if (m.capturedLength(6) == 0 && !m.hasCaptured(7))
                continue; // one number: the citation rule has it
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
    }
    return refs;
}

// A changed motion or amendment names the one it replaces by number alone: "ter vervanging van die gedrukt onder
// nr. 1315" is a document of its own dossier.
static QList<Reference> scanReplaced(const QString& text, const QString& s, const QString& ownDossier)
{
    static const QRegularExpression replaced(QStringLiteral("\\bgedrukt onder nr\\.? ?(\\d+)\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    QList<Reference> refs;
    if (ownDossier.isEmpty())
        return refs;
    for (auto it = replaced.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        refs.append(Reference{QStringLiteral("kamerstuk"), QStringLiteral("kst-%1-%2").arg(ownDossier, m.captured(1)),
                              text.mid(m.capturedStart(), m.capturedLength()), m.capturedStart(), m.capturedEnd()});
    }
    return refs;
}

// Replaces what no reference may be found in by a character no pattern matches: URLs (a KOOP address names
// kst-36410-VI-65 without citing it as the text does) and the ranges of `skip`.
static void blankOut(QString& s, const QList<RunningHeaders::Range>& skip)
{
    static const QRegularExpression url(
        QStringLiteral(
            "(?:https?://|www\\.)[^\\s<>\"]+|\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:nl|eu|com|org|net|int)/[^\\s<>\"]*"),
        QRegularExpression::CaseInsensitiveOption);
    const QChar blank(0x1F);
    auto fill = [&](qsizetype start, qsizetype end) {
        for (qsizetype i = std::max<qsizetype>(0, start); i < std::min(end, s.size()); ++i)
            s[i] = blank;
    };
    for (auto it = url.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        fill(m.capturedStart(), m.capturedEnd());
    }
    for (const RunningHeaders::Range& r : skip)
        fill(r.start, r.end);
}

QList<Reference> ReferenceScanner::scan(const QString& text, const Context& context)
{
    QString s = normalizeForScan(text);
    blankOut(s, context.skip);
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
    found += scanReplaced(text, s, context.ownDossier);
    // Longest first at each start, so that one span yields one target.
    std::stable_sort(found.begin(), found.end(), [](const Reference& a, const Reference& b) {
        return a.start != b.start ? a.start < b.start : (a.end - a.start) > (b.end - b.start);
    });
    // In start order a reference overlaps one kept before it exactly when it starts before the furthest end.
    QList<Reference> result;
    qsizetype reach = -1;
    for (const Reference& r : found) {
        if (r.start >= reach) {
            result.append(r);
            reach = std::max(reach, r.end);
        }
    }
    // The own id goes after the overlaps are settled: the words stay taken, they are just not a reference.
    result.removeIf([&](const Reference& r) { return context.ownIds.contains(r.target); });
    return result;
}

ReferenceScanner::Context ReferenceScanner::contextOf(const QStringList& pages, const DocumentMetadata& metadata)
{
    Context context;
    for (const QString& id : {metadata.publicationId(), metadata.kstId}) {
        if (!id.isEmpty() && !context.ownIds.contains(id))
            context.ownIds.append(id);
    }
    if (!metadata.dossiers.isEmpty()) {
        const Dossier& d = metadata.dossiers.first();
        context.ownDossier = d.addition.isEmpty() ? d.number : d.number + QLatin1Char('-') + d.addition;
    }
    context.skip = RunningHeaders::inText(pages);
    return context;
}

QList<Reference> ReferenceScanner::scanDocument(const QStringList& pages, const DocumentMetadata& metadata)
{
    return scan(pages.join(QLatin1Char('\f')), contextOf(pages, metadata));
}

QList<Reference> ReferenceScanner::without(QList<Reference> refs, const Context& context)
{
    // The skipped ranges in order, so the one that could overlap a reference is found by binary search.
    QList<RunningHeaders::Range> skip = context.skip;
    std::sort(skip.begin(), skip.end(),
              [](const RunningHeaders::Range& a, const RunningHeaders::Range& b) { return a.start < b.start; });
    QList<qsizetype> reachOf; // the furthest end of the ranges up to each one
    reachOf.reserve(skip.size());
    for (const RunningHeaders::Range& range : skip)
        reachOf.append(std::max(reachOf.isEmpty() ? qsizetype(-1) : reachOf.last(), range.end));
    refs.removeIf([&](const Reference& r) {
        if (context.ownIds.contains(r.target))
            return true;
        // The ranges that start before the reference ends; one of them overlaps it when they reach past its start.
        const auto last =
            std::lower_bound(skip.begin(), skip.end(), r.end,
                             [](const RunningHeaders::Range& range, qsizetype end) { return range.start < end; });
        return last != skip.begin() && reachOf[last - skip.begin() - 1] > r.start;
    });
    return refs;
}

} // namespace kl
