#include "AnnotationController.h"

#include "annotations/AnnotationColor.h"
#include "library/Library.h"
#include "session/LibrarySession.h"

#include <QActionGroup>
#include <QMenu>
#include <QPainter>
#include <QPixmap>

namespace kl {

AnnotationController::AnnotationController(LibrarySession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&session->library(), &Library::changed, this, [this](const LibraryChange& change) {
        if (change.touches(LibraryChange::ColorMeanings))
            Q_EMIT colorMeaningsChanged();
    });
}

void AnnotationController::setCurrentColor(const QString& color)
{
    const QString normalized = AnnotationColor::normalized(color);
    if (normalized.isEmpty() || normalized == m_currentColor)
        return;
    m_currentColor = normalized;
    Q_EMIT currentColorChanged(m_currentColor);
}

QString AnnotationController::colorName(const QString& color)
{
    return AnnotationColor::displayName(color);
}

QString AnnotationController::colorLabel(const QString& color) const
{
    const QString meaning = colorMeaning(color);
    return meaning.isEmpty() ? colorName(color) : tr("%1 — %2").arg(colorName(color), meaning);
}

QIcon AnnotationController::swatch(const QString& color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QColor(0, 0, 0, 90));
    painter.setBrush(AnnotationColor::toColor(color));
    painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

QString AnnotationController::colorMeaning(const QString& color) const
{
    return m_session->colorMeaning(color);
}

bool AnnotationController::setColorMeaning(const QString& color, const QString& meaning)
{
    return m_session->setColorMeaning(color, meaning).ok();
}

void AnnotationController::fillColorMenu(QMenu* menu, const QString& checked,
                                         const std::function<void(const QString&)>& chosen) const
{
    menu->clear();
    auto* group = new QActionGroup(menu);
    for (const QString& color : AnnotationColor::paletteNames()) {
        QAction* a = menu->addAction(swatch(color), colorLabel(color));
        a->setCheckable(true);
        a->setChecked(color == checked);
        a->setData(color);
        group->addAction(a);
        connect(a, &QAction::triggered, menu, [chosen, color] { chosen(color); });
    }
}

} // namespace kl
