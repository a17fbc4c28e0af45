#include "SignatureFinder.h"

#include "PersonName.h"

#include <QRegularExpression>

#include <algorithm>

namespace kl {

namespace {

QStringList simplifiedLines(QStringView text)
{
    QStringList lines;
    for (const auto& raw : text.split(QLatin1Char('\n')))
        lines.append(raw.toString().simplified());
    return lines;
}

QString capitalized(QString role)
{
    if (!role.isEmpty())
        role[0] = role[0].toUpper();
    return role;
}

} // namespace

QStringList SignatureFinder::leadingNames(const QStringList& lines)
{
    QStringList names;
    for (const QString& line : lines) {
        if (line.isEmpty() || isPageFurniture(line))
            continue;
        const QString name = PersonName::bare(line);
        if (!PersonName::looksLikeName(name) || names.size() == 40)
            break;
        names.append(name);
    }
    return names;
}

bool SignatureFinder::isPageFurniture(const QString& line)
{
    static const QRegularExpression furniture(
        QStringLiteral("^(?:kst-\\S+|ISSN\\b.*|['’]?s-Gravenhage \\d{4}\\b.*|(?:Tweede|Eerste) Kamer, vergaderjaar .*|"
                       "\\d{1,4}|Pagina \\d+ van \\d+|\\d+ van \\d+|w\\.g\\.)$"),
        QRegularExpression::CaseInsensitiveOption);
    return furniture.match(line).hasMatch();
}

QList<Signature> SignatureFinder::signatures(const QString& fullText)
{
    // A role line ends with its comma (or nothing); the role words come first, with an article where the
    // document writes one ("De Minister ...", "Adjunct-griffier van de commissie,").
    static const QRegularExpression role(
        QStringLiteral(
            "^(?:(?:[Dd]e|[Hh]et) ((?:Minister|Staatssecretaris|Minister-President|Minister-president|"
            "Voorzitter|minister|staatssecretaris|voorzitter|[Vv]ice-?president|[Gg]riffier)\\b[^\\n]{0,120}?)"
            ",?|((?:[Aa]djunct-)?[Gg]riffier\\b[^\\n]{0,80}?),)[ \\t]*$"),
        QRegularExpression::MultilineOption);
    QList<Signature> found;
    auto it = role.globalMatch(fullText);
    while (it.hasNext()) {
        const auto match = it.next();
        QString roleText = (match.hasCaptured(1) ? match.captured(1) : match.captured(2)).simplified();
        // "De Minister van Justitie, W. Sorgdrager": the name beside the role.
        const qsizetype comma = roleText.lastIndexOf(QLatin1String(", "));
        if (comma > 0) {
            const QString beside = PersonName::bare(roleText.mid(comma + 2));
            if (PersonName::hasInitials(beside)) {
                found.append(Signature{capitalized(roleText.left(comma)), beside});
                continue;
            }
        }
        // Else the name follows within a few lines; page furniture (footer ids, ISSN) may come between.
        const QStringList after = simplifiedLines(QStringView(fullText).mid(match.capturedEnd(), 400));
        int looked = 0;
        for (const QString& line : after) {
            if (line.isEmpty() || isPageFurniture(line))
                continue;
            const QString name = PersonName::bare(line);
            // Right under the role a surname alone is a name ("Bromet"); further down only a name with
            // initials is taken, so a heading is not.
            if (looked == 0 ? PersonName::looksLikeName(name) : PersonName::hasInitials(name)) {
                found.append(Signature{capitalized(roleText), name});
                break;
            }
            if (++looked == 4)
                break;
        }
    }
    return found;
}

QStringList SignatureFinder::motionSigners(const QString& fullText)
{
    static const QRegularExpression orde(QStringLiteral("gaat over tot de orde van de dag\\.?,?"),
                                         QRegularExpression::CaseInsensitiveOption);
    qsizetype from = -1;
    for (auto it = orde.globalMatch(fullText); it.hasNext();)
        from = it.next().capturedEnd();
    if (from < 0)
        return {};
    return leadingNames(simplifiedLines(QStringView(fullText).mid(from)));
}

QStringList SignatureFinder::amendmentSigners(const QString& fullText)
{
    QStringList lines = simplifiedLines(fullText);
    std::reverse(lines.begin(), lines.end());
    QStringList names = leadingNames(lines);
    std::reverse(names.begin(), names.end());
    return names;
}

} // namespace kl
