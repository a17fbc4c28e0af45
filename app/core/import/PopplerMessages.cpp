#include "PopplerMessages.h"

#include <poppler-qt6.h>

#include <mutex>

namespace kl {

void PopplerMessages::silence()
{
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction([](const QString&, const QVariant&) {}, QVariant()); });
}

} // namespace kl
