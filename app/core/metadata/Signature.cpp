#include "Signature.h"

namespace kl {

bool Signature::isGovernment() const
{
    return role.startsWith(QLatin1String("Minister"), Qt::CaseInsensitive) ||
           role.startsWith(QLatin1String("Staatssecretaris"), Qt::CaseInsensitive);
}

} // namespace kl
