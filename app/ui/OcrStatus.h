#pragma once

#include "StatusProgress.h"

namespace kl {

class Library;
class OcrJob;

// OCR after an import, in the status bar: which scan is being read, page so many of so many, and a button that
// stops it (the scan stays waiting and is read on the next start). Hidden while there is nothing to read. The
// window stays live: the pages are read on worker threads and each scan's text is stored as it is done.
class OcrStatus : public StatusProgress {
    Q_OBJECT
public:
    explicit OcrStatus(Library* library, QWidget* parent = nullptr);
    ~OcrStatus() override;

    // Reads whatever waits for OCR in the library (after an import, at start-up); adds to a run under way.
    void start();
    void cancel();
    bool isRunning() const;
    OcrJob* job() const { return m_job; }

Q_SIGNALS:
    // A line for the status bar when a run ends.
    void message(const QString& text);

private:
    OcrJob* m_job;
};

} // namespace kl
