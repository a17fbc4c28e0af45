#pragma once

#include <QWidget>

class QLabel;

namespace kl {

struct VoteResult;
class VoteBar;

// How the Tweede Kamer decided on a motie or amendement: the outcome with the seats for and against, a bar of
// the margin, and which fracties voted which way. Lines that wrap, so it reads in a narrow dock. Hidden when there
// is no vote.
class VoteSummary : public QWidget {
    Q_OBJECT
public:
    explicit VoteSummary(QWidget* parent = nullptr);

    void setVotes(const VoteResult& votes);

private:
    QLabel* addLine(const QString& accessibleName);

    QLabel* m_outcome;
    VoteBar* m_bar;
    QLabel* m_for;
    QLabel* m_against;
    QLabel* m_other;
    QLabel* m_method;
};

} // namespace kl
