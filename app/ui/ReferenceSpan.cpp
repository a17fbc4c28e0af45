#include "ReferenceSpan.h"

#include <QCoreApplication>
#include <QHash>

namespace kl {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("kl::ReferenceSpan", text);
}
} // namespace

QString ReferenceSpan::kindLabel(const QString& kind)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("kamerstuk"), QT_TRANSLATE_NOOP("kl::ReferenceSpan", "Kamerstuk")},
        {QStringLiteral("dossier"), QT_TRANSLATE_NOOP("kl::ReferenceSpan", "Dossier")},
        {QStringLiteral("handelingen"), QT_TRANSLATE_NOOP("kl::ReferenceSpan", "Handelingen")},
        {QStringLiteral("aanhangsel"), QT_TRANSLATE_NOOP("kl::ReferenceSpan", "Aanhangsel Handelingen")},
        {QStringLiteral("staatsblad"), QT_TRANSLATE_NOOP("kl::ReferenceSpan", "Official publication")},
        {QStringLiteral("eu"), QT_TRANSLATE_NOOP("kl::ReferenceSpan", "EU legislation")},
        {QStringLiteral("toezegging"), QT_TRANSLATE_NOOP("kl::ReferenceSpan", "Toezegging")},
        {QStringLiteral("zaak"), QT_TRANSLATE_NOOP("kl::ReferenceSpan", "Zaak")},
        {QStringLiteral("document"), QT_TRANSLATE_NOOP("kl::ReferenceSpan", "Parliamentary document")},
        {QStringLiteral("named"), QT_TRANSLATE_NOOP("kl::ReferenceSpan", "Named document")},
        {QStringLiteral("link"), QT_TRANSLATE_NOOP("kl::ReferenceSpan", "Cross-reference")},
    };
    const auto it = labels.constFind(kind);
    return it == labels.cend() ? kind : tr(*it);
}

QString ReferenceSpan::toolTip() const
{
    if (source == HandMade) {
        QString tip = tr("Cross-reference to %1").arg(targetTitle);
        if (!to.isEmpty())
            tip += tr("\nPassage: “%1”").arg(to.exact.simplified().left(160));
        if (!note.isEmpty())
            tip += tr("\nNote: %1").arg(note);
        return tip + tr("\nClick to open it.");
    }
    if (resolved())
        return tr("%1 %2: %3\nClick to open it.").arg(kindLabel(kind), target, targetTitle);
    return tr("%1 %2\nNot in the library.").arg(kindLabel(kind), target);
}

QString ReferenceSpan::notInLibraryMessage() const
{
    return tr("%1 “%2” (%3) is not in the library.").arg(kindLabel(kind), text.simplified(), target);
}

} // namespace kl
