#include "ReferenceSpan.h"

#include "metadata/PublicationId.h"

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

QString ReferenceSpan::readableTarget() const
{
    // The ids are for the library ("kst-36410-VI-87", "named:regeerprogramma"); a reader sees what they name.
    if (target.startsWith(QLatin1String("named:"))) {
        QString name = target.mid(6);
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        return name;
    }
    DocumentMetadata m;
    if (target.startsWith(QLatin1String("kst-")) && PublicationId::applyAny(target, m) && !m.kstId.isEmpty()) {
        const QString dossier = m.dossiers.first().display();
        return m.ondernummer.front().isDigit() ? tr("%1, nr. %2").arg(dossier, m.ondernummer)
                                               : tr("%1, %2").arg(dossier, m.ondernummer);
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
