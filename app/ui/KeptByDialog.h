#pragma once

#include "toezeggingen/Toezegging.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace kl {

class Library;

// Chooses the letter that keeps a toezegging: the ones Kamerlezer proposes first (later letters of the dossier
// that cite its number, speak of a toezegging or share its words, each with why), then the dossier's other letters.
class KeptByDialog : public QDialog {
    Q_OBJECT
public:
    KeptByDialog(const Library& library, const Toezegging& toezegging, QWidget* parent = nullptr);

    qint64 selectedLetter() const;
    QListWidget* list() const { return m_list; }

private:
    QListWidget* m_list;
    QPushButton* m_ok;
};

} // namespace kl
