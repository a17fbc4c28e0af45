#include "StatusProgress.h"

#include "ElidedLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace kl {

StatusProgress::StatusProgress(const QString& what, const QString& barName, const QString& stop, const QString& stopTip,
                               QWidget* parent)
    : QWidget(parent)
    , m_label(new ElidedLabel(this)) // a long file name must not widen the window
    , m_bar(new QProgressBar(this))
    , m_stop(new QToolButton(this))
{
    setAccessibleName(what);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_stop);
    m_bar->setMaximumWidth(120);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(barName);
    m_stop->setText(stop);
    m_stop->setToolTip(stopTip);
    m_stop->setAutoRaise(true);
    connect(m_stop, &QToolButton::clicked, this, &StatusProgress::stopClicked);
    hide();
}

} // namespace kl
