#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

// The application class comes from the build (tests/CMakeLists.txt): each test program gets the least one its code
// needs, so that it links no more of Qt than the code it tests.
#define KAMERLEZER_STRINGIFY(x) #x
#define KAMERLEZER_HEADER(x) KAMERLEZER_STRINGIFY(x)
#include KAMERLEZER_HEADER(KAMERLEZER_TEST_APPLICATION)

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

int main(int argc, char** argv)
{
    // Tests run headless; test discovery runs the binary without the environment of ctest.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings, the default library and caches of the tests (and of the programs they start) live in a folder
    // of their own: a test never reads or writes the user's real settings or library.
    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/kamerlezer-tests-XXXXXX"));
    if (!home.isValid())
        return 3;
    for (const char* name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(name, QFile::encodeName(home.filePath(QString::fromLatin1(name))));
    KAMERLEZER_TEST_APPLICATION app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Kamerlezer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("kamerlezer-tests"));
    return Catch::Session().run(argc, argv);
}
