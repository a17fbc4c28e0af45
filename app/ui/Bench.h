#pragma once

#include <QtGlobal>

namespace kl {

// Measurements for the benchmarks, switched on by environment variables:
// KAMERLEZER_BENCH_FIRST_PAINT=1 prints `first-paint-ms N` when the first PDF page image is painted, then
// quits; KAMERLEZER_BENCH_SCROLL=1 scrolls through the first opened PDF (at KAMERLEZER_BENCH_ZOOM, e.g. 1.5,
// when set), prints `peak-rss-mb N`, then quits.
class Bench {
public:
    static void start(); // first thing in main(): the clock runs from process start
    static qint64 elapsedMs();
    static bool firstPaintMode();
    static bool scrollMode();
    // KAMERLEZER_BENCH_STARTUP=1: prints `startup-ms N` once the window is shown and its first events are
    // handled (the tree filled, the session restored), then quits.
    static bool startupMode();
    static void windowUsable();
    static void pdfPagePainted();
    static void scrollFinished();
    static int peakRssMb(); // VmHWM of /proc/self/status; 0 where there is none
};

} // namespace kl
