#include "OcrEngine.h"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <QDir>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>

#ifdef _OPENMP
#include <omp.h>
#endif

namespace kl {

namespace {

// Words Tesseract itself doubts this much are mostly specks, stamps and handwriting read as letters; they would
// only pollute search and the metadata.
constexpr float kMinWordConfidence = 30.0f;

bool isAscii(const QString& s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

QString utf8(char* text)
{
    const QString s = QString::fromUtf8(text);
    delete[] text;
    return s;
}

} // namespace

OcrEngine::OcrEngine() = default;

OcrEngine::~OcrEngine()
{
    if (m_api)
        m_api->End();
}

QString OcrEngine::defaultDataPath()
{
    for (const char* variable : {"KAMERLEZER_TESSDATA", "TESSDATA_PREFIX"})
        if (const QString path = qEnvironmentVariable(variable); !path.isEmpty())
            return path;
    return QStringLiteral("/usr/share/tesseract-ocr/5/tessdata");
}

bool OcrEngine::init(const QString& dataPath, const QString& languages, QString* error)
{
    const QString path = dataPath.isEmpty() ? defaultDataPath() : dataPath;
    // Tesseract says on stderr what it misses and returns -1; the user gets one line naming the model instead.
    QStringList wanted = languages.split(QLatin1Char('+'), Qt::SkipEmptyParts);
    QStringList found;
    for (const QString& language : wanted)
        if (QFileInfo::exists(QDir(path).filePath(language + QStringLiteral(".traineddata"))))
            found.append(language);
    if (wanted.isEmpty() || !found.contains(wanted.first())) {
        if (error)
            *error = tr("the OCR model for %1 is not installed (%2 is missing; on Debian: apt install "
                        "tesseract-ocr-%3)")
                         .arg(wanted.value(0), QDir(path).filePath(wanted.value(0) + QStringLiteral(".traineddata")),
                              wanted.value(0));
        return false;
    }
#ifdef _OPENMP
    // Debian's Tesseract runs parts of its recognition in OpenMP teams of four; with one engine per core that is
    // four times the threads the machine has, spinning: 2.6x slower on two cores. Dynamic teams keep to the
    // cores that are free. (OMP_THREAD_LIMIT=1 does it too, but only when set before the program starts.)
    omp_set_dynamic(1);
#endif
    m_api = std::make_unique<tesseract::TessBaseAPI>();
    if (m_api->Init(QFile::encodeName(path).constData(), found.join(QLatin1Char('+')).toUtf8().constData(),
                    tesseract::OEM_LSTM_ONLY) != 0) {
        m_api.reset();
        if (error)
            *error = tr("the OCR models in %1 cannot be loaded").arg(path);
        return false;
    }
    // A page with columns, a letterhead and a footer: let Tesseract find the blocks (the API's default is one block).
    m_api->SetPageSegMode(tesseract::PSM_AUTO);
    m_languages = found.join(QLatin1Char('+'));
    m_ready = true;
    return true;
}

OcrEngine::Page OcrEngine::recognize(const QImage& image, int dpi, QSizeF sizePt)
{
    Page out;
    out.text.sizePt = sizePt;
    if (!m_ready) {
        out.error = tr("the OCR engine is not ready");
        return out;
    }
    if (image.isNull() || image.width() < 16 || image.height() < 16) {
        out.error = tr("the page image is empty");
        return out;
    }
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    // Tesseract copies the bytes into a leptonica Pix of its own; the image stays ours.
    m_api->SetImage(gray.constBits(), gray.width(), gray.height(), 1, int(gray.bytesPerLine()));
    m_api->SetSourceResolution(dpi);
    if (m_api->Recognize(nullptr) != 0) {
        out.error = tr("Tesseract could not read the page");
        m_api->Clear();
        return out;
    }
    const double w = gray.width(), h = gray.height();
    std::unique_ptr<tesseract::ResultIterator> it(m_api->GetIterator());
    PageText& page = out.text;
    double confidenceSum = 0;
    // The strongest break seen since the last word kept: 0 none, 1 space, 2 line, 3 paragraph.
    int pendingBreak = 0;
    if (it) {
        it->Begin();
        do {
            if (it->Empty(tesseract::RIL_WORD) || !it->IsAtBeginningOf(tesseract::RIL_WORD))
                continue;
            if (it->IsAtBeginningOf(tesseract::RIL_PARA) || it->IsAtBeginningOf(tesseract::RIL_BLOCK))
                pendingBreak = 3;
            else if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE))
                pendingBreak = std::max(pendingBreak, 2);
            else
                pendingBreak = std::max(pendingBreak, 1);
            const float confidence = it->Confidence(tesseract::RIL_WORD);
            const QString raw = utf8(it->GetUTF8Text(tesseract::RIL_WORD)).trimmed();
            int left = 0, top = 0, right = 0, bottom = 0;
            if (raw.isEmpty() || confidence < kMinWordConfidence ||
                !it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom))
                continue;
            const QString word = isAscii(raw) ? raw : raw.normalized(QString::NormalizationForm_KC);
            if (!page.text.isEmpty())
                page.text += pendingBreak == 3   ? QStringLiteral("\n\n")
                             : pendingBreak == 2 ? QStringLiteral("\n")
                                                 : QStringLiteral(" ");
            pendingBreak = 0;
            WordBox box;
            box.start = page.text.size();
            page.text += word;
            box.end = page.text.size();
            box.rect = QRectF(left / w, top / h, (right - left) / w, (bottom - top) / h);
            // The right edge of every symbol, when each symbol is one character of the word (no ligatures).
            QList<float> edges;
            tesseract::ResultIterator symbol(*it);
            do {
                int l = 0, t = 0, r = 0, b = 0;
                if (!symbol.BoundingBox(tesseract::RIL_SYMBOL, &l, &t, &r, &b))
                    break;
                edges.append(float(r / w));
            } while (symbol.Next(tesseract::RIL_SYMBOL) && !symbol.IsAtBeginningOf(tesseract::RIL_WORD));
            if (edges.size() == word.size() && word.size() > 1)
                box.charRight = edges;
            page.words.append(std::move(box));
            confidenceSum += confidence;
        } while (it->Next(tesseract::RIL_WORD));
    }
    out.confidence = page.words.isEmpty() ? 0 : confidenceSum / double(page.words.size());
    m_api->Clear();
    return out;
}

} // namespace kl
