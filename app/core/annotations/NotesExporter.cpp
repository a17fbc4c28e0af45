#include "NotesExporter.h"

#include "AnnotationStore.h"
#include "PlacedAnnotation.h"
#include "base/ResultLog.h"
#include "library/Library.h"
#include "library/RenditionText.h"
#include "metadata/DutchDate.h"
#include "storage/ToezeggingRepository.h"

#include <QRegularExpression>

namespace kl {

namespace {

// What the export copies from notes, quotes and tags can come from another program's file: HTML in it is shown
// as text, not run (<script>, <img src=...>), and a line cannot become a heading or an image of the briefing. The
// simple Markdown a note is written in (**bold**, *italic*, - lists) stays as it is.
QString escaped(const QString& text)
{
    static const QRegularExpression heading(QStringLiteral("^(\\s*)(#|=+\\s*$|-{3,}\\s*$)"),
                                            QRegularExpression::MultilineOption);
    QString out = text;
    out.replace(QLatin1Char('&'), QStringLiteral("&amp;"));
    out.replace(QLatin1Char('<'), QStringLiteral("&lt;"));
    out.replace(QLatin1Char('>'), QStringLiteral("&gt;"));
    out.replace(QStringLiteral("!["), QStringLiteral("!\\["));
    out.replace(heading, QStringLiteral("\\1\\\\\\2"));
    return out;
}

QString quoteBlock(const QString& text)
{
    QString out;
    for (const QString& line : escaped(text.simplified()).split(QLatin1Char('\n')))
        out += QStringLiteral("> ") + line + QLatin1Char('\n');
    return out;
}

QString statusWord(const Toezegging& t, const QDate& today)
{
    if (t.isOverdue(today))
        return QStringLiteral("Overdue");
    if (t.isDueSoon(today))
        return QStringLiteral("Due soon");
    switch (t.status) {
    case Toezegging::Status::Open:
        return QStringLiteral("Open");
    case Toezegging::Status::PartlyKept:
        return QStringLiteral("Partly kept");
    case Toezegging::Status::Kept:
        return QStringLiteral("Kept");
    case Toezegging::Status::Lapsed:
        return QStringLiteral("Lapsed");
    case Toezegging::Status::Dismissed:
        return QStringLiteral("Dismissed");
    }
    return {};
}

// "- **Open**, due 1 maart 2025 (“voor de zomer”): the sentence"
QString toezeggingLine(const Toezegging& t, const QDate& today, const QString& where)
{
    QString head = QStringLiteral("**%1**").arg(statusWord(t, today));
    if (!t.number.isEmpty())
        head += QLatin1Char(' ') + t.number;
    if (t.due.isValid())
        head += QStringLiteral(", due ") + DutchDate::format(t.due);
    if (!t.deadlinePhrase.isEmpty())
        head += QStringLiteral(" (“%1”)").arg(escaped(t.deadlinePhrase));
    QString line = QStringLiteral("- %1: %2").arg(head, escaped(t.text.simplified()));
    if (!where.isEmpty())
        line += QStringLiteral(" — ") + escaped(where);
    return line + QLatin1Char('\n');
}

} // namespace

QString NotesExporter::markdown(const Library& library, const AnnotationStore& store, const QList<qint64>& letterIds)
{
    QString md;
    const ToezeggingRepository toezeggingen(library.database());
    const QDate today = QDate::currentDate();
    QStringList dossiers;
    for (qint64 id : letterIds) {
        const std::optional<LetterRecord> letter = library.letter(id);
        if (!letter || letter->renditions.isEmpty())
            continue;
        const DocumentMetadata& m = letter->metadata;
        const QString heading = m.citation().isEmpty() ? letter->displayTitle() : m.citation();
        md += QStringLiteral("# %1\n\n").arg(heading);
        QStringList about;
        if (!m.title.isEmpty() && heading != m.title)
            about.append(QStringLiteral("**%1**").arg(m.title));
        if (m.date.isValid())
            about.append(DutchDate::format(m.date));
        if (!m.sender.isEmpty())
            about.append(m.sender);
        if (!about.isEmpty())
            md += about.join(QStringLiteral(" · ")) + QStringLiteral("\n\n");

        const RenditionRecord& rendition = *letter->primaryRendition();
        const RenditionText text = RenditionText::load(library, rendition.id);
        const QList<PlacedAnnotation> placed = PlacedAnnotation::place(store.forLetter(id), rendition.id, text);
        if (placed.isEmpty())
            md += QStringLiteral("_No annotations._\n\n");
        for (const PlacedAnnotation& p : placed) {
            const Annotation& a = p.annotation;
            if (a.style == Annotation::LetterNote) {
                md += QStringLiteral("**Note on the letter:** %1\n\n").arg(escaped(a.note.trimmed()));
                continue;
            }
            md += quoteBlock(a.anchor.exact);
            QString where =
                p.orphan() ? QStringLiteral("passage not found in this version") : QStringLiteral("p. %1").arg(p.page);
            md += QStringLiteral(">\n> — %1, %2\n\n").arg(heading, where);
            if (!a.note.trimmed().isEmpty())
                md += escaped(a.note.trimmed()) + QStringLiteral("\n\n");
            if (!a.tags.isEmpty())
                md += QStringLiteral("*Tags: %1*\n\n").arg(escaped(a.tags.join(QStringLiteral(", "))));
        }
        ToezeggingRepository::Filter own;
        own.letterId = id;
        const QList<Toezegging> made = valueOrWarn(toezeggingen.list(own), "notes export: toezeggingen");
        if (!made.isEmpty()) {
            md += QStringLiteral("## Toezeggingen\n\n");
            for (const Toezegging& t : made) {
                const int page = text.pageAt(t.anchor.start);
                md += toezeggingLine(t, today,
                                     t.renditionId == rendition.id ? QStringLiteral("p. %1").arg(page) : QString());
            }
            md += QLatin1Char('\n');
        }
        for (const Dossier& d : m.dossiers) {
            const QString key = d.addition.isEmpty() ? d.number : d.number + QLatin1Char('-') + d.addition;
            if (!dossiers.contains(key))
                dossiers.append(key);
        }
    }
    // The register's open toezeggingen of those dossiers: made in debates, not in one of these letters.
    QString registered;
    for (const QString& key : dossiers) {
        ToezeggingRepository::Filter filter;
        filter.dossier = key;
        for (const Toezegging& t : valueOrWarn(toezeggingen.list(filter), "notes export: toezeggingen"))
            if (t.origin == Toezegging::Origin::Registered && t.isOpen())
                registered += toezeggingLine(t, today, t.activity);
    }
    if (!registered.isEmpty())
        md += QStringLiteral("# Open toezeggingen in the Kamer's register\n\n") + registered + QLatin1Char('\n');
    return md;
}

} // namespace kl
