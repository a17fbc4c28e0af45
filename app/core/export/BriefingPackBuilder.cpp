#include "BriefingPackBuilder.h"

#include "anchor/PageGeometry.h"
#include "annotations/AnnotationColor.h"
#include "annotations/AnnotationStore.h"
#include "annotations/PlacedAnnotation.h"
#include "import/PdfTextExtractor.h"
#include "library/Library.h"
#include "library/RenditionText.h"
#include "links/BacklinkFinder.h"
#include "links/LinkStore.h"
#include "metadata/DutchDate.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QSet>
#include <QTextLayout>
#include <poppler-qt6.h>

#include <deque>
#include <map>

namespace kl {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kl::BriefingPackBuilder", text, disambiguation, n);
}

// A4 in points, and the type area.
constexpr double kPageW = 595.276;
constexpr double kPageH = 841.89;
constexpr double kLeft = 68;
constexpr double kRight = kPageW - 62;
constexpr double kTop = 82;
constexpr double kBottom = kPageH - 66;
constexpr double kHeaderY = 40;
constexpr double kFooterY = kPageH - 40;
constexpr int kRenderDpi = 150;

const QColor kAccent(0x15, 0x42, 0x73); // rijksblauw
const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kGrey(0x5f, 0x63, 0x68);
const QColor kLightGrey(0xc8, 0xcc, 0xd0);
const QColor kMarking(0xa4, 0x26, 0x2c);

QFont makeFont(bool serif, double pt, bool bold = false, bool italic = false)
{
    QFont f(serif ? QStringLiteral("DejaVu Serif") : QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(pt);
    f.setBold(bold);
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    // Letter spacing turns ligatures off: the pack's text stays searchable ("fi", not "ﬁ").
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return f;
}

QColor lighten(const QColor& c, double keep)
{
    return QColor::fromRgbF(float(c.redF() * keep + (1 - keep)), float(c.greenF() * keep + (1 - keep)),
                            float(c.blueF() * keep + (1 - keep)));
}

QString capitalized(const QString& s)
{
    return s.isEmpty() ? s : s.left(1).toUpper() + s.mid(1);
}

// One paragraph of flowing text, laid out in lines that pagination places.
struct Para {
    enum Kind { Text, Field, Toc, Rule };
    Kind kind = Text;
    QString text;
    QFont font = makeFont(true, 10);
    QColor color = kInk;
    double indent = 0; // pt
    double before = 0; // pt
    double after = 0;  // pt
    double spacing = 1.3;
    QList<QTextLayout::FormatRange> formats;
    struct Mark {
        qsizetype start, end;
        QColor color;
    };
    QList<Mark> marks; // highlights behind the text
    QColor bar;        // excerpts: a bar in the highlight's colour left of the lines
    QColor tint;       // and a tinted background
    bool keepWithNext = false;
    int group = 0; // paragraphs with the same group stay on one page when they fit
    bool pageBreak = false;
    QString anchor;
    QString label; // Field: the label left of the value
    QString tocTarget;

    std::unique_ptr<QTextLayout> layout;
    QList<double> heights; // device units, per line
    double height() const
    {
        double h = 0;
        for (double x : heights)
            h += x;
        return h;
    }
};

struct PlacedLine {
    int para;
    int line;
    double y; // device units
};

struct Page {
    enum Kind { Cover, Flow, Original };
    Kind kind = Flow;
    QList<PlacedLine> lines;
    int letter = -1;  // Original: index into letters
    int original = 0; // Original: 1-based page of the PDF
};

struct LetterData {
    qint64 id = 0;
    LetterRecord record;
    QString heading; // citation, or the title when there is none
    QString subtitle;
    // Excerpts: placed in the PDF rendition when there is one (its page numbers are the original's).
    qint64 excerptRendition = 0;
    QList<PlacedAnnotation> excerpts;
    QHash<QString, QString> meanings;
    // Body: text, or original pages.
    bool originals = false;
    QString pdfPath;
    int pdfPages = 0;
    RenditionText pdfText;
    QList<PlacedAnnotation> pdfPlaced;
    RenditionText bodyText;
    QList<PlacedAnnotation> bodyPlaced;
};

struct RefEntry {
    qint64 fromLetter = 0; // in the pack (or outside, for citedBy)
    int fromPage = 0;
    QString text; // as written
    QString target;
    qint64 toLetter = 0;
    bool link = false;
    QString note;
};

} // namespace

struct BriefingPackBuilder::Private {
    Library& library;
    BriefingPack pack;
    Progress progress;
    const std::atomic_bool* cancel = nullptr;

    QList<LetterData> letters;
    QList<RefEntry> outgoing; // from letters in the pack
    QList<RefEntry> citedBy;  // letters outside the pack that cite one in it
    QHash<qint64, QString> labels;

    // Layout, per device.
    const QPaintDevice* device = nullptr;
    double k = 1; // device units per point
    std::deque<Para> paras;
    struct Chunk {
        enum Kind { Cover, Flow, Originals } kind;
        int first = 0, last = 0; // Flow: paragraphs [first, last)
        int letter = -1;
    };
    QList<Chunk> chunks;
    QList<Page> pages;
    QHash<QString, int> anchors; // "letter:12" -> page (1-based)
    std::map<int, std::unique_ptr<Poppler::Document>> documents;

    Private(Library& l, const BriefingPack& p)
        : library(l)
        , pack(p)
    {
    }

