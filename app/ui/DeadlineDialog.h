#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDateEdit;

namespace kl {

// Sets a toezegging's deadline: a date, or none.
class DeadlineDialog : public QDialog {
    Q_OBJECT
public:
    DeadlineDialog(const QDate& due, const QString& phrase, QWidget* parent = nullptr);
    // Invalid: no deadline.
    QDate due() const;

private:
    QDateEdit* m_date;
    QCheckBox* m_none;
};

} // namespace kl
