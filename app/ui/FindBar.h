#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace kl {

class ReaderView;

// The find row under a document: a search field, previous/next, the number of hits and a close button. Every
// hit is marked as you type; Enter and F3 go to the next one, Shift+Enter and Shift+F3 to the previous one.
class FindBar : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(QWidget* parent = nullptr);

    void setView(ReaderView* view);
    void activate(); // shows the bar and puts the cursor in the field
    void findNext();
    void findPrevious();
    QString text() const;
    // Shows the bar with `text` in the field, marking every hit, without taking the focus from the document.
    void setText(const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void search();
    void step(bool backward);
    void close();

    ReaderView* m_view = nullptr;
    QLineEdit* m_field;
    QLabel* m_status;
};

} // namespace kl
