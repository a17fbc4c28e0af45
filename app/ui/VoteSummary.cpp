#include "VoteSummary.h"

#include "VoteBar.h"
#include "document/OfficialNames.h"
#include "document/VoteResult.h"

#include <QLabel>
#include <QVBoxLayout>

namespace kl {

namespace {

QString colored(const QString& text, const QColor& color)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color.name(), text.toHtmlEscaped());
}

} // namespace

VoteSummary::VoteSummary(QWidget* parent)
    : QWidget(parent)
    , m_bar(new VoteBar(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 6);
    layout->setSpacing(3);
    m_outcome = addLine(tr("Vote outcome"));
    layout->addWidget(m_bar);
    m_for = addLine(tr("Voted for"));
    m_against = addLine(tr("Voted against"));
    m_other = addLine(tr("Did not vote"));
    m_method = addLine(tr("How the Kamer voted"));
    m_method->setForegroundRole(QPalette::PlaceholderText);
    hide();
}

QLabel* VoteSummary::addLine(const QString& accessibleName)
{
    auto* label = new QLabel(this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(accessibleName);
    layout()->addWidget(label);
    return label;
}

void VoteSummary::setVotes(const VoteResult& votes)
{
    setVisible(!votes.isEmpty());
    if (votes.isEmpty())
        return;
    QColor color = palette().color(QPalette::WindowText);
    if (votes.outcome == QLatin1String("aangenomen"))
        color = VoteBar::forColor();
    else if (votes.outcome == QLatin1String("verworpen"))
        color = VoteBar::againstColor();
    const QString seats = OfficialNames::seats(votes);
    const QString outcome = QStringLiteral("<b>%1</b>").arg(colored(OfficialNames::outcome(votes), color));
    m_outcome->setText(seats.isEmpty() ? tr("Vote: %1").arg(outcome)
                                       : tr("Vote: %1 · %2").arg(outcome, seats.toHtmlEscaped()));
    // The Kamer's own words, which say more than the outcome ("Aangehouden (tijdens vergadering).").
    m_outcome->setToolTip(votes.besluitText);

    int total = 0;
    for (const VoteResult::FractieVote& f : votes.fracties)
        total += f.seats;
    const int others = total - votes.seatsFor() - votes.seatsAgainst();
    m_bar->setSeats(votes.seatsFor(), votes.seatsAgainst(), others);
    m_bar->setVisible(total > 0);
    m_bar->setToolTip(tr("Seats: %1").arg(seats));

    auto group = [&](QLabel* label, const QString& name, const QString& vote) {
        const QString list = OfficialNames::fracties(votes, vote);
        label->setVisible(!list.isEmpty());
        label->setText(tr("<b>%1:</b> %2").arg(name.toHtmlEscaped(), list.toHtmlEscaped()));
    };
    group(m_for, tr("For"), QStringLiteral("voor"));
    group(m_against, tr("Against"), QStringLiteral("tegen"));
    group(m_other, tr("Did not vote"), QString());
    const QString method = OfficialNames::method(votes);
    m_method->setVisible(!method.isEmpty());
    // Written to follow the outcome in a pack ("adopted (by show of hands)"); alone here, so capitalized.
    m_method->setText((method.left(1).toUpper() + method.mid(1)).toHtmlEscaped());
}

} // namespace kl
