#pragma once

#include <QCoreApplication>

#include "document/PageText.h"

#include <QImage>
#include <QString>

#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace kl {

// Tesseract behind a small interface: a page image in, the page's text and word boxes out, in the same form the
// PDF text extractor gives (PageText), so OCR text is searched, quoted and highlighted like a text layer. One
// engine per thread: a TessBaseAPI is not thread-safe.
class OcrEngine {
    Q_DECLARE_TR_FUNCTIONS(kl::OcrEngine)

public:
    // Dutch. Adding English ("nld+eng") reads little more of a Dutch letter and takes a third longer.
    static constexpr const char* kLanguages = "nld";

    struct Page {
        PageText text;
        double confidence = 0; // mean word confidence 0..100 of the words kept
        QString error;         // empty when recognized (an empty text is a page without words)
    };

    OcrEngine();
    ~OcrEngine();
    OcrEngine(const OcrEngine&) = delete;
    OcrEngine& operator=(const OcrEngine&) = delete;

    // The folder with the *.traineddata models: KAMERLEZER_TESSDATA, else TESSDATA_PREFIX, else Debian's.
    static QString defaultDataPath();
    // Loads the models; false and a message naming what is missing when they cannot be loaded. `languages` is
    // Tesseract's "nld+eng" form; the first is required, the others are used when installed.
    bool init(const QString& dataPath = QString(), const QString& languages = QLatin1String(kLanguages),
              QString* error = nullptr);
    bool isReady() const { return m_ready; }
    // The languages loaded ("nld+eng").
    QString languages() const { return m_languages; }

    // Reads a page image rendered at `dpi`; `sizePt` is the page size in points, stored with the text.
    Page recognize(const QImage& image, int dpi, QSizeF sizePt);

private:
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    bool m_ready = false;
    QString m_languages;
};

} // namespace kl
