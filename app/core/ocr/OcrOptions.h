#pragma once

#include <QString>

namespace kl {

// How PdfOcr reads pages.
struct OcrOptions {
    int dpi = 300;     // Tesseract reads print best at 300 dpi
    int threads = 0;   // 0: one per core, at most 4
    QString dataPath;  // empty: OcrEngine::defaultDataPath()
    QString languages; // empty: OcrEngine::kLanguages
};

} // namespace kl
