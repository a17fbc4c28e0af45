#include "TitleCase.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace kl {

namespace {

bool inCapitals(const QString& s)
{
    int upper = 0, lower = 0;
    for (QChar c : s) {
        upper += c.isUpper();
        lower += c.isLower();
    }
    return upper >= 3 && lower == 0;
}

struct Votes {
    int lower = 0;
    int capitalized = 0;        // written with a capital where no sentence or line begins
    int capitalizedAtStart = 0; // at the start of a line or sentence: a name only when never written small
    QString form;               // "GroenLinks-PvdA", as the text writes it
};

QHash<QString, Votes> votesIn(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("\\p{L}[\\p{L}'’-]*"));
    QHash<QString, Votes> votes;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString w = m.captured();
        if (inCapitals(w) && w.size() > 1)
            continue; // headings in capitals say nothing
        Votes& v = votes[w.toLower()];
        if (w == w.toLower()) {
            ++v.lower;
            continue;
        }
        qsizetype p = m.capturedStart() - 1;
        while (p >= 0 && text[p] == QLatin1Char(' '))
            --p;
        const bool atStart = p < 0 || QStringLiteral(".!?:\n\f").contains(text[p]);
        ++(atStart ? v.capitalizedAtStart : v.capitalized);
        if (v.form.isEmpty() || !atStart)
            v.form = w;
    }
    return votes;
}

QString capitalizedWord(const QString& lower)
{
    return lower.isEmpty() ? lower : lower.front().toUpper() + lower.mid(1);
}

} // namespace

QString TitleCase::readable(const QString& title, const QString& text)
{
    if (!inCapitals(title))
        return title;
    static const QStringList particles{QStringLiteral("van"), QStringLiteral("de"),  QStringLiteral("der"),
                                       QStringLiteral("den"), QStringLiteral("ter"), QStringLiteral("ten"),
                                       QStringLiteral("het"), QStringLiteral("'t"),  QStringLiteral("in")};
    static const QStringList small{QStringLiteral("van"), QStringLiteral("voor"), QStringLiteral("en"),
                                   QStringLiteral("de"),  QStringLiteral("het"),  QStringLiteral("der")};
    static const QStringList roles{QStringLiteral("minister"), QStringLiteral("staatssecretaris"),
                                   QStringLiteral("ministerie"), QStringLiteral("minister-president")};
    // Words that end a ministry's or a member's name in a title.
    static const QStringList ends{QStringLiteral("over"), QStringLiteral("inzake"), QStringLiteral("betreffende"),
                                  QStringLiteral("ter"),  QStringLiteral("met"),    QStringLiteral("houdende"),
                                  QStringLiteral("naar"), QStringLiteral("aan"),    QStringLiteral("c.s"),
                                  QStringLiteral("op"),   QStringLiteral("tot")};
    static const QRegularExpression edge(QStringLiteral("^([^\\p{L}]*)(.*?)([^\\p{L}]*)$"));
    const QHash<QString, Votes> votes = votesIn(text);
    // A no-break space ("NR.\u00a0 8") separates words too.
    static const QRegularExpression space(QStringLiteral("[\\s\\x{00A0}\\x{202F}]+"));
    const QStringList words = title.split(space, Qt::SkipEmptyParts);
    enum class Within { Text, Ministry, Name } within = Within::Text;
    QString previous; // the word before, in lower case
    QStringList out;
    for (int i = 0; i < words.size(); ++i) {
        const auto parts = edge.match(words[i]);
        const QString lead = parts.captured(1), core = parts.captured(2).toLower(), tail = parts.captured(3);
        if (ends.contains(core) || roles.contains(core))
            within = Within::Text;
        else if (previous == QLatin1String("lid") || previous == QLatin1String("leden"))
            within = Within::Name;
        else if (previous == QLatin1String("van") && i >= 2 && roles.contains(words[i - 2].toLower()))
            within = Within::Ministry;
        QString cased = core;
        const Votes v = votes.value(core);
        const bool name = v.capitalized > v.lower || (v.lower == 0 && v.capitalizedAtStart > 0);
        if (i == 0) {
            cased = capitalizedWord(core);
        } else if (within == Within::Ministry) {
            if (!small.contains(core))
                cased = capitalizedWord(core);
        } else if (within == Within::Name) {
            // "het lid Van der Staaij", "de leden Holman en Van Campen": the first particle opens the surname.
            const bool opens = previous == QLatin1String("lid") || previous == QLatin1String("leden") ||
                               previous == QLatin1String("en") ||
                               (!out.isEmpty() && out.last().endsWith(QLatin1Char(',')));
            if (core == QLatin1String("en"))
                cased = core;
            else if (!particles.contains(core) || opens)
                cased = name && !v.form.isEmpty() ? v.form : capitalizedWord(core);
        } else if (name && !small.contains(core)) {
            cased = v.form.isEmpty() ? capitalizedWord(core) : v.form;
        }
        out.append(lead + cased + tail);
        previous = core;
    }
    return out.join(QLatin1Char(' '));
}

} // namespace kl
