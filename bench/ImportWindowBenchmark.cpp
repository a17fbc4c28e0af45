// Import of generated letters in the window, as File > Import Folder does it (MainWindow::importPaths: the
// ImportController, its progress dialog, the window's panels listening), against `kamerlezer-cli import` of the
// same files, each into a fresh library; then the second half into a library that has the first, which shows
// whether an import grows with the size of the library.
// Usage: bench-import-window [LETTERS] (default 2000). Headless: QT_QPA_PLATFORM=offscreen unless set.
#include "ImportController.h"
#include "LibraryGenerator.h"
#include "MainWindow.h"
#include "library/Library.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

namespace {

QTemporaryDir* g_work = nullptr;
int g_libraries = 0;

QString freshLibrary()
{
    return g_work->filePath(QStringLiteral("library-%1").arg(++g_libraries));
}

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "bench-import-window: %s\n", qPrintable(what));
    std::exit(1);
}

// The CLI, in a new process as a script would run it.
class CliImporter {
public:
    CliImporter()
        : m_folder(freshLibrary())
    {
    }
    double import(const QStringList& paths)
    {
        QElapsedTimer t;
        t.start();
        QProcess p;
        p.start(QStringLiteral(KAMERLEZER_CLI),
                QStringList{QStringLiteral("--library"), m_folder, QStringLiteral("import")} + paths);
        if (!p.waitForFinished(3600 * 1000) || p.exitCode() != 0)
            fail(QStringLiteral("kamerlezer-cli import failed: %1").arg(QString::fromUtf8(p.readAllStandardError())));
        return double(t.nsecsElapsed()) / 1e6;
    }

private:
    QString m_folder;
};

// The window: a library, the MainWindow on it (its dock panels listening), and its ImportController.
class WindowImporter {
public:
    WindowImporter()
    {
        QString error;
        m_library = kl::Library::open(freshLibrary(), &error);
        if (!m_library)
            fail(error);
        m_window = std::make_unique<kl::MainWindow>(m_library.get());
        m_window->show();
        QApplication::processEvents();
    }
    double import(const QStringList& paths)
    {
        kl::ImportController* importer = m_window->importer();
        QEventLoop loop;
        kl::ImportController::Summary summary;
        QObject::connect(importer, &kl::ImportController::finished, &loop, [&](const kl::ImportController::Summary& s) {
            summary = s;
            loop.quit();
        });
        QElapsedTimer t;
        t.start();
        m_window->importPaths(paths, false); // as File > Import Folder: the progress dialog, then the summary
        if (importer->isRunning())
            loop.exec();
        QApplication::processEvents(); // what the window does once the import is over belongs to it
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!summary.failures.isEmpty())
            fail(summary.failures.first());
        return ms;
    }

private:
    std::unique_ptr<kl::Library> m_library;
    std::unique_ptr<kl::MainWindow> m_window;
};

double ratio(double a, double b)
{
    return b > 0 ? a / b : 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // the window's settings are not the user's
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kamerlezer-bench"));
    QApplication::setApplicationName(QStringLiteral("kamerlezer-bench"));
    const int letters = argc > 1 ? std::max(2, atoi(argv[1])) : 2000;
    const int half = letters / 2;

    QTemporaryDir work;
    g_work = &work;
    kl::LibraryGenerator generator;
    generator.learnFrom(kl::LibraryGenerator::defaultSources());
    const QString first = work.filePath(QStringLiteral("letters/first"));
    const QString second = work.filePath(QStringLiteral("letters/second"));
    if (generator.writeFiles(first, half).size() != half ||
        generator.writeFiles(second, letters - half, half).size() != letters - half)
        fail(QStringLiteral("cannot write the letters into %1").arg(work.path()));

    const double cliAll = CliImporter().import({first, second});
    const double windowAll = WindowImporter().import({first, second});
    double cliFirst = 0, cliSecond = 0, windowFirst = 0, windowSecond = 0;
    {
        CliImporter cli;
        cliFirst = cli.import({first});
        cliSecond = cli.import({second});
    }
    {
        WindowImporter window;
        windowFirst = window.import({first});
        windowSecond = window.import({second});
    }

    std::printf("import of %d generated letters (text files), each into a fresh library\n", letters);
    std::printf("  %-52s %9.0f ms  %6.0f letters/s\n", "kamerlezer-cli import (new process)", cliAll,
                letters / std::max(cliAll / 1000, 0.001));
    std::printf("  %-52s %9.0f ms  %6.0f letters/s  %.2fx the CLI\n", "window: ImportController, MainWindow shown",
                windowAll, letters / std::max(windowAll / 1000, 0.001), ratio(windowAll, cliAll));
    std::printf("  target: at most 1.2x\n");
    std::printf("the second %d into a library of %d, against the first %d into an empty one\n", letters - half, half,
                half);
    std::printf("  %-52s %9.0f ms / %.0f ms  growth %.2fx\n", "kamerlezer-cli import", cliSecond, cliFirst,
                ratio(cliSecond, cliFirst));
    std::printf("  %-52s %9.0f ms / %.0f ms  growth %.2fx  %.2fx the CLI\n", "window: ImportController", windowSecond,
                windowFirst, ratio(windowSecond, windowFirst), ratio(windowSecond, cliSecond));
    return 0;
}
