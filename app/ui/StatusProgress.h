#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace kl {

// A run in the background as the status bar shows it: what it is doing, a small progress bar and a button that
// stops it. OCR and fetching each have one.
class StatusProgress : public QWidget {
    Q_OBJECT
public:
    // `what`: the accessible names of the widget and its bar; `stop`, `stopTip`: the button's text and tooltip.
    StatusProgress(const QString& what, const QString& barName, const QString& stop, const QString& stopTip,
                   QWidget* parent = nullptr);

    QLabel* label() const { return m_label; }
    QProgressBar* bar() const { return m_bar; }
    QToolButton* stopButton() const { return m_stop; }

Q_SIGNALS:
    void stopClicked();

private:
    QLabel* m_label;
    QProgressBar* m_bar;
    QToolButton* m_stop;
};

} // namespace kl
