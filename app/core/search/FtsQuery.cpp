#include "FtsQuery.h"

#include <QStringList>

namespace kl {

namespace {

QString quoted(QString term)
{
    term.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + term + QLatin1Char('"');
}

bool isOperator(const QString& t)
{
    return t == QLatin1String("AND") || t == QLatin1String("OR") || t == QLatin1String("NOT");
}

} // namespace

QString FtsQuery::translate(const QString& userQuery)
{
    // Tokens: quoted phrases, brackets, and runs of anything else.
    QStringList tokens;
    const QString q = userQuery;
    for (qsizetype i = 0; i < q.size();) {
        const QChar c = q[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('"')) {
            const qsizetype close = q.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype end = close < 0 ? q.size() : close;
            const QString phrase = q.mid(i + 1, end - i - 1).simplified();
            if (!phrase.isEmpty())
                tokens.append(quoted(phrase));
            i = end + 1;
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            tokens.append(QString(c));
            ++i;
        } else {
            qsizetype end = i;
            while (end < q.size() && !q[end].isSpace() && q[end] != QLatin1Char('(') && q[end] != QLatin1Char(')') &&
                   q[end] != QLatin1Char('"'))
                ++end;
            QString word = q.mid(i, end - i);
            i = end;
            if (isOperator(word)) {
                tokens.append(word);
                continue;
            }
            const bool prefix = word.endsWith(QLatin1Char('*'));
            while (word.endsWith(QLatin1Char('*')))
                word.chop(1);
            if (word.isEmpty())
                continue;
            tokens.append(quoted(word) + (prefix ? QStringLiteral("*") : QString()));
        }
    }
    // Drop operators and brackets that would leave the query malformed: leading or trailing operators,
    // two in a row, unbalanced brackets.
    QStringList clean;
    int depth = 0;
    for (const QString& t : tokens) {
        if (isOperator(t)) {
            if (clean.isEmpty() || isOperator(clean.last()) || clean.last() == QLatin1String("("))
                continue;
        } else if (t == QLatin1String(")")) {
            if (depth == 0 || isOperator(clean.last()) || clean.last() == QLatin1String("("))
                continue;
            --depth;
        } else if (t == QLatin1String("(")) {
            ++depth;
        }
        clean.append(t);
    }
    while (!clean.isEmpty() && (isOperator(clean.last()) || clean.last() == QLatin1String("(")))
        clean.removeLast();
    depth = 0;
    for (const QString& t : clean)
        depth += t == QLatin1String("(") ? 1 : t == QLatin1String(")") ? -1 : 0;
    for (; depth > 0; --depth)
        clean.append(QStringLiteral(")"));
    // Unbalanced closing brackets were dropped; empty "()" pairs are removed.
    QString out = clean.join(QLatin1Char(' '));
    out.replace(QStringLiteral("( )"), QString());
    return out.simplified();
}

} // namespace kl
