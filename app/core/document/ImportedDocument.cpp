#include "ImportedDocument.h"

#include <algorithm>

namespace kl {

QString ImportedDocument::fullText() const
{
    QString all;
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            all += QLatin1Char('\f');
        all += pages[i].text;
    }
    return all;
}

qsizetype ImportedDocument::pageStart(int index) const
{
    qsizetype pos = 0;
    for (int i = 0; i < index && i < pages.size(); ++i)
        pos += pages[i].text.size() + 1;
    return pos;
}

int ImportedDocument::pageAt(qsizetype pos) const
{
    qsizetype start = 0;
    for (int i = 0; i < pages.size(); ++i) {
        start += pages[i].text.size() + 1;
        if (pos < start)
            return i;
    }
    return pages.isEmpty() ? 0 : int(pages.size()) - 1;
}

bool ImportedDocument::hasOcrText() const
{
    return std::any_of(pages.cbegin(), pages.cend(), [](const PageText& p) { return p.fromOcr; });
}

} // namespace kl
