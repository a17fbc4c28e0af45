#include "AnnotationController.h"

#include "annotations/AnnotationColor.h"
#include "annotations/AnnotationCommands.h"
#include "annotations/AnnotationStore.h"

#include <QActionGroup>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QUndoStack>

namespace kl {

AnnotationController::AnnotationController(Library* library, QObject* parent)
    : QObject(parent)
    , m_store(new AnnotationStore(*library, this))
    , m_undo(new QUndoStack(this))
{
}

AnnotationController::~AnnotationController()
{
    // The commands refer to the store: they go first.
    m_undo->clear();
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
    static const QHash<QString, const char*> names{
        {QStringLiteral("yellow"), QT_TR_NOOP("Yellow")}, {QStringLiteral("green"), QT_TR_NOOP("Green")},
        {QStringLiteral("blue"), QT_TR_NOOP("Blue")},     {QStringLiteral("pink"), QT_TR_NOOP("Pink")},
        {QStringLiteral("orange"), QT_TR_NOOP("Orange")}, {QStringLiteral("red"), QT_TR_NOOP("Red")},
        {QStringLiteral("purple"), QT_TR_NOOP("Purple")},
    };
    const auto it = names.constFind(color);
    return it == names.cend() ? color : tr(*it);
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
    return m_store->colorMeaning(color);
}

bool AnnotationController::setColorMeaning(const QString& color, const QString& meaning)
{
    if (!m_store->setColorMeaning(color, meaning.trimmed()))
        return false;
    Q_EMIT colorMeaningsChanged();
    return true;
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

qint64 AnnotationController::add(const Annotation& annotation)
{
    auto* command = new AddAnnotationCommand(*m_store, annotation);
    m_undo->push(command);
    return command->annotationId();
}

bool AnnotationController::edit(qint64 id, const std::function<void(Annotation&)>& change, const QString& text)
{
    const std::optional<Annotation> before = m_store->annotation(id);
    if (!before)
        return false;
    Annotation after = *before;
    change(after);
    m_undo->push(new EditAnnotationCommand(*m_store, *before, after, text));
    return true;
}

bool AnnotationController::setNote(qint64 id, const QString& note)
{
    const std::optional<Annotation> a = m_store->annotation(id);
    if (!a || a->note == note)
        return bool(a);
    return edit(
        id, [&](Annotation& x) { x.note = note; }, tr("Edit note"));
}

bool AnnotationController::setTags(qint64 id, const QStringList& tags)
{
    QStringList clean;
    for (const QString& t : tags)
        if (!t.trimmed().isEmpty() && !clean.contains(t.trimmed()))
            clean.append(t.trimmed());
    const std::optional<Annotation> a = m_store->annotation(id);
    if (!a || a->tags == clean)
        return bool(a);
    return edit(
        id, [&](Annotation& x) { x.tags = clean; }, tr("Edit tags"));
}

bool AnnotationController::recolor(qint64 id, const QString& color)
{
    const QString normalized = AnnotationColor::normalized(color);
    if (normalized.isEmpty())
        return false;
    return edit(
        id, [&](Annotation& x) { x.color = normalized; }, tr("Change colour to %1").arg(colorName(normalized)));
}

bool AnnotationController::setStyle(qint64 id, Annotation::Style style)
{
    return edit(
        id, [&](Annotation& x) { x.style = style; },
        style == Annotation::Underline ? tr("Make underline") : tr("Make highlight"));
}

bool AnnotationController::remove(qint64 id)
{
    const std::optional<Annotation> a = m_store->annotation(id);
    if (!a)
        return false;
    m_undo->push(new RemoveAnnotationCommand(*m_store, *a));
    return true;
}

bool AnnotationController::reattach(qint64 id, const Annotation& place)
{
    return edit(
        id,
        [&](Annotation& x) {
            x.renditionId = place.renditionId;
            x.anchor = place.anchor;
            x.page = place.page;
            x.rects = place.rects;
        },
        tr("Re-attach annotation"));
}

std::optional<Annotation> AnnotationController::letterNote(qint64 letterId) const
{
    for (const Annotation& a : m_store->forLetter(letterId))
        if (a.style == Annotation::LetterNote)
            return a;
    return std::nullopt;
}

qint64 AnnotationController::setLetterNote(qint64 letterId, const QString& note)
{
    if (const std::optional<Annotation> existing = letterNote(letterId)) {
        setNote(existing->id, note);
        return existing->id;
    }
    if (note.isEmpty())
        return 0;
    Annotation a;
    a.letterId = letterId;
    a.style = Annotation::LetterNote;
    a.note = note;
    return add(a);
}

} // namespace kl
