#include "CliApplication.h"

#include <QGuiApplication>

int main(int argc, char** argv)
{
    // Typesetting PDFs needs fonts, which need a QGuiApplication; a command-line tool must not need a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Kamerlezer"));
    QGuiApplication::setApplicationName(QStringLiteral("kamerlezer"));
    QGuiApplication::setApplicationVersion(QStringLiteral(KAMERLEZER_VERSION));
    return kl::CliApplication().run(QGuiApplication::arguments());
}
