#include "BriefingPack.h"

#include <QCoreApplication>

namespace kl {

QString BriefingPack::defaultTitle()
{
    return QCoreApplication::translate("kl::BriefingPack", "Briefing pack");
}

} // namespace kl
