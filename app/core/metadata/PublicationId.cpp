#include "PublicationId.h"

#include <QRegularExpression>
#include <QStringList>

namespace kl {

namespace {

const QRegularExpression& idPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:(ah|h)-(tk|ek)-(\\d{4})(\\d{4})-(\\d+)(?:-(\\d+))?|kv-(tk|ek)-(\\d{4}Z\\d{5})|blg-(\\d+))$"));
    return re;
}

} // namespace

bool PublicationId::apply(const QString& id, DocumentMetadata& m)
{
    const auto match = idPattern().match(id);
    if (!match.hasMatch())
        return false;
    if (match.hasCaptured(9)) {
        m.kind = QStringLiteral("bijlage");
        m.sourceId = id;
        return true;
    }
    if (match.hasCaptured(8)) {
        m.kind = QStringLiteral("kamervragen");
        m.chamber = match.captured(7) == QLatin1String("tk") ? 2 : 1;
        m.zaak = match.captured(8);
        return true;
    }
    m.chamber = match.captured(2) == QLatin1String("tk") ? 2 : 1;
    m.vergaderjaar = match.captured(3) + QLatin1Char('-') + match.captured(4);
    if (match.captured(1) == QLatin1String("ah")) {
        m.aanhangselNumber = match.captured(5);
        if (m.kind.isEmpty())
            m.kind = QStringLiteral("antwoord-kamervragen");
        return true;
    }
    m.kind = QStringLiteral("handelingen");
    m.vergadering = match.captured(5).toInt();
    m.item = match.captured(6).toInt();
    if (m.item == 0)
        m.sourceId = id; // a whole vergadering
    return true;
}

bool PublicationId::applyAny(const QString& id, DocumentMetadata& m)
{
    // The addition is optional: "kst-36450-C" is dossier 36450, number C; "kst-21501-20-1234" sub-dossier 20.
    static const QRegularExpression kamerstuk(
        QStringLiteral("^kst-(\\d+)(?:-([A-Z]{1,5}|\\d{1,3}))?-(\\d+[a-z]?|[A-Z]{1,3})$"));
    const auto match = kamerstuk.match(id);
    if (!match.hasMatch())
        return apply(id, m);
    m.kstId = id;
    const Dossier dossier{match.captured(1), match.captured(2), {}};
    if (!m.dossiers.contains(dossier))
        m.dossiers.prepend(dossier);
    m.ondernummer = match.captured(3);
    return true;
}

QString PublicationId::ownIdLine(const QStringList& lines)
{
    for (const QString& line : lines)
        if (idPattern().match(line).hasMatch())
            return line;
    return {};
}

} // namespace kl
