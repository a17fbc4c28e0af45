#include "BriefingPackToezeggingen.h"

#include <QColor>
#include <QLocale>

namespace kl {

void BriefingPackToezeggingen::write(const BriefingPackContent& content, BriefingPackFlow& flow)
{
    using Paragraph = BriefingPackFlow::Paragraph;
    const int first = flow.size();
    flow.heading1(tr("Open toezeggingen"), anchor());
    Paragraph& intro = flow.add(tr("What the government has promised the Kamer in the dossiers of this pack and has "
                                   "not yet kept: found in the letters, added by hand, or in the Kamer's register."),
                                PrintStyle::serif(9, false, true), PrintStyle::grey());
    intro.after = 4;
    const QSet<qint64> inPack = content.letterIds();
    const QLocale dutch(QLocale::Dutch);
    int group = 200000 + flow.size();
    for (const auto& [dossier, list] : content.toezeggingen) {
        flow.heading2(dossier.isEmpty()
                          ? tr("Documents without a dossier")
                          : tr("Dossier %1").arg(QString(dossier).replace(QLatin1Char('-'), QLatin1Char(' '))));
        for (const Toezegging& t : list) {
            ++group;
            QStringList head;
            head.append(t.isOverdue(content.today)                   ? tr("Overdue")
                        : t.isDueSoon(content.today)                 ? tr("Due soon")
                        : t.status == Toezegging::Status::PartlyKept ? tr("Partly kept")
                                                                     : tr("Open"));
            if (t.due.isValid())
                head.append(tr("due %1").arg(dutch.toString(t.due, QStringLiteral("d MMMM yyyy"))));
            if (!t.deadlinePhrase.isEmpty())
                head.append(tr("“%1”").arg(t.deadlinePhrase));
            if (!t.number.isEmpty())
                head.append(t.number);
            Paragraph& h = flow.add(head.join(QStringLiteral("  ·  ")), PrintStyle::sans(9, true),
                                    t.isOverdue(content.today) ? QColor(0xb0, 0x1c, 0x1c) : PrintStyle::ink());
            h.before = 7;
            h.after = 1;
            h.group = group;
            h.keepWithNext = true;
            Paragraph& body = flow.add(t.text, PrintStyle::serif(9.5), PrintStyle::ink());
            body.indent = 14;
            body.group = group;
            body.spacing = 1.25;
            QStringList where;
            if (!t.who.isEmpty())
                where.append(t.who);
            if (t.letterId)
                where.append(inPack.contains(t.letterId)
                                 ? tr("in %1, page %2 of this pack")
                                       .arg(content.labels.value(t.letterId),
                                            flow.pageRef(BriefingPackFlow::letterAnchor(t.letterId)))
                                 : tr("in %1").arg(content.labels.value(t.letterId)));
            else if (!t.activity.isEmpty())
                where.append(tr("in the debate %1").arg(t.activity));
            if (!t.madeTo.isEmpty())
                where.append(tr("to %1").arg(t.madeTo));
            if (!where.isEmpty()) {
                Paragraph& w = flow.add(where.join(QStringLiteral(", ")), PrintStyle::sans(8), PrintStyle::grey());
                w.indent = 14;
                w.group = group;
                w.before = 1;
            }
        }
    }
    flow.addSection(BriefingPackFlow::Section::Flow, first);
}

} // namespace kl
