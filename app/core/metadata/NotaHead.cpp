#include "NotaHead.h"

#include "LetterReader.h"

#include <QRegularExpression>

#include <algorithm>

namespace kl {

namespace {

using Word = NotaHead::Word;
using Line = NotaHead::Line;

// The labels of a nota's side column; where they start is where the side column starts.
bool isSideLabel(const QString& word)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:Datum|Kenmerk|Referentie|Bijlage\\(n\\)|Bijlagen?|Van|Auteur|Kopie|Ontworpen|"
                       "Contactpersoon)$"));
    return re.match(word).hasMatch();
}

// The nota's label before its title: "(ter beslissing)", "TER BESLUITVORMING".
const QRegularExpression& leadingLabel()
{
    static const QRegularExpression re(
        QStringLiteral("^\\(?ter (?:beslissing|besluitvorming|ondertekening|informatie|accordering|kennisname)\\)?"
                       "(?: |$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// The text under the title begins with a numbered or named section.
bool isSectionHeading(const QString& line)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:\\d+\\.\\s|Aanleiding\\b|Geadviseerd besluit\\b|Gevraagd besluit\\b|Parafenroute\\b|"
                       "Samenvatting\\b)"));
    return re.match(line).hasMatch();
}

double top(const Line& line)
{
    double t = 1;
    for (const Word& w : line)
        t = std::min(t, w.rect.top());
    return t;
}

double bottom(const Line& line)
{
    double b = 0;
    for (const Word& w : line)
        b = std::max(b, w.rect.bottom());
    return b;
}

QString text(const Line& line)
{
    QStringList words;
    for (const Word& w : line)
        words.append(w.text);
    return words.join(QLatin1Char(' ')).simplified();
}

double medianHeight(const QList<Word>& words)
{
    QList<double> heights;
    for (const Word& w : words)
        if (std::any_of(w.text.begin(), w.text.end(), [](QChar c) { return c.isLetter(); }))
            heights.append(w.rect.height());
    if (heights.isEmpty())
        return 0;
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    return heights[heights.size() / 2];
}

} // namespace

QList<Line> NotaHead::lines(QList<Word> words)
{
    // A word belongs to the line whose band holds its middle: the big logo and the title on its baseline are one
    // line, lines of ordinary type are apart.
    std::sort(words.begin(), words.end(),
              [](const Word& a, const Word& b) { return a.rect.center().y() < b.rect.center().y(); });
    QList<Line> out;
    for (const Word& w : words) {
        const double middle = w.rect.center().y();
        auto line = std::find_if(out.begin(), out.end(),
                                 [&](const Line& l) { return middle >= top(l) && middle <= bottom(l); });
        if (line == out.end())
            out.append(Line{w});
        else
            line->append(w);
    }
    for (Line& line : out)
        std::sort(line.begin(), line.end(), [](const Word& a, const Word& b) { return a.rect.left() < b.rect.left(); });
    std::sort(out.begin(), out.end(), [](const Line& a, const Line& b) { return top(a) < top(b); });
    return out;
}

NotaHead::Reading NotaHead::read(const PageText& page)
{
    QList<Word> words;
    for (const WordBox& box : page.words) {
        const QString t = page.text.mid(box.start, box.end - box.start).trimmed();
        if (!t.isEmpty())
            words.append(Word{t, box.rect});
    }
    // The side column starts where its labels do, in the right half of the page's upper part.
    QList<double> labelLefts;
    for (const Word& w : words)
        if (w.rect.left() > 0.55 && w.rect.top() < 0.6 && isSideLabel(w.text))
            labelLefts.append(w.rect.left());
    if (labelLefts.size() < 2)
        return {};
    // A label is one of the column when another starts where it does ("van" of the ministry's name is not).
    double sideX = 1;
    for (const double left : labelLefts)
        if (std::count_if(labelLefts.begin(), labelLefts.end(), [&](double l) { return std::abs(l - left) < 0.015; }) >=
            2)
            sideX = std::min(sideX, left);
    if (sideX >= 1)
        return {};
    // Over both columns, the ministry's name: the lines above the first line that starts at the side column.
    const QList<Line> all = lines(words);
    double headEnd = 0;
    for (const Line& line : all) {
        if (std::any_of(line.begin(), line.end(),
                        [&](const Word& w) { return std::abs(w.rect.left() - sideX) < 0.02; })) {
            headEnd = top(line);
            break;
        }
    }
    QList<Word> head, side, main;
    for (const Word& w : words) {
        if (w.rect.bottom() <= headEnd)
            head.append(w);
        else if (w.rect.left() >= sideX - 0.01)
            side.append(w);
        else
            main.append(w);
    }
    QStringList ordered;
    for (const QList<Word>* part : {&head, &side, &main})
        for (const Line& line : lines(*part))
            ordered.append(text(line));
    Reading r;
    r.sender = LetterReader::letterheadOrganization(ordered);
    r.title = title(lines(main), medianHeight(words));
    return r;
}

QString NotaHead::title(const QList<Line>& main, double wordHeight)
{
    if (wordHeight <= 0)
        return {};
    // The logo: the word "nota", or what OCR makes of its big letters ("mn Ota", "Nn @) d"), at the left.
    const auto isLogo = [&](const Word& w) {
        return w.text.compare(QLatin1String("nota"), Qt::CaseInsensitive) == 0 ||
               (w.rect.height() >= 1.6 * wordHeight && w.rect.left() < 0.35);
    };
    int first = -1;
    QString start;
    for (int i = 0; i < main.size() && first < 0; ++i) {
        const Line& line = main[i];
        if (top(line) > 0.6)
            break;
        const bool logo = !line.isEmpty() && isLogo(line.first());
        QStringList rest;
        for (const Word& w : line)
            if (!isLogo(w))
                rest.append(w.text);
        const QString beside = rest.join(QLatin1Char(' ')).simplified();
        if (logo && !beside.isEmpty()) {
            first = i; // the title on the logo's line
            start = beside;
        } else if (logo && i + 1 < main.size()) {
            first = i + 1; // the title on the line under it, beside its label
            start = text(main[i + 1]);
        } else if (leadingLabel().match(beside).hasMatch() &&
                   beside.size() > leadingLabel().match(beside).capturedLength()) {
            first = i; // no logo read: the label says where the title is
            start = beside;
        }
    }
    if (first < 0)
        return {};
    start.remove(leadingLabel());
    QStringList parts{start.simplified()};
    // The title's further lines follow at the line spacing; the text under it is further down.
    for (int i = first + 1; i < main.size(); ++i) {
        const double height = bottom(main[i - 1]) - top(main[i - 1]);
        const double gap = top(main[i]) - bottom(main[i - 1]);
        const QString next = text(main[i]);
        if (gap > std::min(height, 2 * wordHeight) || isSectionHeading(next) || leadingLabel().match(next).hasMatch())
            break;
        parts.append(next);
    }
    const QString title = parts.join(QLatin1Char(' ')).simplified();
    if (title.size() < 4 || !std::any_of(title.begin(), title.end(), [](QChar c) { return c.isLower(); }))
        return {};
    return title;
}

} // namespace kl
