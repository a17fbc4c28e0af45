#include "FoldedText.h"

#include <algorithm>

namespace kl {

FoldedText::FoldedText(const QString& text)
    : m_originalSize(text.size())
{
    m_folded.reserve(text.size());
    m_origin.reserve(text.size());
    bool inSpace = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isSpace()) {
            if (!inSpace) {
                m_folded += QLatin1Char(' ');
                m_origin.append(i);
            }
            inSpace = true;
        } else {
            m_folded += text[i];
            m_origin.append(i);
            inSpace = false;
        }
    }
}

QString FoldedText::fold(const QString& text)
{
    return FoldedText(text).folded();
}

qsizetype FoldedText::toOriginal(qsizetype foldedPos) const
{
    if (foldedPos >= m_origin.size())
        return m_originalSize;
    return m_origin[std::max<qsizetype>(0, foldedPos)];
}

qsizetype FoldedText::toFolded(qsizetype originalPos) const
{
    const auto it = std::lower_bound(m_origin.begin(), m_origin.end(), originalPos);
    return it - m_origin.begin();
}

QList<qsizetype> FoldedText::occurrences(const QString& needle) const
{
    QList<qsizetype> found;
    const QString n = fold(needle);
    if (n.isEmpty())
        return found;
    for (qsizetype at = m_folded.indexOf(n); at >= 0; at = m_folded.indexOf(n, at + 1))
        found.append(at);
    return found;
}

} // namespace kl
