#include "AnnotationColor.h"

#include <QRegularExpression>

namespace kl {

namespace {

struct Entry {
    const char* name;
    QRgb rgb;
};

// Soft tones that keep black text readable under a highlight.
constexpr Entry kPalette[] = {
    {"yellow", 0xFFE94D}, {"green", 0x7ED67A}, {"blue", 0x7DB9F0},   {"pink", 0xF59AC8},
    {"orange", 0xFFB057}, {"red", 0xF26B6B},   {"purple", 0xB79AF0},
};

} // namespace

QStringList AnnotationColor::paletteNames()
{
    QStringList names;
    for (const Entry& e : kPalette)
        names.append(QString::fromLatin1(e.name));
    return names;
}

QString AnnotationColor::normalized(const QString& nameOrHex)
{
    const QString s = nameOrHex.trimmed().toLower();
    for (const Entry& e : kPalette)
        if (s == QLatin1String(e.name))
            return s;
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-f]{6}$"));
    return hex.match(s).hasMatch() ? s : QString();
}

bool AnnotationColor::isValid(const QString& nameOrHex)
{
    return !normalized(nameOrHex).isEmpty();
}

QColor AnnotationColor::toColor(const QString& nameOrHex)
{
    const QString s = normalized(nameOrHex);
    for (const Entry& e : kPalette)
        if (s == QLatin1String(e.name))
            return QColor(e.rgb);
    return s.isEmpty() ? QColor(kPalette[0].rgb) : QColor(s);
}

} // namespace kl
