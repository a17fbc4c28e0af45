#pragma once

#include <QWidget>

namespace kl {

// A thin bar of a vote's seats: for, against and the rest, in proportion, so the margin shows at a glance.
class VoteBar : public QWidget {
    Q_OBJECT
public:
    explicit VoteBar(QWidget* parent = nullptr);

    void setSeats(int seatsFor, int seatsAgainst, int seatsOther);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static QColor forColor();
    static QColor againstColor();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int m_for = 0;
    int m_against = 0;
    int m_other = 0;
};

} // namespace kl
