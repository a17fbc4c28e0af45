#include "NoteReader.h"

#include "DutchDate.h"

#include <QRegularExpression>

namespace kl {

bool NoteReader::read(const QStringList& lines, const QString& fullText, DocumentMetadata& m)
{
    return readNotitie(lines, fullText, m) || readPolicyNote(lines, m);
}

bool NoteReader::readNotitie(const QStringList& lines, const QString& fullText, DocumentMetadata& m)
{
    static const QRegularExpression heading(QStringLiteral("^(?:Notitie|Memo|Memorandum)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression label(
        QStringLiteral("^(voor|aan|cc|van|datum|inzake|onderwerp|betreft|zaaknr|kenmerk)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (lines.isEmpty() || !heading.match(lines.first()).hasMatch())
        return false;
    QString current, from, subject;
    for (int i = 1; i < std::min<int>(int(lines.size()), 30); ++i) {
        if (const auto match = label.match(lines[i]); match.hasMatch()) {
            current = match.captured(1).toLower();
            continue;
        }
        if (current == QLatin1String("van"))
            from += (from.isEmpty() ? QString() : QStringLiteral(" ")) + lines[i];
        else if (current == QLatin1String("inzake") || current == QLatin1String("onderwerp") ||
                 current == QLatin1String("betreft"))
            subject += (subject.isEmpty() ? QString() : QStringLiteral(" ")) + lines[i];
        else if (current == QLatin1String("zaaknr") || current == QLatin1String("kenmerk"))
            break; // the head ends; the text begins
    }
    if (subject.isEmpty())
        return false;
    m.kind = QStringLiteral("other");
    m.title = subject;
    m.sender = from;
    if (m.sender.isEmpty()) {
        // A firm's notitie signs with its name, the last line of the text.
        static const QRegularExpression firm(
            QStringLiteral("^\\p{Lu}[\\p{L}&.' -]+ (?:N\\.V\\.|B\\.V\\.|LLP|advocaten)$"));
        const QStringList all = fullText.trimmed().split(QLatin1Char('\n'));
        const QString last = all.isEmpty() ? QString() : all.last().simplified();
        if (firm.match(last).hasMatch())
            m.sender = last;
    }
    return true;
}

bool NoteReader::readPolicyNote(const QStringList& lines, DocumentMetadata& m)
{
    // "Directoraat-Generaal" / "Migratie" / "Datum" / "14 april 2025" / the title.
    static const QRegularExpression body(
        QStringLiteral("^(?:Directoraat-[Gg]eneraal|Directie|Programmadirectie|Ministerie van|Inspectie)\\b"));
    static const QRegularExpression dateLabel(QStringLiteral("^Datum:?$"));
    static const QRegularExpression dateOnly(QStringLiteral("^") + DutchDate::pattern() + QStringLiteral("$"));
    if (lines.size() < 5 || !body.match(lines.first()).hasMatch())
        return false;
    int d = 1;
    while (d < 4 && !dateLabel.match(lines[d]).hasMatch())
        ++d;
    if (d == 4 || !dateOnly.match(lines[d + 1]).hasMatch())
        return false;
    const QString title = lines[d + 2];
    if (title.size() > 120 || title.endsWith(QLatin1Char('.')) || !title.front().isUpper())
        return false;
    m.kind = QStringLiteral("other");
    m.title = title;
    m.sender = lines.mid(0, d).join(QLatin1Char(' '));
    return true;
}

} // namespace kl
