#include "Annotation.h"

namespace kl {

QString Annotation::styleName(Style style)
{
    switch (style) {
    case Underline:
        return QStringLiteral("underline");
    case LetterNote:
        return QStringLiteral("letter-note");
    case Highlight:
        break;
    }
    return QStringLiteral("highlight");
}

Annotation::Style Annotation::styleFromName(const QString& name)
{
    if (name == QLatin1String("underline"))
        return Underline;
    if (name == QLatin1String("letter-note"))
        return LetterNote;
    return Highlight;
}

} // namespace kl