    bool cancelled() const { return cancel && cancel->load(); }
    QString labelOf(qint64 letterId);
    bool collect();
    void collectReferences();
    void build();
    void buildLetter(int index);
    void buildIndex();
    void buildContents();
    Para& add(const QString& text, const QFont& font, const QColor& color = kInk);
    Para& heading1(const QString& text, const QString& anchor);
    Para& heading2(const QString& text);
    void field(const QString& label, const QString& value);
    QString pageRef(const QString& anchor) const;
    void layoutAll();
    void layoutPara(Para& p, double width);
    void paginate();
    Result paint(QPagedPaintDevice& device, QString* error);
    void paintPage(QPainter& painter, int index);
    void paintCover(QPainter& painter);
    void paintFlow(QPainter& painter, const Page& page);
    void paintOriginal(QPainter& painter, const Page& page);
    void paintFrame(QPainter& painter, int index);
    double drawWrapped(QPainter& painter, const QString& text, const QFont& font, const QColor& color,
                       const QPointF& at, double width, double spacing = 1.2);
    QRectF pt(double x, double y, double w, double h) const { return QRectF(x * k, y * k, w * k, h * k); }
};

QString BriefingPackBuilder::Private::labelOf(qint64 letterId)
{
    auto it = labels.find(letterId);
    if (it != labels.end())
        return *it;
    QString label;
    if (const std::optional<LetterRecord> l = library.letter(letterId))
        label = l->metadata.citation().isEmpty() ? l->displayTitle() : l->metadata.citation();
    labels.insert(letterId, label);
    return label;
}

// Reads everything the pack shows from the library, on the library's thread.
bool BriefingPackBuilder::Private::collect()
{
    AnnotationStore store(library);
    for (qint64 id : pack.letterIds) {
        if (cancelled())
            return false;
        std::optional<LetterRecord> record = library.letter(id);
        if (!record || record->renditions.isEmpty())
            continue;
        LetterData d;
        d.id = id;
        d.record = *record;
        const DocumentMetadata& m = record->metadata;
        d.heading = m.citation().isEmpty() ? record->displayTitle() : m.citation();
        // Titles printed in capitals ("BRIEF VAN DE MINISTER ...") read better in sentence case.
        const QString title = m.title.isEmpty() ? record->displayTitle() : m.title;
        d.subtitle =
            m.citation().isEmpty() ? QString() : (title == title.toUpper() ? capitalized(title.toLower()) : title);
        labels.insert(id, d.heading);

        const RenditionRecord* pdf = nullptr;
        const RenditionRecord* text = nullptr;
        for (const RenditionRecord& r : record->renditions) {
            if (r.format == QLatin1String("pdf") && !pdf)
                pdf = &r;
            if (r.format != QLatin1String("pdf") && !text)
                text = &r;
        }
        const QList<Annotation> annotations = store.forLetter(id);
        for (const Annotation& a : annotations)
            if (a.style != Annotation::LetterNote && !d.meanings.contains(a.color))
                d.meanings.insert(a.color, store.colorMeaning(a.color));

        const RenditionRecord& excerptRendition = *record->primaryRendition(); // the PDF when there is one
        d.excerptRendition = excerptRendition.id;
        const RenditionText excerptText = RenditionText::load(library, excerptRendition.id);
        d.excerpts = PlacedAnnotation::place(annotations, excerptRendition.id, excerptText);
        if (pdf) {
            d.pdfPath = pdf->storedPath;
            d.pdfText = excerptText;
            d.pdfPlaced = d.excerpts;
            d.pdfPages = std::max(pdf->pages, excerptText.pageCount());
        }
        d.originals = pack.body == BriefingPack::OriginalPages && pdf;
        if (pack.body == BriefingPack::FullText || (pack.body == BriefingPack::OriginalPages && !pdf)) {
            const RenditionRecord& body = text ? *text : record->renditions.first();
            d.bodyText = body.id == excerptRendition.id ? excerptText : RenditionText::load(library, body.id);
            d.bodyPlaced =
                body.id == excerptRendition.id ? d.excerpts : PlacedAnnotation::place(annotations, body.id, d.bodyText);
        }
        letters.append(std::move(d));
    }
    if (pack.crossReferences)
        collectReferences();
    return !cancelled();
}

void BriefingPackBuilder::Private::collectReferences()
{
    LinkStore links(library);
    QSet<qint64> inPack;
    for (const LetterData& d : letters)
        inPack.insert(d.id);
    for (const LetterData& d : letters) {
        const RenditionRecord& first = *d.record.primaryRendition();
        const RenditionText text = RenditionText::load(library, first.id);
        for (const Reference& r : library.references(first.id)) {
            RefEntry e;
            e.fromLetter = d.id;
            e.fromPage = text.pageAt(r.start);
            e.text = r.text.simplified();
            e.target = r.target;
            e.toLetter = library.resolveTarget(r.target);
            if (e.toLetter != d.id)
                outgoing.append(e);
        }
        for (const Link& l : links.linksFrom(d.id)) {
            RefEntry e;
            e.fromLetter = d.id;
            e.fromPage = RenditionText::load(library, l.fromRendition).pageAt(l.from.start);
            e.text = l.from.exact.simplified();
            e.toLetter = l.toLetter;
            e.link = true;
            e.note = l.note;
            outgoing.append(e);
        }
        for (const Backlink& b : BacklinkFinder::find(library, links, d.id)) {
            if (inPack.contains(b.letterId))
                continue;
            RefEntry e;
            e.fromLetter = b.letterId;
            e.fromPage = b.page;
            e.text = b.text.simplified();
            e.toLetter = d.id;
            e.link = b.kind == Backlink::Link;
            e.note = b.note;
            labelOf(b.letterId);
            citedBy.append(e);
        }
    }
    for (const RefEntry& e : outgoing)
        if (e.toLetter)
            labelOf(e.toLetter);
}

Para& BriefingPackBuilder::Private::add(const QString& text, const QFont& font, const QColor& color)
{
    Para& p = paras.emplace_back();
    p.text = text;
    p.font = font;
    p.color = color;
    return p;
}

