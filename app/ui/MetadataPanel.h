#pragma once

#include "library/OfficialSource.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QToolButton;

namespace kl {

class Library;
class OfficialFields;
class VoteSummary;
struct LetterRecord;
struct LibraryChange;

// The details dock: what the current letter is (dossiers, number, kind, date, sender, signatory) and how to
// cite it, with a button that copies the citation. With the library it also shows where the values came from
// (the official sources, which values are theirs and what the text said instead), a document the source
// withdrew, and a motie's vote; and it reads its letter again when the library changes it.
class MetadataPanel : public QWidget {
    Q_OBJECT
public:
    explicit MetadataPanel(QWidget* parent = nullptr); // only what the LetterRecord given says
    explicit MetadataPanel(Library* library, QWidget* parent = nullptr);

    void setLetter(const LetterRecord* letter); // nullptr: no letter
    QString citation() const;
    // As narrow as the rows can wrap: never so narrow that a word is cut off or scrolls sideways.
    QSize minimumSizeHint() const override;

private:
    QLabel* addRow(const QString& label, const QString& accessibleName);
    void showLetter(const LetterRecord& letter, const QList<OfficialSource>& sources);
    void showSources(const LetterRecord& letter, const QList<OfficialSource>& sources);
    void showWithdrawn(const LetterRecord& letter, const QList<OfficialSource>& sources);
    // Sets a value, marked as official when it came from a source (`fields` name it); `toolTip` is the value's
    // own (every indiener of a long list), before what the marking says.
    void setValue(QLabel* label, const QString& text, const QStringList& fields, const OfficialFields& official,
                  const QString& toolTip = QString());
    void libraryChanged(const LibraryChange& change);

    Library* m_library;
    qint64 m_letterId = 0;
    QScrollArea* m_scroll;
    QFormLayout* m_form;
    QLabel* m_title;
    QLabel* m_notice;
    QLabel* m_dossiers;
    QLabel* m_number;
    QLabel* m_kind;
    QLabel* m_date;
    QLabel* m_sender;
    QLabel* m_signatory;
    QLabel* m_session;
    QLabel* m_source;
    QLabel* m_files;
    QLabel* m_textSource;
    QLabel* m_citation;
    QToolButton* m_copy;
    VoteSummary* m_votes;
};

} // namespace kl
