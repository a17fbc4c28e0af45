#include "Dossier.h"

namespace kl {

static bool isCouncilNumber(const QString& addition)
{
    return !addition.isEmpty() && addition.front().isDigit();
}

QString Dossier::display() const
{
    if (addition.isEmpty())
        return number;
    return number + (isCouncilNumber(addition) ? QStringLiteral("-") : QStringLiteral(" ")) + addition;
}

QString Dossier::targetId() const
{
    return addition.isEmpty() ? QStringLiteral("dossier-") + number
                              : QStringLiteral("dossier-%1-%2").arg(number, addition);
}

} // namespace kl
