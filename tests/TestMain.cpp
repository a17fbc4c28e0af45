#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char** argv)
{
    // Tests run headless; test discovery runs the binary without the environment of ctest.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kamerlezer-tests"));
    QApplication::setApplicationName(QStringLiteral("kamerlezer-tests"));
    return Catch::Session().run(argc, argv);
}
