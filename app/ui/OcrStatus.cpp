#include "OcrStatus.h"

#include "library/Library.h"
#include "ocr/OcrJob.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace kl {

OcrStatus::OcrStatus(Library* library, QWidget* parent)
    : QWidget(parent)
    , m_job(new OcrJob(*library, this))
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setAccessibleName(tr("OCR progress"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setMaximumWidth(120);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Pages read with OCR"));
    m_cancel->setText(tr("Stop OCR"));
    m_cancel->setToolTip(tr("Stop reading scanned pages; what is not read yet is read on the next start"));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, &OcrStatus::cancel);
    hide();

    connect(m_job, &OcrJob::progress, this, [this](const QString& file, int done, int total, int waiting) {
        show();
        m_bar->setMaximum(std::max(1, total));
        m_bar->setValue(done);
        const QString page = total > 0
                                 ? tr("OCR: %1, page %2 of %3").arg(file).arg(std::min(done + 1, total)).arg(total)
                                 : tr("OCR: %1").arg(file);
        m_label->setText(waiting > 0 ? tr("%1 (%n more waiting)", "", waiting).arg(page) : page);
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
    m_label->setText(tr("Stopping OCR…"));
}

bool OcrStatus::isRunning() const
{
    return m_job->isRunning();
}

} // namespace kl
