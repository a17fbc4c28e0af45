#include "PersonName.h"

#include <QRegularExpression>
#include <QStringList>

namespace kl {

QString PersonName::bare(const QString& line)
{
    static const QRegularExpression titles(QStringLiteral("^(?:(?:mr|dr|drs|ir|ing|prof|ds|mgr|dhr|mevr)\\.\\s*)+"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression after(
        QStringLiteral("(?:,?\\s+(?:MPA|MBA|MSc|MA|LLM|LL\\.M\\.|PhD|BSc|RA|Bc)\\b\\.?)+$"));
    // "Carolien Gehrels (voorzitter)": the function in brackets.
    static const QRegularExpression function(QStringLiteral("\\s*\\([\\p{Ll} -]+\\)$"));
    QString name = line.simplified();
    name.remove(titles);
    name.remove(function);
    name.remove(after);
    return name.trimmed();
}

bool PersonName::looksLikeName(const QString& line)
{
    static const QStringList particles{
        QStringLiteral("van"), QStringLiteral("de"), QStringLiteral("der"), QStringLiteral("den"),
        QStringLiteral("het"), QStringLiteral("'t"), QStringLiteral("’t"),  QStringLiteral("ter"),
        QStringLiteral("ten"), QStringLiteral("te"), QStringLiteral("in"),  QStringLiteral("op"),
        QStringLiteral("la"),  QStringLiteral("le"), QStringLiteral("du"),  QStringLiteral("d'"),
        QStringLiteral("von"), QStringLiteral("zu"), QStringLiteral("el"),  QStringLiteral("al")};
    // Words a signature block prints that are not names.
    static const QStringList notNames{
        QStringLiteral("Hoogachtend"),     QStringLiteral("Voorzitter"), QStringLiteral("Secretaris"),
        QStringLiteral("Directeur"),       QStringLiteral("Bijlage"),    QStringLiteral("Bijlagen"),
        QStringLiteral("Pagina"),          QStringLiteral("Namens"),     QStringLiteral("Inhoud"),
        QStringLiteral("Toelichting"),     QStringLiteral("Griffier"),   QStringLiteral("Minister"),
        QStringLiteral("Staatssecretaris")};
    if (line.isEmpty() || line.size() > 48 || line.endsWith(QLatin1Char(',')) || line.endsWith(QLatin1Char(':')))
        return false;
    const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() > 5)
        return false;
    static const QRegularExpression initials(QStringLiteral("^(?:\\p{Lu}\\p{Ll}{0,2}\\.)+$"));
    static const QRegularExpression word(QStringLiteral("^\\p{Lu}[\\p{L}'’]*(?:-[\\p{L}'’]+)*$"));
    bool capitalized = false;
    for (const QString& w : words) {
        if (notNames.contains(w))
            return false;
        if (word.match(w).hasMatch() && !initials.match(w).hasMatch()) {
            // "ADVIES" or "BIJLAGE" are headings, not names; "Van" in "Van Campen" is fine.
            if (w.size() > 3 && w == w.toUpper())
                return false;
            capitalized = true;
        } else if (!initials.match(w).hasMatch() && !particles.contains(w)) {
            return false;
        }
    }
    // The last word is the surname: never a particle or initials alone.
    return capitalized && word.match(words.last()).hasMatch() && !initials.match(words.last()).hasMatch();
}

bool PersonName::hasInitials(const QString& line)
{
    static const QRegularExpression re(QStringLiteral("^(?:\\p{Lu}\\p{Ll}{0,2}\\.\\s?)+\\s?\\S"));
    return re.match(line).hasMatch() && looksLikeName(line);
}

} // namespace kl
