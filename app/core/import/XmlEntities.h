#pragma once

#include <QCoreApplication>
#include <QString>

class QXmlStreamReader;

namespace kl {

// Entities a document declares itself are refused: KOOP and the Tweede Kamer never declare any, and nested ones
// ("billion laughs") expand a few hundred kilobytes into gigabytes, a limit per entity notwithstanding.
class XmlEntities {
    Q_DECLARE_TR_FUNCTIONS(kl::XmlEntities)

public:
    // At a DTD token: the one line saying why the document is not read, or empty when it declares no entities.
    static QString refusal(const QXmlStreamReader& xml);
};

} // namespace kl
