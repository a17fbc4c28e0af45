#include "RunningHeaders.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace kl {

namespace {

// How many lines at the top and at the bottom of a page may be running: a header is a line or two (a page
// number, a chapter), a footer the same, and a side column that Poppler reads first adds a few more.
constexpr int kZone = 4;
// Longer lines are text, even when a text rendition repeats them.
constexpr qsizetype kMaxLine = 160;

struct Line {
    qsizetype start = 0; // trimmed, offsets in the page
    qsizetype end = 0;
};

QList<Line> linesOf(const QString& page)
{
    QList<Line> out;
    qsizetype at = 0;
    while (at <= page.size()) {
        qsizetype end = page.indexOf(QLatin1Char('\n'), at);
        if (end < 0)
            end = page.size();
        qsizetype s = at, e = end;
        while (s < e && page[s].isSpace())
            ++s;
        while (e > s && page[e - 1].isSpace())
            --e;
        if (e > s)
            out.append({s, e});
        at = end + 1;
    }
    return out;
}

// The line as it repeats from page to page: lower case, spaces collapsed (OCR and justified text space words
// unevenly), and the page number made '#': the number that opens the line (`18 Regeerprogramma | 2. Grip op ...`,
// `-2- MR vrijdag 10 januari 2025`), else the one that closes it, and `2 van 7`. Other numbers stay: the footnotes
// `6 Kamerstuk 36 600 VIII, nr. 70` and `7 Kamerstuk 36 600 VIII, nr. 61` at the foot of two pages are different
// lines.
QString keyOf(QStringView line)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    static const QRegularExpression leading(QStringLiteral("^([\\W_]*)\\d+"));
    static const QRegularExpression trailing(QStringLiteral("\\d+(?=[\\W_]*$)"));
    static const QRegularExpression ofPages(QStringLiteral("\\d+ van \\d+"));
    QString key = line.toString().toLower();
    key.replace(spaces, QStringLiteral(" "));
    key.replace(ofPages, QStringLiteral("# van #"));
    if (leading.match(key).hasMatch())
        key.replace(leading, QStringLiteral("\\1#"));
    else
        key.replace(trailing, QStringLiteral("#"));
    return key;
}

// The keys a line counts under: its own, and for a header of the form `Regeerprogramma | 9b. Europese
// samenwerking` also the part before the bar, so that a chapter of one or two pages has its header recognized
// as the longer chapters have theirs.
QStringList keysOf(QStringView line)
{
    QStringList keys{keyOf(line)};
    if (const qsizetype bar = line.indexOf(QStringLiteral(" | ")); bar > 0)
        keys.append(keyOf(line.left(bar)) + QStringLiteral(" |"));
    return keys;
}

// The places of the lines that may be running: the first kZone lines of a page ("t0" the first) and the last
// kZone ("b0" the last), with the line's index. A line of a short page may be both.
QList<std::pair<QString, qsizetype>> slotsOf(qsizetype lineCount)
{
    QList<std::pair<QString, qsizetype>> out;
    for (qsizetype i = 0; i < std::min<qsizetype>(kZone, lineCount); ++i) {
        out.append({QStringLiteral("t%1").arg(i), i});
        out.append({QStringLiteral("b%1").arg(i), lineCount - 1 - i});
    }
    return out;
}

// A label that opens what follows (`Zaak:`, `Besluit:`, `7. Agendapunt:`) is text even where it stands at the top
// of every page, as in a besluitenlijst.
bool isLabel(QStringView line)
{
    return line.endsWith(QLatin1Char(':'));
}

} // namespace

bool RunningHeaders::isKnownFooter(const QString& line)
{
    static const QRegularExpression footer(
        QStringLiteral("^(?:\\d+\\s+)?(?:Tweede|Eerste) Kamer, vergaderjaar \\d{4}\\s*[-\u2013]\\s*\\d{4}, .*nr\\.")
        // The footer of KOOP prints and the 1990s prints.
        + QStringLiteral("|^kst-\\d{5}(?:-\\w+)+(?:\\s|$)")       // the publication id under the text
        + QStringLiteral("|^ISSN \\d{4}\\s*-\\s*\\d{3}[\\dX]\\b") // the colophon of the last page
        + QStringLiteral("|^['\u2019]s-Gravenhage \\d{4}$"));
    return line.size() <= kMaxLine && footer.match(line).hasMatch();
}

QList<QList<RunningHeaders::Range>> RunningHeaders::perPage(const QStringList& pages)
{
    QList<QList<Line>> lines;
    lines.reserve(pages.size());
    for (const QString& page : pages)
        lines.append(linesOf(page));

    // On how many pages each line stands in the same place at the top or bottom (headers and footers keep their
    // place; a line of text that happens to open several pages does not). Three pages make it running; a
    // document of two pages has no third, so there two do.
    auto slotKeys = [&](int p, const QString& slot, qsizetype index) {
        const Line& l = lines[p][index];
        QStringList keys;
        const QStringView text = QStringView(pages[p]).mid(l.start, l.end - l.start);
        if (text.size() > kMaxLine || isLabel(text))
            return keys;
        for (const QString& key : keysOf(text))
            keys.append(slot + QLatin1Char('\x1e') + key);
        return keys;
    };
    QHash<QString, QSet<int>> pagesOfKey;
    for (int p = 0; p < pages.size(); ++p) {
        for (const auto& [slot, index] : slotsOf(lines[p].size())) {
            for (const QString& key : slotKeys(p, slot, index))
                pagesOfKey[key].insert(p);
        }
    }
    const qsizetype needed = pages.size() >= 3 ? 3 : 2;

    QList<QList<Range>> out(pages.size());
    for (int p = 0; p < pages.size(); ++p) {
        QSet<qsizetype> running;
        if (pages.size() >= 2) {
            for (const auto& [slot, index] : slotsOf(lines[p].size())) {
                for (const QString& key : slotKeys(p, slot, index)) {
                    if (pagesOfKey.value(key).size() >= needed)
                        running.insert(index);
                }
            }
        }
        for (qsizetype i = 0; i < lines[p].size(); ++i) {
            const Line& l = lines[p][i];
            if (running.contains(i) || isKnownFooter(pages[p].mid(l.start, l.end - l.start)))
                out[p].append({l.start, l.end});
        }
    }
    return out;
}

QList<RunningHeaders::Range> RunningHeaders::inText(const QStringList& pages)
{
    QList<Range> out;
    qsizetype pageStart = 0;
    const QList<QList<Range>> each = perPage(pages);
    for (int p = 0; p < pages.size(); ++p) {
        for (const Range& r : each[p])
            out.append({pageStart + r.start, pageStart + r.end});
        pageStart += pages[p].size() + 1; // the form feed between pages
    }
    return out;
}

} // namespace kl