Para& BriefingPackBuilder::Private::heading1(const QString& text, const QString& anchor)
{
    Para& p = add(text, makeFont(false, 17, true), kAccent);
    p.spacing = 1.15;
    p.after = 4;
    p.keepWithNext = true;
    p.anchor = anchor;
    return p;
}

Para& BriefingPackBuilder::Private::heading2(const QString& text)
{
    Para& p = add(text, makeFont(false, 11.5, true), kAccent);
    p.before = 16;
    p.after = 6;
    p.keepWithNext = true;
    return p;
}

void BriefingPackBuilder::Private::field(const QString& label, const QString& value)
{
    if (value.trimmed().isEmpty())
        return;
    Para& p = add(value, makeFont(true, 9.5));
    p.kind = Para::Field;
    p.label = label;
    p.indent = 112;
    p.spacing = 1.25;
    p.after = 2.5;
}

QString BriefingPackBuilder::Private::pageRef(const QString& anchor) const
{
    const int page = anchors.value(anchor);
    return page ? QString::number(page) : QStringLiteral("000");
}

// The paragraphs of a text: blank lines end one, and so does a short line that ends a sentence (PDF text has
// no blank lines). Offsets stay those of the text: line breaks become spaces.
static QList<std::pair<qsizetype, qsizetype>> paragraphs(const QString& text, qsizetype from, qsizetype to)
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

