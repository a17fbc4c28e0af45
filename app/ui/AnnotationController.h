#pragma once

#include "annotations/Annotation.h"

#include <QIcon>
#include <QObject>

#include <optional>

class QMenu;
class QUndoStack;

namespace kl {

class AnnotationStore;
class Library;

// The window's edits of annotations: every one is a command on the window's single undo stack, and stored at
// once by the command. Also the colour new highlights get, and the colours' names and meanings.
class AnnotationController : public QObject {
    Q_OBJECT
public:
    explicit AnnotationController(Library* library, QObject* parent = nullptr);
    ~AnnotationController() override;

    AnnotationStore* store() const { return m_store; }
    QUndoStack* undoStack() const { return m_undo; }

    QString currentColor() const { return m_currentColor; }
    void setCurrentColor(const QString& color);

    // "Yellow", "Green"… or the #rrggbb itself.
    static QString colorName(const QString& color);
    // The name with the meaning the user gave it: "Yellow — important".
    QString colorLabel(const QString& color) const;
    static QIcon swatch(const QString& color);
    QString colorMeaning(const QString& color) const;
    bool setColorMeaning(const QString& color, const QString& meaning);
    // A menu of the palette (checkable, with meanings) that calls `chosen` with the colour picked.
    void fillColorMenu(QMenu* menu, const QString& checked, const std::function<void(const QString&)>& chosen) const;

    // Stores a new annotation (undoable) and returns its id; 0 when storing failed.
    qint64 add(const Annotation& annotation);
    bool setNote(qint64 id, const QString& note);
    bool setTags(qint64 id, const QStringList& tags);
    bool recolor(qint64 id, const QString& color);
    bool setStyle(qint64 id, Annotation::Style style);
    bool remove(qint64 id);
    // Moves an annotation to a new anchor (a selection in some rendition): keeps its note, colour and tags.
    bool reattach(qint64 id, const Annotation& newPlace);

    // The note on the letter as a whole: the first LetterNote of the letter.
    std::optional<Annotation> letterNote(qint64 letterId) const;
    // Creates the letter's note, or edits it; returns its id.
    qint64 setLetterNote(qint64 letterId, const QString& note);

Q_SIGNALS:
    void currentColorChanged(const QString& color);
    void colorMeaningsChanged();

private:
    bool edit(qint64 id, const std::function<void(Annotation&)>& change, const QString& text);

    AnnotationStore* m_store;
    QUndoStack* m_undo;
    QString m_currentColor = QStringLiteral("yellow");
};

} // namespace kl
