#include "PrintStyle.h"

#include <QPdfWriter>

namespace kl {

QString PrintStyle::family(Face face)
{
    // DejaVu ships with every Linux desktop and covers the Dutch diacritics and the typographic quotes.
    return face == Serif ? QStringLiteral("DejaVu Serif") : QStringLiteral("DejaVu Sans");
}

QFont PrintStyle::font(Face face, double pt, bool bold, bool italic)
{
    QFont f(family(face));
    f.setPointSizeF(pt);
    f.setBold(bold);
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    // Letter spacing turns ligatures off: the text stays searchable ("fi", not "ﬁ").
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return f;
}

QColor PrintStyle::lighten(const QColor& c, double keep)
{
    return QColor::fromRgbF(float(c.redF() * keep + (1 - keep)), float(c.greenF() * keep + (1 - keep)),
                            float(c.blueF() * keep + (1 - keep)));
}

void PrintStyle::setUp(QPdfWriter& writer, const QString& title)
{
    writer.setResolution(pdfResolution);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Kamerlezer"));
}

} // namespace kl
