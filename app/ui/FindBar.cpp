#include "FindBar.h"

#include "ReaderView.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

namespace kl {

FindBar::FindBar(QWidget* parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    m_field->setPlaceholderText(tr("Find in document"));
    m_field->setAccessibleName(tr("Find"));
    m_field->setClearButtonEnabled(true);
    m_status->setAccessibleName(tr("Find results"));
    auto* previous = new QToolButton(this);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    previous->setAccessibleName(tr("Previous match"));
    auto* next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (F3)"));
    next->setAccessibleName(tr("Next match"));
    auto* closeButton = new QToolButton(this);
    closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    closeButton->setAutoRaise(true);
    closeButton->setToolTip(tr("Close the find bar (Esc)"));
    closeButton->setAccessibleName(tr("Close find bar"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(new QLabel(tr("Find:"), this));
    layout->addWidget(m_field, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_status);
    layout->addWidget(closeButton);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::search);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    hide();
}

QString FindBar::text() const
{
    return m_field->text();
}

void FindBar::setText(const QString& text)
{
    show();
    if (m_field->text() == text)
        search();
    else
        m_field->setText(text); // searches
}

void FindBar::setView(ReaderView* view)
{
    m_view = view;
    if (isVisible())
        search();
}

void FindBar::activate()
{
    show();
    m_field->setFocus();
    m_field->selectAll();
    search();
}

void FindBar::search()
{
    if (!m_view)
        return;
    const int hits = m_view->find(m_field->text());
    if (m_field->text().isEmpty())
        m_status->clear();
    else
        m_status->setText(hits ? tr("%n match(es)", "", hits) : tr("Not found"));
}

void FindBar::findNext()
{
    step(false);
}

void FindBar::findPrevious()
{
    step(true);
}

void FindBar::step(bool backward)
{
    if (!m_view)
        return;
    if (!isVisible()) {
        activate();
        if (m_field->text().isEmpty())
            return;
    }
    const int at = m_view->findNext(backward);
    if (at >= 0)
        m_status->setText(tr("%1 of %2").arg(at + 1).arg(m_view->hitCount()));
}

void FindBar::close()
{
    if (m_view)
        m_view->find(QString());
    hide();
    if (m_view)
        m_view->widget()->setFocus();
}

void FindBar::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        step(event->modifiers() & Qt::ShiftModifier);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace kl
