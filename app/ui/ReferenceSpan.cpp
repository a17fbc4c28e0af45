#include "ReferenceSpan.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

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

QString ReferenceSpan::readableTarget() const
{
    // The ids are for the library ("kst-36410-VI-87", "named:regeerprogramma"); a reader sees what they name.
    static const QRegularExpression kamerstuk(
        QStringLiteral("^kst-(\\d+)(?:-([A-Z]{1,5}|\\d{1,3}))?-(\\d+[a-z]?|[A-Z]{1,3})$"));
    if (target.startsWith(QLatin1String("named:"))) {
        QString name = target.mid(6);
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        return name;
    }
    if (const QRegularExpressionMatch m = kamerstuk.match(target); m.hasMatch()) {
        const QString dossier =
            m.captured(2).isEmpty() ? m.captured(1) : m.captured(1) + QLatin1Char(' ') + m.captured(2);
        return m.captured(3).front().isDigit() ? tr("%1, nr. %2").arg(dossier, m.captured(3))
                                               : tr("%1, %2").arg(dossier, m.captured(3));
    }
    return text.simplified();
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
        return tr("%1 %2: %3\nClick to open it.").arg(kindLabel(kind), readableTarget(), targetTitle);
    return tr("%1 %2\nNot in the library.").arg(kindLabel(kind), readableTarget());
}

QString ReferenceSpan::notInLibraryMessage() const
{
    // The id is what Fetch Documents takes, for the publications the official sources have.
    const bool fetchable = target.startsWith(QLatin1String("kst-")) || target.startsWith(QLatin1String("ah-")) ||
                           target.startsWith(QLatin1String("blg-"));
    if (fetchable)
        return tr("%1 “%2” is not in the library; File > Fetch Documents gets %3.")
            .arg(kindLabel(kind), text.simplified(), target);
    return tr("%1 “%2” is not in the library.").arg(kindLabel(kind), text.simplified());
}

} // namespace kl
