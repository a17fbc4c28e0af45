#include "Bench.h"
#include "LibraryOpener.h"
#include "MainWindow.h"
#include "SingleInstance.h"
#include "StartupBackup.h"
#include "Translations.h"
#include "import/PopplerMessages.h"
#include "library/Library.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTimer>

#include <cstdio>
#include <optional>

int main(int argc, char** argv)
{
    kl::Bench::start(); // the benchmarks measure from here
    // --version and --help answer without a display: from a terminal, over ssh, in a package's smoke test.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v") {
            std::printf("kamerlezer %s\n", KAMERLEZER_VERSION);
            return 0;
        }
        if ((arg == "--help" || arg == "-h") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    kl::PopplerMessages::silence(); // a damaged PDF is said to be so in the window, once
    QApplication::setOrganizationName(QStringLiteral("Kamerlezer"));
    QApplication::setApplicationName(QStringLiteral("kamerlezer"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kamerlezer"));
    QApplication::setApplicationVersion(QStringLiteral(KAMERLEZER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("nl.kamerlezer.Kamerlezer"));

    // --lang must take effect before the help text is written, so look for it before parsing.
    QString lang;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            lang = args[i + 1];
        else if (args[i].startsWith(QLatin1String("--lang=")))
            lang = args[i].mid(7);
    }
    // Without --lang: the language chosen in Preferences, else the system's.
    kl::Translations::install(kl::Translations::chooseLanguage(lang));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A reader for Dutch parliamentary documents."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(
        QStringLiteral("library"),
        QApplication::translate("main", "The library folder (default: %1).").arg(kl::Library::defaultFolder()),
        QApplication::translate("main", "DIR"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "The language of the interface (nl, en)."),
                                        QApplication::translate("main", "LANG"));
    parser.addOption(libraryOption);
    parser.addOption(langOption);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Documents to import and open (PDF, text, XML)."),
                                 QApplication::translate("main", "[FILE...]"));
    parser.process(app);

    const QString folder = parser.isSet(libraryOption) ? parser.value(libraryOption) : kl::Library::defaultFolder();
    QStringList files;
    for (const QString& f : parser.positionalArguments())
        files.append(QDir::current().absoluteFilePath(f));
    // A window open on this library already: it takes the files and comes forward.
    kl::SingleInstance instance(folder);
    if (instance.handOver(files))
        return 0;
    std::unique_ptr<kl::Library> library = kl::LibraryOpener::open(folder);
    if (!library)
        return 1;

    kl::MainWindow window(library.get());
    const bool bench = kl::Bench::firstPaintMode() || kl::Bench::scrollMode() || kl::Bench::startupMode();
    // Not while measuring: the copy would take a core from what is measured.
    std::optional<kl::StartupBackup> backup;
    if (!bench) {
        backup.emplace(library->folder());
        QObject::connect(&*backup, &kl::StartupBackup::damageFound, &window,
                         [&window](const QString& damage) { kl::LibraryOpener::warnOfDamage(damage, &window); });
    }
    if (bench)
        window.resize(1400, 900); // the same window for every measurement, whatever was saved
    else
        window.restoreSession();
    window.show();

    instance.listen();
    QObject::connect(&instance, &kl::SingleInstance::filesReceived, &window, [&window](const QStringList& more) {
        if (!more.isEmpty())
            window.importPaths(more, true);
        window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window.raise();
        window.activateWindow();
    });
    if (!files.isEmpty())
        window.importPaths(files, true);
    else if (!bench)
        QTimer::singleShot(0, &window, &kl::MainWindow::offerSamplesIfEmpty);
    if (kl::Bench::startupMode())
        QTimer::singleShot(0, &window, [] { kl::Bench::windowUsable(); });
    const int rc = app.exec();
    return rc;
}
