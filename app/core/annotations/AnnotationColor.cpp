#include "AnnotationColor.h"

#include <QCoreApplication>
#include <QHash>
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

QString AnnotationColor::displayName(const QString& color)
{
    // The context the names were translated in when they lived in the window's palette.
    static const QHash<QString, const char*> names{
        {QStringLiteral("yellow"), QT_TRANSLATE_NOOP("kl::AnnotationController", "Yellow")},
        {QStringLiteral("green"), QT_TRANSLATE_NOOP("kl::AnnotationController", "Green")},
        {QStringLiteral("blue"), QT_TRANSLATE_NOOP("kl::AnnotationController", "Blue")},
        {QStringLiteral("pink"), QT_TRANSLATE_NOOP("kl::AnnotationController", "Pink")},
        {QStringLiteral("orange"), QT_TRANSLATE_NOOP("kl::AnnotationController", "Orange")},
        {QStringLiteral("red"), QT_TRANSLATE_NOOP("kl::AnnotationController", "Red")},
        {QStringLiteral("purple"), QT_TRANSLATE_NOOP("kl::AnnotationController", "Purple")},
    };
    const auto it = names.constFind(color);
    return it == names.cend() ? color : QCoreApplication::translate("kl::AnnotationController", *it);
}

} // namespace kl
