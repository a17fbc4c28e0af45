#include "FetchActions.h"

#include "DossierPanel.h"
#include "FetchStatus.h"

#include "fetch/FetchTarget.h"
#include "library/FollowedDossiers.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>

namespace kl {

FetchActions::FetchActions(QWidget* window, FetchStatus* status, DossierPanel* dossiers)
    : QObject(window)
    , m_window(window)
    , m_status(status)
    , m_check(new QAction(tr("&Check for New Documents"), this))
{
    m_check->setShortcut(QKeySequence::Refresh);
    m_check->setToolTip(tr("Fetch what is new in the followed dossiers from the Tweede Kamer and KOOP"));
    connect(m_check, &QAction::triggered, status, &FetchStatus::checkFollowed);
    connect(dossiers, &DossierPanel::followRequested, this, &FetchActions::follow);
    connect(dossiers, &DossierPanel::unfollowRequested, this, [this](const QString& text) {
        if (const std::optional<Dossier> d = FollowedDossiers::parse(text))
            m_status->unfollow(*d);
    });
    connect(dossiers, &DossierPanel::checkRequested, status, &FetchStatus::checkFollowed);
}

void FetchActions::addTo(QMenu* fileMenu)
{
    QAction* fetch = fileMenu->addAction(tr("Fetch &Documents…"), this, &FetchActions::fetchDialog);
    fetch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    fileMenu->addAction(tr("Follow &Dossier…"), this, &FetchActions::followDialog);
    fileMenu->addAction(m_check);
}

void FetchActions::fetchDialog()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        m_window, tr("Fetch Documents"),
        tr("Publication ids (kst-19637-3274, ah-tk-20232024-1234), Tweede Kamer document numbers\n"
           "(2024D40329) or addresses from tweedekamer.nl or officielebekendmakingen.nl, one a line:"),
        QString(), &ok);
    if (!ok)
        return;
    QList<FetchTarget> targets;
    QStringList unknown;
    for (const QString& line : text.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts)) {
        const FetchTarget t = FetchTarget::parse(line);
        if (t.isValid())
            targets.append(t);
        else
            unknown.append(line);
    }
    if (!unknown.isEmpty()) {
        QMessageBox::warning(
            m_window, tr("Fetch Documents"),
            tr("Not a publication id, document number or address of one: %1").arg(unknown.join(QStringLiteral(", "))));
        if (targets.isEmpty())
            return;
    }
    m_status->fetch(targets);
}

void FetchActions::followDialog()
{
    bool ok = false;
    const QString text =
        QInputDialog::getText(m_window, tr("Follow Dossier"),
                              tr("Dossier number (19637, 36600 VI); Kamerlezer fetches all its documents now and what "
                                 "is new at every check:"),
                              QLineEdit::Normal, QString(), &ok);
    if (ok)
        follow(text);
}

void FetchActions::follow(const QString& text)
{
    const std::optional<Dossier> dossier = FollowedDossiers::parse(text);
    if (!dossier) {
        QMessageBox::warning(m_window, tr("Follow Dossier"),
                             tr("“%1” is not a dossier number. Write it as 19637 or 36600 VI.").arg(text.trimmed()));
        return;
    }
    m_status->follow(*dossier);
}

} // namespace kl
