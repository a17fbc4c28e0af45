#include "Bench.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>

namespace kl {

namespace {
QElapsedTimer& clock()
{
    static QElapsedTimer timer;
    return timer;
}

void quitSoon()
{
    // After the current paint event: quitting from inside paintEvent would tear down the painter's widget.
    QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
}
} // namespace

void Bench::start()
{
    clock().start();
}

qint64 Bench::elapsedMs()
{
    return clock().isValid() ? clock().elapsed() : 0;
}

bool Bench::firstPaintMode()
{
    static const bool on = qEnvironmentVariableIntValue("KAMERLEZER_BENCH_FIRST_PAINT") == 1;
    return on;
}

bool Bench::scrollMode()
{
    static const bool on = qEnvironmentVariableIntValue("KAMERLEZER_BENCH_SCROLL") == 1;
    return on;
}

bool Bench::startupMode()
{
    static const bool on = qEnvironmentVariableIntValue("KAMERLEZER_BENCH_STARTUP") == 1;
    return on;
}

void Bench::windowUsable()
{
    std::printf("startup-ms %lld\n", static_cast<long long>(elapsedMs()));
    std::fflush(stdout);
    quitSoon();
}

void Bench::pdfPagePainted()
{
    static bool done = false;
    if (!firstPaintMode() || done)
        return;
    done = true;
    std::printf("first-paint-ms %lld\n", static_cast<long long>(elapsedMs()));
    std::fflush(stdout);
    quitSoon();
}

void Bench::scrollFinished()
{
    std::printf("peak-rss-mb %d\n", peakRssMb());
    std::fflush(stdout);
    quitSoon();
}

int Bench::peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QString text = QString::fromLatin1(status.readAll());
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("VmHWM:\\s*(\\d+)\\s*kB")).match(text);
    return m.hasMatch() ? int((m.captured(1).toLongLong() + 512) / 1024) : 0;
}

} // namespace kl
