#include "RenditionText.h"

#include "Library.h"

#include <algorithm>

namespace kl {

RenditionText::RenditionText(const QStringList& pages)
{
    for (const QString& page : pages) {
        if (!m_pageStarts.isEmpty())
            m_text += QLatin1Char('\f');
        m_pageStarts.append(m_text.size());
        m_text += page;
    }
}

RenditionText RenditionText::load(const Library& library, qint64 renditionId)
{
    return RenditionText(library.pageTexts(renditionId));
}

int RenditionText::pageAt(qsizetype pos) const
{
    const auto it = std::upper_bound(m_pageStarts.begin(), m_pageStarts.end(), pos);
    return std::max<int>(1, int(it - m_pageStarts.begin()));
}

qsizetype RenditionText::pageStart(int page) const
{
    return m_pageStarts.value(page - 1, m_text.size());
}

} // namespace kl
