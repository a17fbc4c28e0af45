#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

namespace kl {

// The palette: yellow (the default), green, blue, pink, orange, red, purple, or any #rrggbb.
class AnnotationColor {
public:
    static QStringList paletteNames();
    static bool isValid(const QString& nameOrHex);
    static QColor toColor(const QString& nameOrHex);
    // "yellow" for the palette's own names, "#rrggbb" (lower case) for others; empty when not valid.
    static QString normalized(const QString& nameOrHex);
    // "Yellow", "Green"… in the interface language, or the #rrggbb itself.
    static QString displayName(const QString& color);
};

} // namespace kl
