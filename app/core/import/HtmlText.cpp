#include "HtmlText.h"

#include <QRegularExpression>

namespace kl {

bool HtmlText::looksLikeHtml(const QByteArray& head)
{
    const QByteArray start = head.left(4096).toLower();
    return start.contains("<html") || start.contains("<!doctype html");
}

QString HtmlText::toText(const QString& html)
{
    static const QRegularExpression hidden(
        QStringLiteral("<(head|script|style|noscript|nav|header|footer)\\b.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression block(
        QStringLiteral("</?(?:p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|blockquote|dd|dt|pre)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cell(QStringLiteral("</t[dh]\\s*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression numeric(QStringLiteral("&#(x[0-9a-fA-F]+|\\d+);"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\x{00A0}]+"));
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n\\s*(?:\\n\\s*)+"));
    QString text = html;
    text.remove(comment);
    text.remove(hidden);
    text.replace(QRegularExpression(QStringLiteral("\\s*\\n\\s*")),
                 QStringLiteral(" ")); // HTML's own line breaks are spaces
    text.replace(block, QStringLiteral("\n\n"));
    text.replace(cell, QStringLiteral(" "));
    text.remove(tag);
    QString decoded;
    decoded.reserve(text.size());
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        decoded += QStringView(text).mid(last, m.capturedStart() - last);
        const QString n = m.captured(1);
        bool ok = false;
        const uint code = n.startsWith(QLatin1Char('x')) ? n.mid(1).toUInt(&ok, 16) : n.toUInt(&ok);
        if (ok && code > 0 && code < 0x110000)
            decoded += QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1);
        last = m.capturedEnd();
    }
    decoded += QStringView(text).mid(last);
    static const std::pair<const char*, const char*> entities[] = {
        {"&nbsp;", " "},   {"&lt;", "<"},     {"&gt;", ">"},     {"&quot;", "\""},  {"&apos;", "'"},
        {"&ndash;", "–"},  {"&mdash;", "—"},  {"&rsquo;", "’"},  {"&lsquo;", "‘"},  {"&euro;", "€"},
        {"&euml;", "ë"},   {"&eacute;", "é"}, {"&egrave;", "è"}, {"&ecirc;", "ê"},  {"&iuml;", "ï"},
        {"&ouml;", "ö"},   {"&uuml;", "ü"},   {"&auml;", "ä"},   {"&aacute;", "á"}, {"&oacute;", "ó"},
        {"&ccedil;", "ç"}, {"&Eacute;", "É"}, {"&hellip;", "…"}, {"&laquo;", "«"},  {"&raquo;", "»"},
        {"&amp;", "&"}};
    for (const auto& [entity, character] : entities)
        decoded.replace(QString::fromLatin1(entity), QString::fromUtf8(character));
    decoded.replace(spaces, QStringLiteral(" "));
    QStringList lines;
    for (const QString& line : decoded.split(QLatin1Char('\n')))
        lines.append(line.trimmed());
    return lines.join(QLatin1Char('\n')).replace(blankLines, QStringLiteral("\n\n")).trimmed();
}

} // namespace kl
