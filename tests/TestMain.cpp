#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

// The application class comes from the build (tests/CMakeLists.txt): each test program gets the least one its code
// needs, so that it links no more of Qt than the code it tests.
#define KAMERLEZER_STRINGIFY(x) #x
#define KAMERLEZER_HEADER(x) KAMERLEZER_STRINGIFY(x)
#include KAMERLEZER_HEADER(KAMERLEZER_TEST_APPLICATION)

int main(int argc, char** argv)
{
    // Tests run headless; test discovery runs the binary without the environment of ctest.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    KAMERLEZER_TEST_APPLICATION app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Kamerlezer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("kamerlezer-tests"));
    return Catch::Session().run(argc, argv);
}
