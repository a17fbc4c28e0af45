#pragma once

#include <QIcon>
#include <QObject>

#include <functional>

class QMenu;

namespace kl {

class LibrarySession;
struct LibraryChange;

// The palette of the window: the colour new highlights get, and the colours' names and meanings. The edits
// themselves are the session's (LibrarySession), so the window, its panels and the CLI edit alike.
class AnnotationController : public QObject {
    Q_OBJECT
public:
    explicit AnnotationController(LibrarySession* session, QObject* parent = nullptr);

    LibrarySession* session() const { return m_session; }

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

Q_SIGNALS:
    void currentColorChanged(const QString& color);
    // The meanings changed, here or in another window or process.
    void colorMeaningsChanged();

private:
    LibrarySession* m_session;
    QString m_currentColor = QStringLiteral("yellow");
};

} // namespace kl
