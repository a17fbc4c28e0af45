#pragma once

#include <QDialog>
#include <QHash>

class QLineEdit;

namespace kl {

class AnnotationController;

// Names what each highlight colour means ("important", "promise to the Kamer", "disagree").
class ColorMeaningDialog : public QDialog {
    Q_OBJECT
public:
    explicit ColorMeaningDialog(AnnotationController* controller, QWidget* parent = nullptr);

    QLineEdit* meaningEditor(const QString& color) const { return m_editors.value(color); }
    // Stores the meanings that changed.
    void apply();

private:
    AnnotationController* m_controller;
    QHash<QString, QLineEdit*> m_editors;
};

} // namespace kl
