#pragma once

#include "export/BriefingPack.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPrinter;
class QProgressDialog;
class QPushButton;

namespace kl {

class Library;

// Makes a briefing pack of letters: their order (drag to change it), which to add or remove, title, date,
// organisation, marking and parts; then print preview, print, or save as PDF (built on a worker thread with a
// progress dialog that can cancel; the window stays responsive).
//
// Wiring (menu action "Briefing pack..."): give it the library's folder and the letters the user picked in the
// tree, a whole dossier (Library::letters(number)) or the search results, in reading order:
//
//     auto* dialog = new BriefingPackDialog(library->folder(), ids, this);
//     dialog->setAttribute(Qt::WA_DeleteOnClose);
//     dialog->show();
//
// The dialog opens its own Library on the GUI thread (for names, preview and printing) and the worker opens
// another; the caller's Library is not touched.
class BriefingPackDialog : public QDialog {
    Q_OBJECT
public:
    BriefingPackDialog(const QString& libraryFolder, const QList<qint64>& letterIds, QWidget* parent = nullptr);
    ~BriefingPackDialog() override;

    // The pack as the dialog's fields describe it.
    BriefingPack pack() const;
    QList<qint64> letterIds() const;
    void setTitle(const QString& title);

    // Builds the pack into `path` on a worker thread; finished() says how it went. The Save as PDF button asks
    // for the path and calls this.
    void saveAsPdf(const QString& path);
    bool isBuilding() const;
    void cancelBuild();
    // Paints the pack onto `printer` here, on the GUI thread (print preview and printing).
    bool paint(QPrinter* printer);

    QListWidget* letterList() const { return m_list; }

Q_SIGNALS:
    void finished(bool ok, const QString& message);

private:
    void addLetters(const QList<qint64>& ids);
    void chooseLetters();
    void removeSelected();
    void preview();
    void printPack();
    void chooseFileAndSave();
    void buildFinished();
    void updateButtons();

    QString m_folder;
    std::unique_ptr<Library> m_library;
    QLineEdit* m_title = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_organisation = nullptr;
    QComboBox* m_marking = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_remove = nullptr;
    QCheckBox* m_cover = nullptr;
    QCheckBox* m_contents = nullptr;
    QCheckBox* m_metadata = nullptr;
    QCheckBox* m_excerpts = nullptr;
    QCheckBox* m_crossReferences = nullptr;
    QCheckBox* m_toezeggingen = nullptr;
    QComboBox* m_body = nullptr;
    QList<QPushButton*> m_actions;

    struct Build;
    std::shared_ptr<Build> m_build; // shared with the worker: it outlives the dialog when it must
    QFutureWatcher<void> m_watcher;
    QProgressDialog* m_progress = nullptr;
};

} // namespace kl