void BriefingPackBuilder::Private::buildLetter(int index)
{
    const LetterData& d = letters[index];
    const DocumentMetadata& m = d.record.metadata;
    const int first = int(paras.size());

    Para& kicker =
        add(tr("Document %1 of %2").arg(index + 1).arg(letters.size()).toUpper(), makeFont(false, 7.5, true), kGrey);
    kicker.keepWithNext = true;
    kicker.after = 3;
    heading1(d.heading, QStringLiteral("letter:%1").arg(d.id));
    if (!d.subtitle.isEmpty()) {
        Para& s = add(d.subtitle, makeFont(true, 12), kInk);
        s.keepWithNext = true;
        s.spacing = 1.25;
    }
    Para& rule = add(QString(), makeFont(false, 4), kLightGrey);
    rule.kind = Para::Rule;
    rule.before = 6;
    rule.after = 8;

    if (pack.metadata) {
        field(tr("Kind"), capitalized(m.kind));
        if (m.date.isValid())
            field(tr("Date"), DutchDate::format(m.date));
        field(tr("Sender"), m.sender);
        field(tr("Signed by"), m.signatory);
        QStringList dossiers;
        for (const Dossier& ds : m.dossiers)
            dossiers.append(ds.title.isEmpty() ? ds.display() : QStringLiteral("%1 — %2").arg(ds.display(), ds.title));
        field(dossiers.size() > 1 ? tr("Dossiers") : tr("Dossier"), dossiers.join(QLatin1Char('\n')));
        field(tr("Vergaderjaar"), m.vergaderjaar);
        field(tr("Identifier"), m.kstId);
        QStringList files;
        for (const RenditionRecord& r : d.record.renditions)
            files.append(r.format == QLatin1String("pdf")
                             ? tr("%1 (PDF, %n page(s))", nullptr, r.pages).arg(r.originalName)
                             : QStringLiteral("%1 (%2)").arg(r.originalName, r.format.toUpper()));
        field(tr("Source"), files.join(QLatin1Char('\n')));
        if (d.originals)
            field(tr("Original pages"), tr("pages %1–%2 of this pack")
                                            .arg(pageRef(QStringLiteral("orig:%1:1").arg(d.id)),
                                                 pageRef(QStringLiteral("orig:%1:%2").arg(d.id).arg(d.pdfPages))));
    }

    if (pack.excerpts) {
        int count = 0;
        for (const PlacedAnnotation& p : d.excerpts)
            if (p.annotation.style != Annotation::LetterNote)
                ++count;
        for (const PlacedAnnotation& p : d.excerpts) {
            if (p.annotation.style != Annotation::LetterNote || p.annotation.note.trimmed().isEmpty())
                continue;
            heading2(tr("Note on the letter"));
            Para& n = add(p.annotation.note.trimmed(), makeFont(true, 10));
            n.after = 6;
        }
        heading2(count ? tr("Excerpts (%1)").arg(count) : tr("Excerpts"));
        if (!count) {
            Para& none =
                add(tr("No passages of this document are highlighted."), makeFont(true, 9.5, false, true), kGrey);
            none.after = 4;
        }
        int group = first + 1;
        for (const PlacedAnnotation& p : d.excerpts) {
            const Annotation& a = p.annotation;
            if (a.style == Annotation::LetterNote)
                continue;
            ++group;
            const QColor colour = AnnotationColor::toColor(a.color);
            Para& q = add(QStringLiteral("“%1”").arg(a.anchor.exact.simplified()), makeFont(true, 10));
            q.indent = 12;
            q.bar = colour;
            q.tint = lighten(colour, 0.16);
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
                        tr("page %1 of this pack").arg(pageRef(QStringLiteral("orig:%1:%2").arg(d.id).arg(p.page))));
            }
            const QString meaning = d.meanings.value(a.color);
            where.append(meaning.isEmpty()
                             ? capitalized(AnnotationColor::normalized(a.color))
                             : QStringLiteral("%1 (%2)").arg(meaning, AnnotationColor::normalized(a.color)));
            if (a.style == Annotation::Underline)
                where.append(tr("underlined"));
            Para& w = add(where.join(QStringLiteral("  ·  ")), makeFont(false, 7.5), kGrey);
            w.indent = 12;
            w.group = group;
            w.before = 3;
            if (!a.note.trimmed().isEmpty()) {
                const QString label = tr("Note:");
                Para& n = add(QStringLiteral("%1 %2").arg(label, a.note.trimmed()), makeFont(true, 9.5));
                QTextLayout::FormatRange bold;
                bold.start = 0;
                bold.length = int(label.size());
                bold.format.setFontWeight(QFont::Bold);
                n.formats.append(bold);
                n.indent = 12;
                n.group = group;
                n.before = 4;
            }
            if (!a.tags.isEmpty()) {
                Para& t = add(tr("Tags: %1").arg(a.tags.join(QStringLiteral(", "))), makeFont(false, 7.5, false, true),
                              kAccent);
                t.indent = 12;
                t.group = group;
                t.before = 2;
            }
        }
    }

    if (!d.originals && pack.body != BriefingPack::NoBody && d.bodyText.pageCount() > 0) {
        Para& h = heading2(tr("Text of the document"));
        h.before = 20;
        const QString& text = d.bodyText.text();
        for (int page = 1; page <= d.bodyText.pageCount(); ++page) {
            const qsizetype from = d.bodyText.pageStart(page);
            const qsizetype to = page < d.bodyText.pageCount() ? d.bodyText.pageStart(page + 1) - 1 : text.size();
            if (d.bodyText.pageCount() > 1) {
                Para& marker = add(tr("— page %1 —").arg(page), makeFont(false, 7), kGrey);
                marker.before = page > 1 ? 6 : 0;
                marker.after = 4;
                marker.keepWithNext = true;
            }
            for (const auto& [s, e] : paragraphs(text, from, to)) {
                QString t = text.mid(s, e - s);
                t.replace(QLatin1Char('\n'), QLatin1Char(' '));
                Para& p = add(t, makeFont(true, 9.5));
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
                        p.marks.append({ms - s, me - s, lighten(c, 0.45)});
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
    if (d.originals) {
        Para& h = add(tr("The original document follows on pages %1–%2 of this pack, with the highlights drawn on it.")
                          .arg(pageRef(QStringLiteral("orig:%1:1").arg(d.id)),
                               pageRef(QStringLiteral("orig:%1:%2").arg(d.id).arg(d.pdfPages))),
                      makeFont(true, 9, false, true), kGrey);
        h.before = 18;
    }
    chunks.append({Chunk::Flow, first, int(paras.size()), index});
    if (d.originals)
        chunks.append({Chunk::Originals, 0, 0, index});
}

void BriefingPackBuilder::Private::buildContents()
{
    const int first = int(paras.size());
    heading1(tr("Contents"), QStringLiteral("contents")).after = 14;
    for (int i = 0; i < letters.size(); ++i) {
        const LetterData& d = letters[i];
        QString text = d.heading;
        if (!d.subtitle.isEmpty())
            text += QChar::LineSeparator + d.subtitle;
        Para& p = add(text, makeFont(false, 9.5));
        p.kind = Para::Toc;
        p.tocTarget = QStringLiteral("letter:%1").arg(d.id);
        p.indent = 22;
        p.label = QString::number(i + 1);
        p.after = 8;
        p.spacing = 1.3;
        QTextLayout::FormatRange bold;
        bold.start = 0;
        bold.length = int(d.heading.size());
        bold.format.setFontWeight(QFont::Bold);
        p.formats.append(bold);
        if (!d.subtitle.isEmpty()) {
            QTextLayout::FormatRange grey;
            grey.start = int(d.heading.size()) + 1;
            grey.length = int(d.subtitle.size());
            grey.format.setForeground(kGrey);
            grey.format.setFont(makeFont(true, 9));
            p.formats.append(grey);
        }
    }
    if (pack.crossReferences) {
        Para& p = add(tr("Cross-references"), makeFont(false, 9.5, true));
        p.kind = Para::Toc;
        p.tocTarget = QStringLiteral("index");
        p.indent = 22;
        p.before = 6;
    }
    chunks.append({Chunk::Flow, first, int(paras.size()), -1});
}

void BriefingPackBuilder::Private::buildIndex()
{
    const int first = int(paras.size());
    heading1(tr("Cross-references"), QStringLiteral("index"));
    Para& intro = add(tr("References found in the text of the documents in this pack and cross-references made by "
                         "hand, by the document they point to."),
                      makeFont(true, 9, false, true), kGrey);
    intro.after = 4;
    QSet<qint64> inPack;
    for (const LetterData& d : letters)
        inPack.insert(d.id);

    // One entry per target: the target as a heading, then every place that cites it.
    auto section = [&](const QString& title, const QList<RefEntry>& entries, bool targetInPack, bool outside) {
        heading2(title);
        QList<QString> order;
        QMap<QString, QList<RefEntry>> byTarget;
        for (const RefEntry& e : entries) {
            const QString key = e.toLetter ? QStringLiteral("l%1").arg(e.toLetter) : QStringLiteral("t") + e.target;
            if (!byTarget.contains(key))
                order.append(key);
            byTarget[key].append(e);
        }
        if (order.isEmpty()) {
            Para& none = add(tr("None."), makeFont(true, 9.5, false, true), kGrey);
            none.after = 4;
            return;
        }
        int group = 100000 + int(paras.size());
        for (const QString& key : order) {
            const QList<RefEntry>& list = byTarget[key];
            const RefEntry& e0 = list.first();
            QString target;
            if (e0.toLetter) {
                target = labels.value(e0.toLetter);
                if (targetInPack)
                    target += QStringLiteral("  ·  ") +
                              tr("page %1 of this pack").arg(pageRef(QStringLiteral("letter:%1").arg(e0.toLetter)));
                else if (!outside)
                    target += QStringLiteral("  ·  ") + tr("in the library, not in this pack");
            } else {
                target = e0.text.isEmpty() ? e0.target : e0.text;
                if (!e0.target.isEmpty() && e0.target != target)
                    target += QStringLiteral("  ·  ") + e0.target;
                target += QStringLiteral("  ·  ") + tr("not in the library");
            }
            ++group;
            Para& h = add(target, makeFont(false, 9, true), kInk);
            h.before = 7;
            h.after = 1;
            h.group = group;
            h.keepWithNext = true;
            const int boldLength =
                int(e0.toLetter ? labels.value(e0.toLetter).size() : (e0.text.isEmpty() ? e0.target : e0.text).size());
            QTextLayout::FormatRange rest;
            rest.start = boldLength;
            rest.length = int(target.size()) - boldLength;
            rest.format.setFontWeight(QFont::Normal);
            rest.format.setForeground(kGrey);
            h.formats.append(rest);
            // Several mentions from one letter on one line.
            QList<qint64> citing;
            QHash<qint64, QList<const RefEntry*>> byLetter;
            for (const RefEntry& e : list) {
                if (!byLetter.contains(e.fromLetter))
                    citing.append(e.fromLetter);
                byLetter[e.fromLetter].append(&e);
            }
            for (qint64 from : citing) {
                QStringList pagesOf, written;
                for (const RefEntry* e : byLetter[from]) {
                    if (!pagesOf.contains(QString::number(e->fromPage)))
                        pagesOf.append(QString::number(e->fromPage));
                    QString w = e->link ? tr("cross-reference: “%1”").arg(e->text.left(90))
                                        : QStringLiteral("“%1”").arg(e->text.left(90));
                    if (e->link && !e->note.trimmed().isEmpty())
                        w += QStringLiteral(" — ") + e->note.trimmed();
                    if (!written.contains(w) && !e->text.isEmpty())
                        written.append(w);
                }
                QString line = tr("cited in %1, page %2").arg(labels.value(from), pagesOf.join(QStringLiteral(", ")));
                if (!written.isEmpty())
                    line += QStringLiteral(": ") + written.join(QStringLiteral("; "));
                Para& p = add(line, makeFont(true, 8.5), kInk);
                p.indent = 14;
                p.spacing = 1.25;
                p.group = group;
                p.before = 1.5;
            }
        }
    };
    QList<RefEntry> within, beyond;
    for (const RefEntry& e : outgoing)
        (inPack.contains(e.toLetter) ? within : beyond).append(e);
    section(tr("Between the documents in this pack"), within, true, false);
    section(tr("To documents outside this pack"), beyond, false, false);
    section(tr("Cited by documents outside this pack"), citedBy, true, true);
    chunks.append({Chunk::Flow, first, int(paras.size()), -1});
}

void BriefingPackBuilder::Private::build()
{
    paras.clear();
    chunks.clear();
    if (pack.cover)
        chunks.append({Chunk::Cover, 0, 0, -1});
    if (pack.contents && !letters.isEmpty())
        buildContents();
    for (int i = 0; i < letters.size(); ++i)
        buildLetter(i);
    if (pack.crossReferences && !letters.isEmpty())
        buildIndex();
    for (Chunk& c : chunks)
        if (c.kind == Chunk::Flow && c.first < c.last)
            paras[c.first].pageBreak = true;
}

void BriefingPackBuilder::Private::layoutPara(Para& p, double width)
{
    p.layout = std::make_unique<QTextLayout>(p.text, p.font, const_cast<QPaintDevice*>(device));
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    p.layout->setTextOption(option);
    p.layout->setFormats(p.formats);
    p.layout->setCacheEnabled(true);
    double w = width - p.indent * k;
    if (p.kind == Para::Toc)
        w -= 40 * k;
    p.heights.clear();
    p.layout->beginLayout();
    for (QTextLine line = p.layout->createLine(); line.isValid(); line = p.layout->createLine()) {
        line.setLineWidth(w);
        line.setPosition(QPointF(0, 0));
        p.heights.append(line.height() * p.spacing);
    }
    p.layout->endLayout();
}

void BriefingPackBuilder::Private::layoutAll()
{
    const double width = (kRight - kLeft) * k;
    for (Para& p : paras)
        layoutPara(p, width);
}

void BriefingPackBuilder::Private::paginate()
{
    pages.clear();
    QHash<QString, int> found;
    const double top = kTop * k, bottom = kBottom * k, full = bottom - top;
    double y = top;
    auto newPage = [&] {
        pages.append(Page());
        y = top;
    };
    auto spaceBefore = [&](const Para& p) { return y <= top ? 0.0 : p.before * k; };
    auto firstLines = [](const Para& p, int n) {
        double h = 0;
        for (int i = 0; i < std::min(n, int(p.heights.size())); ++i)
            h += p.heights[i];
        return h;
    };
    for (const Chunk& c : chunks) {
        if (c.kind == Chunk::Cover) {
            Page page;
            page.kind = Page::Cover;
            pages.append(page);
            continue;
        }
        if (c.kind == Chunk::Originals) {
            const LetterData& d = letters[c.letter];
            for (int i = 1; i <= d.pdfPages; ++i) {
                Page page;
                page.kind = Page::Original;
                page.letter = c.letter;
                page.original = i;
                pages.append(page);
                found.insert(QStringLiteral("orig:%1:%2").arg(d.id).arg(i), int(pages.size()));
            }
            continue;
        }
        for (int i = c.first; i < c.last; ++i) {
            Para& p = paras[i];
            if (p.pageBreak || pages.isEmpty() || pages.last().kind != Page::Flow)
                newPage();
            const bool groupStart = p.group && (i == c.first || paras[i - 1].group != p.group);
            if (groupStart && y > top) {
                double need = 0;
                for (int j = i; j < c.last && paras[j].group == p.group; ++j)
                    need += (j == i ? 0 : paras[j].before * k) + paras[j].height() + paras[j].after * k;
                if (need <= full && y + p.before * k + need > bottom)
                    newPage();
            }
            if (p.keepWithNext && y > top) {
                // This and the paragraphs it keeps with, and two lines of the one after them.
                double need = p.height() + p.after * k;
                int j = i + 1;
                while (j < c.last && paras[j].keepWithNext) {
                    need += paras[j].before * k + paras[j].height() + paras[j].after * k;
                    ++j;
                }
                if (j < c.last)
                    need += paras[j].before * k +
                            (paras[j].group && paras[j].group != p.group ? paras[j].height() : firstLines(paras[j], 2));
                if (need < full && y + spaceBefore(p) + need > bottom)
                    newPage();
            }
            if (y > top && y + spaceBefore(p) + firstLines(p, 2) > bottom)
                newPage();
            y += spaceBefore(p);
            const int n = int(p.heights.size());
            for (int line = 0; line < n; ++line) {
                const double h = p.heights[line];
                if (y + h > bottom + 0.01) {
                    // No single last line at the top of the next page: take one more along.
                    PlacedLine carried{-1, 0, 0};
                    if (line == n - 1 && line >= 3 && !pages.last().lines.isEmpty() &&
                        pages.last().lines.last().para == i) {
                        carried = pages.last().lines.takeLast();
                    }
                    newPage();
                    if (carried.para >= 0) {
                        carried.y = y;
                        pages.last().lines.append(carried);
                        y += p.heights[carried.line];
                    }
                }
                if (line == 0 && !p.anchor.isEmpty())
                    found.insert(p.anchor, int(pages.size()));
                pages.last().lines.append({i, line, y});
                y += h;
            }
            y += p.after * k;
        }
    }
    anchors = found;
}

double BriefingPackBuilder::Private::drawWrapped(QPainter& painter, const QString& text, const QFont& font,
                                                 const QColor& color, const QPointF& at, double width, double spacing)
{
    QTextLayout layout(text, font, painter.device());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    double y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height() * spacing;
    }
    layout.endLayout();
    painter.setPen(color);
    layout.draw(&painter, at);
    return y;
}

void BriefingPackBuilder::Private::paintFrame(QPainter& painter, int index)
{
    const Page& page = pages[index];
    painter.save();
    const QFont small = makeFont(false, 7.5);
    const QFont smallBold = makeFont(false, 7.5, true);
    const QFontMetricsF fm(small, painter.device());
    if (page.kind != Page::Cover) {
        painter.setFont(small);
        painter.setPen(kGrey);
        const double width = (kRight - kLeft) * k;
        const double markingWidth = QFontMetricsF(smallBold, painter.device()).horizontalAdvance(pack.marking);
        const QString title = fm.elidedText(pack.title, Qt::ElideRight, width - markingWidth - 24 * k);
        painter.drawText(QPointF(kLeft * k, kHeaderY * k), title);
        painter.setPen(QPen(kLightGrey, 0.5 * k));
        painter.drawLine(QPointF(kLeft * k, (kHeaderY + 7) * k), QPointF(kRight * k, (kHeaderY + 7) * k));
    }
    if (!pack.marking.isEmpty()) {
        painter.setFont(smallBold);
        painter.setPen(kMarking);
        const QFontMetricsF bm(smallBold, painter.device());
        const double y = page.kind == Page::Cover ? kFooterY * k : kHeaderY * k;
        painter.drawText(QPointF(kRight * k - bm.horizontalAdvance(pack.marking), y), pack.marking);
    }
    painter.setFont(small);
    painter.setPen(kGrey);
    const QString number = tr("Page %1 of %2").arg(index + 1).arg(pages.size());
    if (page.kind == Page::Cover)
        painter.drawText(QPointF(kLeft * k, kFooterY * k), number);
    else
        painter.drawText(QPointF(kRight * k - fm.horizontalAdvance(number), kFooterY * k), number);
    if (page.kind != Page::Cover && !pack.organisation.isEmpty())
        painter.drawText(QPointF(kLeft * k, kFooterY * k),
                         fm.elidedText(pack.organisation, Qt::ElideRight, (kRight - kLeft - 90) * k));
    painter.restore();
}

void BriefingPackBuilder::Private::paintCover(QPainter& painter)
{
    painter.save();
    const double width = (kRight - kLeft) * k;
    // A band in the house colour at the top, the organisation under it.
    painter.fillRect(pt(kLeft, 0, 34, 96), kAccent);
    double y = 124;
    if (!pack.organisation.isEmpty())
        y += drawWrapped(painter, pack.organisation, makeFont(false, 10.5, true), kInk, QPointF(kLeft * k, y * k),
                         width * 0.7) /
                 k +
             4;
    if (!pack.marking.isEmpty()) {
        const QFont f = makeFont(false, 10, true);
        const QFontMetricsF fm(f, painter.device());
        const QString text = pack.marking.toUpper();
        const double w = fm.horizontalAdvance(text) / k + 20;
        const QRectF box = pt(kRight - w, 118, w, 24);
        painter.setPen(QPen(kMarking, 1.2 * k));
        painter.drawRect(box);
        painter.setFont(f);
        painter.drawText(box, Qt::AlignCenter, text);
    }
    y = 300;
    painter.setFont(makeFont(false, 9, true));
    painter.setPen(kGrey);
    painter.drawText(QPointF(kLeft * k, y * k), tr("BRIEFING PACK"));
    y += 14;
    y +=
        drawWrapped(painter, pack.title, makeFont(false, 26, true), kAccent, QPointF(kLeft * k, y * k), width, 1.1) / k;
    const QDate date = pack.date.isValid() ? pack.date : QDate::currentDate();
    y += 10;
    y += drawWrapped(painter, DutchDate::format(date), makeFont(false, 12), kInk, QPointF(kLeft * k, y * k), width) / k;
    y += 24;
    painter.setPen(QPen(kAccent, 1.5 * k));
    painter.drawLine(QPointF(kLeft * k, y * k), QPointF((kLeft + 60) * k, y * k));
    y += 18;
    painter.setFont(makeFont(false, 9, true));
    painter.setPen(kInk);
    painter.drawText(QPointF(kLeft * k, y * k), tr("This pack contains %n document(s)", nullptr, int(letters.size())));
    y += 8;
    const int shown = letters.size() > 14 ? 12 : int(letters.size());
    for (int i = 0; i < shown; ++i) {
        const LetterData& d = letters[i];
        QString line = d.heading;
        if (!d.subtitle.isEmpty())
            line += QStringLiteral(" — ") + d.subtitle;
        const QFont f = makeFont(true, 9);
        const QFontMetricsF fm(f, painter.device());
        painter.setFont(f);
        painter.setPen(kInk);
        y += 14;
        painter.drawText(QPointF((kLeft + 14) * k, y * k), fm.elidedText(line, Qt::ElideRight, width - 14 * k));
        painter.setPen(kGrey);
        painter.drawText(QPointF(kLeft * k, y * k), QString::number(i + 1));
    }
    if (shown < letters.size()) {
        y += 14;
        painter.setFont(makeFont(true, 9, false, true));
        painter.drawText(QPointF((kLeft + 14) * k, y * k), tr("and %n more", nullptr, int(letters.size()) - shown));
    }
    painter.setFont(makeFont(false, 7.5));
    painter.setPen(kGrey);
    const QString made = tr("Made with Kamerlezer on %1").arg(DutchDate::format(QDate::currentDate()));
    painter.drawText(QPointF(kLeft * k, (kFooterY - 14) * k), made);
    painter.restore();
}

void BriefingPackBuilder::Private::paintFlow(QPainter& painter, const Page& page)
{
    painter.save();
    for (const PlacedLine& pl : page.lines) {
        const Para& p = paras[pl.para];
        const QTextLine line = p.layout->lineAt(pl.line);
        const double h = p.heights[pl.line];
        const double x = kLeft * k + p.indent * k;
        const double y = pl.y + (h - line.height()) / 2;
        if (p.tint.isValid())
            painter.fillRect(QRectF(x - 8 * k, pl.y, (kRight - kLeft - p.indent + 8) * k, h), p.tint);
        if (p.bar.isValid())
            painter.fillRect(QRectF(x - 8 * k, pl.y, 3 * k, h), p.bar);
        if (p.kind == Para::Rule) {
            painter.setPen(QPen(p.color, 0.6 * k));
            painter.drawLine(QPointF(kLeft * k, pl.y + h / 2), QPointF(kRight * k, pl.y + h / 2));
            continue;
        }
        const int ls = line.textStart(), le = ls + line.textLength();
        for (const Para::Mark& m : p.marks) {
            const int s = std::max<int>(ls, int(m.start)), e = std::min<int>(le, int(m.end));
            if (s >= e)
                continue;
            const double x1 = line.cursorToX(s), x2 = line.cursorToX(e);
            painter.fillRect(QRectF(x + x1 - 0.5 * k, y - 0.5 * k, x2 - x1 + 1 * k, line.height() + 1 * k), m.color);
        }
        painter.setPen(p.color);
        line.draw(&painter, QPointF(x, y));
        if (p.kind == Para::Field && pl.line == 0) {
            const QFont f = makeFont(false, 7.5);
            painter.setFont(f);
            painter.setPen(kGrey);
            painter.drawText(QPointF(kLeft * k, y + line.ascent()), p.label);
        }
        if (p.kind == Para::Toc && pl.line == 0) {
            const QString number = pageRef(p.tocTarget);
            const QFontMetricsF fm(p.font, painter.device());
            const double right = kRight * k;
            const double numberX = right - fm.horizontalAdvance(number);
            painter.setFont(p.font);
            painter.setPen(kInk);
            painter.drawText(QPointF(numberX, y + line.ascent()), number);
            if (!p.label.isEmpty()) {
                painter.setPen(kGrey);
                painter.drawText(QPointF(kLeft * k, y + line.ascent()), p.label);
            }
            // Dot leaders from the entry to its number.
            painter.setPen(QPen(kLightGrey, 0.9 * k, Qt::SolidLine, Qt::RoundCap));
            const double from = x + line.naturalTextWidth() + 6 * k, to = numberX - 5 * k;
            for (double dx = std::ceil(from / (4 * k)) * 4 * k; dx < to; dx += 4 * k)
                painter.drawPoint(QPointF(dx, y + line.ascent()));
        }
    }
    painter.restore();
}

QRectF BriefingPackBuilder::originalPageRect(const QSizeF& sizePt)
{
    const QRectF area(kLeft, kTop, kRight - kLeft, kBottom - kTop);
    if (sizePt.isEmpty())
        return area;
    const double scale = std::min(area.width() / sizePt.width(), area.height() / sizePt.height());
    const QSizeF size = sizePt * scale;
    return QRectF(area.left() + (area.width() - size.width()) / 2, area.top(), size.width(), size.height());
}

void BriefingPackBuilder::Private::paintOriginal(QPainter& painter, const Page& page)
{
    const LetterData& d = letters[page.letter];
    painter.save();
    painter.setFont(makeFont(false, 7.5));
    painter.setPen(kGrey);
    const QFontMetricsF fm(painter.font(), painter.device());
    const QString caption = tr("%1 — original, page %2 of %3").arg(d.heading).arg(page.original).arg(d.pdfPages);
    painter.drawText(QPointF(kLeft * k, (kTop - 8) * k), fm.elidedText(caption, Qt::ElideRight, (kRight - kLeft) * k));

    auto& doc = documents[page.letter];
    if (!doc) {
        doc = Poppler::Document::load(d.pdfPath);
        if (doc) {
            doc->setRenderHint(Poppler::Document::Antialiasing);
            doc->setRenderHint(Poppler::Document::TextAntialiasing);
        }
    }
    std::unique_ptr<Poppler::Page> pdfPage = doc && !doc->isLocked() ? doc->page(page.original - 1) : nullptr;
    if (!pdfPage) {
        painter.drawText(pt(kLeft, kTop, kRight - kLeft, 40), Qt::AlignCenter, tr("This page cannot be shown."));
        painter.restore();
        return;
    }
    QImage image = pdfPage->renderToImage(kRenderDpi, kRenderDpi).convertToFormat(QImage::Format_RGB32);
    // The highlights, multiplied into the page as a marker would.
    QList<std::pair<QRectF, const Annotation*>> boxes;
    PageText text;
    bool extracted = false;
    for (const PlacedAnnotation& p : d.pdfPlaced) {
        if (p.orphan() || p.annotation.style == Annotation::LetterNote || p.page != page.original)
            continue;
        if (!extracted) {
            text = PdfTextExtractor::extract(*pdfPage);
            extracted = true;
        }
        const qsizetype start = d.pdfText.pageStart(page.original);
        QList<QRectF> rects = PageGeometry::rects(text, p.start - start, p.end - start);
        if (rects.isEmpty() && p.annotation.renditionId == d.excerptRendition && p.annotation.page == page.original)
            rects = p.annotation.rects;
        for (const QRectF& r : rects)
            boxes.append({r, &p.annotation});
    }
    if (!boxes.isEmpty()) {
        QPainter ip(&image);
        ip.setCompositionMode(QPainter::CompositionMode_Multiply);
        const double w = image.width(), h = image.height();
        for (const auto& [r, a] : boxes) {
            const QColor c = AnnotationColor::toColor(a->color);
            const QRectF box(r.x() * w - 1, r.y() * h - 1, r.width() * w + 2, r.height() * h + 2);
            if (a->style == Annotation::Underline)
                ip.fillRect(QRectF(box.left(), box.bottom() - 1, box.width(), 2.5), c);
            else
                ip.fillRect(box, lighten(c, 0.6));
        }
    }
    const QRectF target = originalPageRect(pdfPage->pageSizeF());
    const QRectF device(target.x() * k, target.y() * k, target.width() * k, target.height() * k);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(device, image);
    painter.setPen(QPen(kLightGrey, 0.5 * k));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(device);
    painter.restore();
}

void BriefingPackBuilder::Private::paintPage(QPainter& painter, int index)
{
    const Page& page = pages[index];
    if (page.kind == Page::Cover)
        paintCover(painter);
    else if (page.kind == Page::Original)
        paintOriginal(painter, page);
    else
        paintFlow(painter, page);
    paintFrame(painter, index);
}

BriefingPackBuilder::Result BriefingPackBuilder::Private::paint(QPagedPaintDevice& target, QString* error)
{
    if (letters.isEmpty() && !collect()) {
        if (error && !cancelled())
            *error = tr("None of the documents of the pack is in the library.");
        return cancelled() ? Cancelled : Failed;
    }
    if (letters.isEmpty()) {
        if (error)
            *error = tr("None of the documents of the pack is in the library.");
        return Failed;
    }
    target.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    device = &target;
    k = target.logicalDpiY() / 72.0;
    // Page numbers appear in the text (contents, "page 12 of this pack"): lay out until they stand still.
    anchors.clear();
    for (int round = 0; round < 4; ++round) {
        const QHash<QString, int> before = anchors;
        build();
        layoutAll();
        paginate();
        if (anchors == before)
            break;
    }
    documents.clear();
    QPainter painter;
    if (!painter.begin(&target)) {
        if (error)
            *error = tr("Cannot paint on the output device.");
        return Failed;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int i = 0; i < pages.size(); ++i) {
        if (cancelled()) {
            painter.end();
            return Cancelled;
        }
        if (i > 0)
            target.newPage();
        paintPage(painter, i);
        if (progress)
            progress(i + 1, int(pages.size()));
    }
    painter.end();
    documents.clear();
    return Done;
}

BriefingPackBuilder::BriefingPackBuilder(Library& library, const BriefingPack& pack)
    : d(std::make_unique<Private>(library, pack))
{
    if (d->pack.title.trimmed().isEmpty())
        d->pack.title = BriefingPack::defaultTitle();
}

BriefingPackBuilder::~BriefingPackBuilder() = default;

void BriefingPackBuilder::setProgress(Progress progress)
{
    d->progress = std::move(progress);
}

void BriefingPackBuilder::setCancelFlag(const std::atomic_bool* cancel)
{
    d->cancel = cancel;
}

BriefingPackBuilder::Result BriefingPackBuilder::writePdf(const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return Failed;
    }
    Result result;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(d->pack.title);
        writer.setCreator(QStringLiteral("Kamerlezer"));
        result = d->paint(writer, error);
    }
    if (result != Done) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return Failed;
    }
    return Done;
}

BriefingPackBuilder::Result BriefingPackBuilder::print(QPrinter& printer, QString* error)
{
    printer.setFullPage(true);
    return d->paint(printer, error);
}

int BriefingPackBuilder::pageCount() const
{
    return int(d->pages.size());
}

int BriefingPackBuilder::pageOfLetter(qint64 letterId) const
{
    return d->anchors.value(QStringLiteral("letter:%1").arg(letterId));
}

BriefingPackBuilder::Result BriefingPackBuilder::buildPdf(const QString& libraryFolder, const BriefingPack& pack,
                                                          const QString& path, const Progress& progress,
                                                          const std::atomic_bool* cancel, QString* error)
{
    const std::unique_ptr<Library> library = Library::open(libraryFolder, error);
    if (!library)
        return Failed;
    BriefingPackBuilder builder(*library, pack);
    builder.setProgress(progress);
    builder.setCancelFlag(cancel);
    return builder.writePdf(path, error);
}

} // namespace kl
