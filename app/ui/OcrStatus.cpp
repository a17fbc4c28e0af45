#include "OcrStatus.h"

#include "library/Library.h"
#include "ocr/OcrJob.h"

#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace kl {

OcrStatus::OcrStatus(Library* library, QWidget* parent)
    : StatusProgress(tr("OCR progress"), tr("Pages read with OCR"), tr("Stop OCR"),
                     tr("Stop reading scanned pages; what is not read yet is read on the next start"), parent)
    , m_job(new OcrJob(*library, this))
{
    connect(this, &StatusProgress::stopClicked, this, &OcrStatus::cancel);

    connect(m_job, &OcrJob::progress, this, [this](const QString& file, int done, int total, int waiting) {
        show();
        bar()->setMaximum(std::max(1, total));
        bar()->setValue(done);
        const QString page = total > 0
                                 ? tr("OCR: %1, page %2 of %3").arg(file).arg(std::min(done + 1, total)).arg(total)
                                 : tr("OCR: %1").arg(file);
        label()->setText(waiting > 0 ? tr("%1 (%n more waiting)", "", waiting).arg(page) : page);
    });
    connect(m_job, &OcrJob::finished, this, [this](const OcrJob::Summary& summary) {
        hide();
        QString text;
        if (summary.cancelled)
            text = tr("OCR stopped; the rest is read on the next start.");
        else if (!summary.failures.isEmpty())
            text = tr("OCR could not read %1").arg(summary.failures.join(QStringLiteral("; ")));
        else if (summary.pages > 0)
            text = tr("OCR read %n page(s) of scanned documents.", "", summary.pages);
        if (!text.isEmpty()) // nothing was waiting: nothing to say over what the status bar shows
            Q_EMIT message(text);
    });
}

OcrStatus::~OcrStatus() = default;

void OcrStatus::start()
{
    m_job->start();
}

void OcrStatus::cancel()
{
    m_job->cancel();
    label()->setText(tr("Stopping OCR…"));
}

bool OcrStatus::isRunning() const
{
    return m_job->isRunning();
}

} // namespace kl
