#include "CliApplication.h"
#include "import/PopplerMessages.h"

#include <QGuiApplication>

#include <cstdio>

// Qt's own complaints about the desktop session (no runtime folder when run from cron or ssh) are not the
// user's business on a command line; everything else goes through.
static void quietMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.startsWith(QLatin1String("QStandardPaths:")))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

int main(int argc, char** argv)
{
    qInstallMessageHandler(quietMessages);
    kl::PopplerMessages::silence();
    // Typesetting PDFs needs fonts, which need a QGuiApplication; a command-line tool must not need a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Kamerlezer"));
    QGuiApplication::setApplicationName(QStringLiteral("kamerlezer"));
    QGuiApplication::setApplicationVersion(QStringLiteral(KAMERLEZER_VERSION));
    return kl::CliApplication().run(QGuiApplication::arguments());
}
