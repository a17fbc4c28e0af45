#include "BriefingPackComposer.h"

#include "BriefingPackIndex.h"
#include "BriefingPackToezeggingen.h"
#include "PrintDate.h"
#include "annotations/AnnotationColor.h"
#include "annotations/NoteMarkdown.h"
#include "document/KindNames.h"
#include "document/OfficialNames.h"

namespace kl {

namespace {

using Paragraph = BriefingPackFlow::Paragraph;

QString capitalized(const QString& s)
{
    return s.isEmpty() ? s : s.left(1).toUpper() + s.mid(1);
}

QTextLayout::FormatRange bold(int start, int length)
{
    QTextLayout::FormatRange r;
    r.start = start;
    r.length = length;
    r.format.setFontWeight(QFont::Bold);
    return r;
}

// A note's Markdown as formatted text; its lines are lines of one paragraph (one character for one, so that the
// format ranges keep their places).
NoteMarkdown::Formatted formattedNote(const QString& markdown)
{
    NoteMarkdown::Formatted note = NoteMarkdown::toFormatted(markdown);
    note.text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return note;
}

// The paragraphs of a text: blank lines end one, and so does a short line that ends a sentence (PDF text has
// no blank lines). Offsets stay those of the text: line breaks become spaces.
QList<std::pair<qsizetype, qsizetype>> paragraphs(const QString& text, qsizetype from, qsizetype to)
{
    QList<std::pair<qsizetype, qsizetype>> out;
    QList<std::pair<qsizetype, qsizetype>> lines;
    qsizetype longest = 0;
    for (qsizetype s = from; s < to;) {
        qsizetype e = text.indexOf(QLatin1Char('\n'), s);
        if (e < 0 || e > to)
            e = to;
        lines.append({s, e});
        longest = std::max(longest, e - s);
        s = e + 1;
    }
    qsizetype start = -1, end = -1;
    auto flush = [&] {
        if (start >= 0)
            out.append({start, end});
        start = -1;
    };
    for (const auto& [s, e] : lines) {
        const QString line = text.mid(s, e - s).trimmed();
        if (line.isEmpty()) {
            flush();
            continue;
        }
        if (start < 0)
            start = s;
        end = e;
        static const QString enders = QStringLiteral(".:;?!");
        if (enders.contains(line.back()) && (e - s) < longest * 0.82)
            flush();
    }
    flush();
    return out;
}

} // namespace

BriefingPackFlow BriefingPackComposer::compose(const BriefingPackContent& content, const QHash<QString, int>& pages)
{
    BriefingPackFlow flow(pages);
    BriefingPackComposer composer(content, flow);
    const BriefingPack& pack = content.pack;
    if (pack.cover)
        flow.addSection(BriefingPackFlow::Section::Cover);
    if (pack.contents && !content.letters.isEmpty())
        composer.contents();
    for (int i = 0; i < content.letters.size(); ++i)
        composer.letter(i);
    if (pack.toezeggingen && !content.toezeggingen.isEmpty())
        BriefingPackToezeggingen::write(content, flow);
    if (pack.crossReferences && !content.letters.isEmpty())
        BriefingPackIndex::write(content, flow);
    return flow;
}

BriefingPackComposer::BriefingPackComposer(const BriefingPackContent& content, BriefingPackFlow& flow)
    : m_content(content)
    , m_pack(content.pack)
    , m_flow(flow)
{
}

void BriefingPackComposer::contents()
{
    const int first = m_flow.size();
    m_flow.heading1(tr("Contents"), QStringLiteral("contents")).after = 14;
    for (int i = 0; i < m_content.letters.size(); ++i) {
        const BriefingPackContent::Letter& d = m_content.letters[i];
        QString text = d.heading;
        if (!d.subtitle.isEmpty())
            text += QChar::LineSeparator + d.subtitle;
        Paragraph& p = m_flow.add(text, PrintStyle::sans(9.5));
        p.kind = Paragraph::Toc;
        p.tocTarget = BriefingPackFlow::letterAnchor(d.id);
        p.indent = 22;
        p.label = QString::number(i + 1);
        p.after = 8;
        p.spacing = 1.3;
        p.formats.append(bold(0, int(d.heading.size())));
        if (!d.subtitle.isEmpty()) {
            QTextLayout::FormatRange grey;
            grey.start = int(d.heading.size()) + 1;
            grey.length = int(d.subtitle.size());
            grey.format.setForeground(PrintStyle::grey());
            grey.format.setFont(PrintStyle::serif(9));
            p.formats.append(grey);
        }
    }
    if (m_pack.toezeggingen && !m_content.toezeggingen.isEmpty()) {
        Paragraph& p = m_flow.add(tr("Open toezeggingen"), PrintStyle::sans(9.5, true));
        p.kind = Paragraph::Toc;
        p.tocTarget = BriefingPackToezeggingen::anchor();
        p.indent = 22;
        p.before = 6;
    }
    if (m_pack.crossReferences) {
        Paragraph& p = m_flow.add(tr("Cross-references"), PrintStyle::sans(9.5, true));
        p.kind = Paragraph::Toc;
        p.tocTarget = BriefingPackIndex::anchor();
        p.indent = 22;
        p.before = 6;
    }
    m_flow.addSection(BriefingPackFlow::Section::Flow, first);
}

void BriefingPackComposer::letter(int index)
{
    const BriefingPackContent::Letter& d = m_content.letters[index];
    const int first = m_flow.size();

    Paragraph& kicker = m_flow.add(tr("Document %1 of %2").arg(index + 1).arg(m_content.letters.size()).toUpper(),
                                   PrintStyle::sans(7.5, true), PrintStyle::grey());
    kicker.keepWithNext = true;
    kicker.after = 3;
    m_flow.heading1(d.heading, BriefingPackFlow::letterAnchor(d.id));
    if (!d.subtitle.isEmpty()) {
        Paragraph& s = m_flow.add(d.subtitle, PrintStyle::serif(12), PrintStyle::ink());
        s.keepWithNext = true;
        s.spacing = 1.25;
    }
    Paragraph& rule = m_flow.add(QString(), PrintStyle::sans(4), PrintStyle::lightGrey());
    rule.kind = Paragraph::Rule;
    rule.before = 6;
    rule.after = 8;

    if (m_pack.metadata)
        metadata(d);
    if (m_pack.excerpts)
        excerpts(d, first + 1);
    if (!d.originals && m_pack.body != BriefingPack::NoBody && d.bodyText.pageCount() > 0)
        body(d);
    if (d.originals) {
        const QString first = m_flow.pageRef(BriefingPackFlow::originalAnchor(d.id, 1));
        const QString last = m_flow.pageRef(BriefingPackFlow::originalAnchor(d.id, d.pdfPages));
        // A one-page original is on "page 4", not on "pages 4–4".
        const QString where =
            d.pdfPages > 1
                ? tr("The original document follows on pages %1–%2 of this pack, with the highlights drawn on it.")
                      .arg(first, last)
                : tr("The original document follows on page %1 of this pack, with the highlights drawn on it.")
                      .arg(first);
        Paragraph& h = m_flow.add(where, PrintStyle::serif(9, false, true), PrintStyle::grey());
        h.before = 18;
    }
    m_flow.addSection(BriefingPackFlow::Section::Flow, first, index);
    if (d.originals)
        m_flow.addSection(BriefingPackFlow::Section::Originals, 0, index);
}

void BriefingPackComposer::metadata(const BriefingPackContent::Letter& d)
{
    const DocumentMetadata& m = d.record.metadata;
    m_flow.field(tr("Kind"), m.kind.isEmpty() ? QString() : capitalized(KindNames::label(m.kind)));
    if (m.date.isValid())
        m_flow.field(tr("Date"), PrintDate::format(m.date));
    m_flow.field(tr("Sender"), m.sender);
    m_flow.field(tr("Signed by"), m.signatory);
    QStringList dossiers;
    for (const Dossier& ds : m.dossiers)
        dossiers.append(ds.title.isEmpty() ? ds.display() : QStringLiteral("%1 — %2").arg(ds.display(), ds.title));
    m_flow.field(dossiers.size() > 1 ? tr("Dossiers") : tr("Dossier"), dossiers.join(QLatin1Char('\n')));
    m_flow.field(tr("Vergaderjaar"), m.vergaderjaar);
    m_flow.field(tr("Identifier"), m.kstId);
    QStringList files;
    for (const RenditionRecord& r : d.record.renditions)
        files.append(r.format == QLatin1String("pdf")
                         ? tr("%1 (PDF, %n page(s))", nullptr, r.pages).arg(r.originalName)
                         : (r.format == QLatin1String("xml") ? tr("%1 (XML)") : tr("%1 (text)")).arg(r.originalName));
    m_flow.field(tr("Source"), files.join(QLatin1Char('\n')));
    if (d.originals)
        m_flow.field(tr("Original pages"),
                     d.pdfPages > 1
                         ? tr("pages %1–%2 of this pack")
                               .arg(m_flow.pageRef(BriefingPackFlow::originalAnchor(d.id, 1)),
                                    m_flow.pageRef(BriefingPackFlow::originalAnchor(d.id, d.pdfPages)))
                         : tr("page %1 of this pack").arg(m_flow.pageRef(BriefingPackFlow::originalAnchor(d.id, 1))));
    official(d);
}

// Which official sources describe the letter, whether they withdrew it, and how the Kamer voted on a motie.
void BriefingPackComposer::official(const BriefingPackContent::Letter& d)
{
    QStringList sources, withdrawnBy;
    VoteResult votes;
    for (const OfficialSource& s : d.official) {
        const QString name = OfficialNames::source(s.record.source);
        sources.append(s.record.documentNumber.isEmpty() ? name
                                                         : QStringLiteral("%1, %2").arg(name, s.record.documentNumber));
        if (s.record.deleted)
            withdrawnBy.append(name);
        if (votes.isEmpty())
            votes = s.record.votes;
    }
    m_flow.field(tr("Official source"), sources.join(QLatin1Char('\n')));
    // A reader of the pack may cite the document: say that its source no longer publishes it.
    if (!withdrawnBy.isEmpty() || d.record.withdrawn)
        m_flow.field(tr("Status"), withdrawnBy.isEmpty() ? tr("Withdrawn by the official source")
                                                         : tr("Withdrawn by %1").arg(withdrawnBy.join(tr(" and "))));
    if (votes.isEmpty())
        return;
    QString outcome = OfficialNames::outcome(votes);
    if (const QString seats = OfficialNames::seats(votes); !seats.isEmpty())
        outcome = tr("%1: %2").arg(outcome, seats);
    if (const QString method = OfficialNames::method(votes); !method.isEmpty())
        outcome = tr("%1 (%2)").arg(outcome, method);
    m_flow.field(tr("Vote"), outcome);
    m_flow.field(tr("For"), OfficialNames::fracties(votes, QStringLiteral("voor")));
    m_flow.field(tr("Against"), OfficialNames::fracties(votes, QStringLiteral("tegen")));
    m_flow.field(tr("Did not vote"), OfficialNames::fracties(votes, QString()));
}

// The note on the letter, then every highlighted passage in reading order; `group` numbers them so that an
// excerpt stays on one page with its notes and tags.
void BriefingPackComposer::excerpts(const BriefingPackContent::Letter& d, int group)
{
    int count = 0;
    for (const PlacedAnnotation& p : d.excerpts)
        if (p.annotation.style != Annotation::LetterNote)
            ++count;
    for (const PlacedAnnotation& p : d.excerpts) {
        if (p.annotation.style != Annotation::LetterNote || p.annotation.note.trimmed().isEmpty())
            continue;
        m_flow.heading2(tr("Note on the letter"));
        const NoteMarkdown::Formatted note = formattedNote(p.annotation.note);
        Paragraph& n = m_flow.add(note.text, PrintStyle::serif(10));
        n.formats = note.formats;
        n.after = 6;
    }
    m_flow.heading2(count ? tr("Excerpts (%1)").arg(count) : tr("Excerpts"));
    if (!count) {
        Paragraph& none = m_flow.add(tr("No passages of this document are highlighted."),
                                     PrintStyle::serif(9.5, false, true), PrintStyle::grey());
        none.after = 4;
    }
    for (const PlacedAnnotation& p : d.excerpts)
        if (p.annotation.style != Annotation::LetterNote)
            excerpt(d, p, ++group);
}

void BriefingPackComposer::excerpt(const BriefingPackContent::Letter& d, const PlacedAnnotation& p, int group)
{
    const Annotation& a = p.annotation;
    const QColor colour = AnnotationColor::toColor(a.color);
    Paragraph& q = m_flow.add(QStringLiteral("“%1”").arg(a.anchor.exact.simplified()), PrintStyle::serif(10));
    q.indent = 12;
    q.bar = colour;
    q.tint = PrintStyle::lighten(colour, 0.16);
    q.group = group;
    q.before = 8;
    q.spacing = 1.35;
    QStringList where;
    if (p.orphan()) {
        where.append(tr("passage not found in this version of the document"));
    } else {
        where.append(tr("page %1 of the original").arg(p.page));
        if (d.originals)
            where.append(
                tr("page %1 of this pack").arg(m_flow.pageRef(BriefingPackFlow::originalAnchor(d.id, p.page))));
    }
    const QString meaning = d.meanings.value(a.color);
    // The colour's name in the language of the pack ("Geel"), with what the reader said it means.
    const QString colourName = AnnotationColor::displayName(AnnotationColor::normalized(a.color));
    where.append(meaning.isEmpty() ? colourName : tr("%1 (%2)").arg(meaning, colourName));
    if (a.style == Annotation::Underline)
        where.append(tr("underlined"));
    Paragraph& w = m_flow.add(where.join(QStringLiteral("  ·  ")), PrintStyle::sans(7.5), PrintStyle::grey());
    w.indent = 12;
    w.group = group;
    w.before = 3;
    if (!a.note.trimmed().isEmpty()) {
        const QString label = tr("Note:");
        const NoteMarkdown::Formatted note = formattedNote(a.note);
        Paragraph& n = m_flow.add(QStringLiteral("%1 %2").arg(label, note.text), PrintStyle::serif(9.5));
        n.formats.append(bold(0, int(label.size())));
        for (QTextLayout::FormatRange r : note.formats) {
            r.start += int(label.size()) + 1;
            n.formats.append(r);
        }
        n.indent = 12;
        n.group = group;
        n.before = 4;
    }
    if (!a.tags.isEmpty()) {
        Paragraph& t = m_flow.add(tr("Tags: %1").arg(a.tags.join(QStringLiteral(", "))),
                                  PrintStyle::sans(7.5, false, true), PrintStyle::accent());
        t.indent = 12;
        t.group = group;
        t.before = 2;
    }
}

// The letter's text, page by page, with its highlights behind the words and its underlines under them.
void BriefingPackComposer::body(const BriefingPackContent::Letter& d)
{
    Paragraph& h = m_flow.heading2(tr("Text of the document"));
    h.before = 20;
    const QString& text = d.bodyText.text();
    for (int page = 1; page <= d.bodyText.pageCount(); ++page) {
        const qsizetype from = d.bodyText.pageStart(page);
        const qsizetype to = page < d.bodyText.pageCount() ? d.bodyText.pageStart(page + 1) - 1 : text.size();
        if (d.bodyText.pageCount() > 1) {
            Paragraph& marker = m_flow.add(tr("— page %1 —").arg(page), PrintStyle::sans(7), PrintStyle::grey());
            marker.before = page > 1 ? 6 : 0;
            marker.after = 4;
            marker.keepWithNext = true;
        }
        for (const auto& [s, e] : paragraphs(text, from, to)) {
            QString t = text.mid(s, e - s);
            t.replace(QLatin1Char('\n'), QLatin1Char(' '));
            Paragraph& p = m_flow.add(t, PrintStyle::serif(9.5));
            p.after = 5;
            p.spacing = 1.32;
            for (const PlacedAnnotation& pa : d.bodyPlaced) {
                if (pa.orphan() || pa.annotation.style == Annotation::LetterNote)
                    continue;
                const qsizetype ms = std::max(pa.start, s), me = std::min(pa.end, e);
                if (ms >= me)
                    continue;
                const QColor c = AnnotationColor::toColor(pa.annotation.color);
                if (pa.annotation.style == Annotation::Highlight) {
                    p.marks.append({ms - s, me - s, PrintStyle::lighten(c, 0.45)});
                } else {
                    QTextLayout::FormatRange u;
                    u.start = int(ms - s);
                    u.length = int(me - ms);
                    u.format.setFontUnderline(true);
                    u.format.setUnderlineColor(c);
                    p.formats.append(u);
                }
            }
        }
    }
}

} // namespace kl
