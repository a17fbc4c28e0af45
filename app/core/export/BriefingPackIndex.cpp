#include "BriefingPackIndex.h"

#include <QMap>

namespace kl {

namespace {

using Paragraph = BriefingPackFlow::Paragraph;

} // namespace

BriefingPackIndex::BriefingPackIndex(const BriefingPackContent& content, BriefingPackFlow& flow)
    : m_content(content)
    , m_flow(flow)
{
}

void BriefingPackIndex::write(const BriefingPackContent& content, BriefingPackFlow& flow)
{
    const int first = flow.size();
    flow.heading1(tr("Cross-references"), anchor());
    Paragraph& intro = flow.add(tr("References found in the text of the documents in this pack and cross-references "
                                   "made by hand, by the document they point to."),
                                PrintStyle::serif(9, false, true), PrintStyle::grey());
    intro.after = 4;
    const QSet<qint64> inPack = content.letterIds();
    QList<Reference> within, beyond;
    for (const Reference& e : content.outgoing)
        (inPack.contains(e.toLetter) ? within : beyond).append(e);
    BriefingPackIndex index(content, flow);
    index.section(tr("Between the documents in this pack"), within, InPack);
    index.section(tr("To documents outside this pack"), beyond, InLibrary);
    index.section(tr("Cited by documents outside this pack"), content.citedBy, CitingPack);
    flow.addSection(BriefingPackFlow::Section::Flow, first);
}

// One entry per target: the target as a heading, then every place that cites it.
void BriefingPackIndex::section(const QString& title, const QList<Reference>& entries, Targets targets)
{
    m_flow.heading2(title);
    QList<QString> order;
    QMap<QString, QList<Reference>> byTarget;
    for (const Reference& e : entries) {
        const QString key = e.toLetter ? QStringLiteral("l%1").arg(e.toLetter) : QStringLiteral("t") + e.target;
        if (!byTarget.contains(key))
            order.append(key);
        byTarget[key].append(e);
    }
    if (order.isEmpty()) {
        Paragraph& none = m_flow.add(tr("None."), PrintStyle::serif(9.5, false, true), PrintStyle::grey());
        none.after = 4;
        return;
    }
    // Groups keep a target with the places that cite it; numbered apart from the excerpts' groups.
    int group = 100000 + m_flow.size();
    for (const QString& key : order)
        target(byTarget[key], targets, ++group);
}

void BriefingPackIndex::target(const QList<Reference>& list, Targets targets, int group)
{
    const Reference& e0 = list.first();
    const QString name = e0.toLetter ? m_content.labels.value(e0.toLetter) : (e0.text.isEmpty() ? e0.target : e0.text);
    QString target = name;
    if (e0.toLetter) {
        if (targets != InLibrary)
            target += QStringLiteral("  ·  ") +
                      tr("page %1 of this pack").arg(m_flow.pageRef(BriefingPackFlow::letterAnchor(e0.toLetter)));
        else
            target += QStringLiteral("  ·  ") + tr("in the library, not in this pack");
    } else {
        if (!e0.target.isEmpty() && e0.target != target)
            target += QStringLiteral("  ·  ") + e0.target;
        target += QStringLiteral("  ·  ") + tr("not in the library");
    }
    Paragraph& h = m_flow.add(target, PrintStyle::sans(9, true), PrintStyle::ink());
    h.before = 7;
    h.after = 1;
    h.group = group;
    h.keepWithNext = true;
    // The name in bold, what follows it in grey.
    QTextLayout::FormatRange rest;
    rest.start = int(name.size());
    rest.length = int(target.size() - name.size());
    rest.format.setFontWeight(QFont::Normal);
    rest.format.setForeground(PrintStyle::grey());
    h.formats.append(rest);

    // Several mentions from one letter on one line.
    QList<qint64> citing;
    QHash<qint64, QList<const Reference*>> byLetter;
    for (const Reference& e : list) {
        if (!byLetter.contains(e.fromLetter))
            citing.append(e.fromLetter);
        byLetter[e.fromLetter].append(&e);
    }
    for (qint64 from : citing) {
        QStringList pagesOf, written;
        for (const Reference* e : byLetter[from]) {
            if (!pagesOf.contains(QString::number(e->fromPage)))
                pagesOf.append(QString::number(e->fromPage));
            QString w = e->link ? tr("cross-reference: “%1”").arg(e->text.left(90))
                                : QStringLiteral("“%1”").arg(e->text.left(90));
            if (e->link && !e->note.trimmed().isEmpty())
                w += QStringLiteral(" — ") + e->note.trimmed();
            if (!written.contains(w) && !e->text.isEmpty())
                written.append(w);
        }
        QString line = tr("cited in %1, page %2").arg(m_content.labels.value(from), pagesOf.join(QStringLiteral(", ")));
        if (!written.isEmpty())
            line += QStringLiteral(": ") + written.join(QStringLiteral("; "));
        Paragraph& p = m_flow.add(line, PrintStyle::serif(8.5), PrintStyle::ink());
        p.indent = 14;
        p.spacing = 1.25;
        p.group = group;
        p.before = 1.5;
    }
}

} // namespace kl
