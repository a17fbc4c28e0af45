#include "BriefingPackFlow.h"

namespace kl {

BriefingPackFlow::BriefingPackFlow(QHash<QString, int> pages)
    : m_pages(std::move(pages))
{
}

QString BriefingPackFlow::letterAnchor(qint64 letterId)
{
    return QStringLiteral("letter:%1").arg(letterId);
}

QString BriefingPackFlow::originalAnchor(qint64 letterId, int page)
{
    return QStringLiteral("orig:%1:%2").arg(letterId).arg(page);
}

QString BriefingPackFlow::pageRef(const QHash<QString, int>& pages, const QString& anchor)
{
    const int page = pages.value(anchor);
    return page ? QString::number(page) : QStringLiteral("000");
}

BriefingPackFlow::Paragraph& BriefingPackFlow::add(const QString& text, const QFont& font, const QColor& color)
{
    Paragraph& p = m_paragraphs.emplace_back();
    p.text = text;
    p.font = font;
    p.color = color;
    return p;
}

BriefingPackFlow::Paragraph& BriefingPackFlow::heading1(const QString& text, const QString& anchor)
{
    Paragraph& p = add(text, PrintStyle::sans(17, true), PrintStyle::accent());
    p.spacing = 1.15;
    p.after = 4;
    p.keepWithNext = true;
    p.anchor = anchor;
    return p;
}

BriefingPackFlow::Paragraph& BriefingPackFlow::heading2(const QString& text)
{
    Paragraph& p = add(text, PrintStyle::sans(11.5, true), PrintStyle::accent());
    p.before = 16;
    p.after = 6;
    p.keepWithNext = true;
    return p;
}

void BriefingPackFlow::field(const QString& label, const QString& value)
{
    if (value.trimmed().isEmpty())
        return;
    // One value per line (two dossiers, two sources): QTextLayout breaks at a line separator, not at '\n'.
    Paragraph& p = add(QString(value).replace(QLatin1Char('\n'), QChar::LineSeparator), PrintStyle::serif(9.5));
    p.kind = Paragraph::Field;
    p.label = label;
    p.indent = 112;
    p.spacing = 1.25;
    p.after = 2.5;
}

void BriefingPackFlow::addSection(Section::Kind kind, int first, int letter)
{
    Section s;
    s.kind = kind;
    s.first = first;
    s.last = kind == Section::Flow ? size() : first;
    s.letter = letter;
    if (kind == Section::Flow && s.first < s.last)
        m_paragraphs[s.first].pageBreak = true;
    m_sections.append(s);
}

} // namespace kl
