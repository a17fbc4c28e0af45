#include "CliApplication.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Kamerlezer"));
    QCoreApplication::setApplicationName(QStringLiteral("kamerlezer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KAMERLEZER_VERSION));
    return kl::CliApplication().run(QCoreApplication::arguments());
}
