#include "MetadataPanel.h"

#include "KindNames.h"
#include "Translations.h"
#include "library/LetterRecord.h"
#include "ocr/PdfOcr.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QToolButton>

namespace kl {

namespace {
QString orUnknown(const QString& s)
{
    return s.isEmpty() ? MetadataPanel::tr("—") : s;
}
} // namespace

MetadataPanel::MetadataPanel(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_title(new QLabel(this))
    , m_citation(new QLabel(this))
    , m_copy(new QToolButton(this))
{
    auto* layout = new QVBoxLayout(this);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setAccessibleName(tr("Title"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_dossiers = addRow(tr("Dossier:"), tr("Dossiers"));
    m_number = addRow(tr("Number:"), tr("Number"));
    m_kind = addRow(tr("Kind:"), tr("Kind"));
    m_date = addRow(tr("Date:"), tr("Date"));
    m_sender = addRow(tr("Sender:"), tr("Sender"));
    m_signatory = addRow(tr("Signed by:"), tr("Signatory"));
    m_session = addRow(tr("Session:"), tr("Parliamentary year"));
    m_files = addRow(tr("Files:"), tr("Imported files"));
    m_textSource = addRow(tr("Text:"), tr("Where the text comes from"));

    m_citation->setWordWrap(true);
    m_citation->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_citation->setAccessibleName(tr("Citation"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the citation"));
    m_copy->setAccessibleName(tr("Copy citation"));
    m_form->addRow(tr("Citation:"), m_citation);
    m_form->addRow(QString(), m_copy);
    layout->addStretch(1);
    connect(m_copy, &QToolButton::clicked, this, [this] {
        if (!m_citation->text().isEmpty())
            QApplication::clipboard()->setText(m_citation->text());
    });
    setLetter(nullptr);
}

QLabel* MetadataPanel::addRow(const QString& label, const QString& accessibleName)
{
    auto* value = new QLabel(this);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setAccessibleName(accessibleName);
    m_form->addRow(label, value);
    return value;
}

QString MetadataPanel::citation() const
{
    return m_citation->text();
}

void MetadataPanel::setLetter(const LetterRecord* letter)
{
    if (!letter) {
        m_title->setText(tr("No document open"));
        for (QLabel* l :
             {m_dossiers, m_number, m_kind, m_date, m_sender, m_signatory, m_session, m_files, m_textSource})
            l->clear();
        m_citation->clear();
        m_copy->setEnabled(false);
        return;
    }
    const DocumentMetadata& m = letter->metadata;
    m_title->setText(letter->displayTitle());
    QStringList dossiers;
    for (const Dossier& d : m.dossiers)
        dossiers.append(d.title.isEmpty() ? d.display() : tr("%1 %2").arg(d.display(), d.title));
    m_dossiers->setText(dossiers.isEmpty() ? tr("none") : dossiers.join(QLatin1Char('\n')));
    m_number->setText(orUnknown(m.ondernummer));
    m_kind->setText(m.kind.isEmpty() ? tr("—") : KindNames::label(m.kind));
    m_date->setText(m.date.isValid() ? Translations::longDate(m.date) : tr("—"));
    m_sender->setText(orUnknown(m.sender));
    // A motie's indieners, a letter's two signatures: the principal one first; a long list of indieners is
    // summed up, every name in the tooltip.
    QStringList signers = m.signatories;
    if (!m.signatory.isEmpty() && signers.removeAll(m.signatory) >= 0)
        signers.prepend(m.signatory);
    const int shown = 3;
    m_signatory->setText(signers.size() <= shown + 1 ? orUnknown(signers.join(QStringLiteral(", ")))
                                                     : tr("%1 and %n others", nullptr, int(signers.size()) - shown)
                                                           .arg(signers.mid(0, shown).join(QStringLiteral(", "))));
    m_signatory->setToolTip(signers.size() > 1 ? signers.join(QLatin1Char('\n')) : QString());
    QString chamber;
    if (m.chamber == 1)
        chamber = tr("Eerste Kamer");
    else if (m.chamber == 2)
        chamber = tr("Tweede Kamer");
    m_session->setText(
        orUnknown(QStringList{chamber, m.vergaderjaar}.filter(QRegularExpression(QStringLiteral("."))).join(tr(", "))));
    QStringList files;
    for (const RenditionRecord& r : letter->renditions)
        files.append(tr("%1 (%2, %n page(s))", "", r.pages).arg(r.originalName, r.format));
    m_files->setText(files.join(QLatin1Char('\n')));
    // Said, because OCR text has misread words: a quote or a search may miss what the page image shows.
    QStringList sources;
    for (const RenditionRecord& r : letter->renditions) {
        if (r.textSource == QLatin1String("ocr"))
            sources.append(PdfOcr::sourceDescription());
        else if (r.ocrState == QLatin1String("pending"))
            sources.append(tr("waiting for OCR"));
        else if (r.ocrState == QLatin1String("failed"))
            sources.append(tr("OCR failed: no text for the scanned pages"));
        else
            sources.append(r.format == QLatin1String("pdf") ? tr("the PDF's text layer") : tr("the file's text"));
    }
    sources.removeDuplicates();
    m_textSource->setText(sources.join(QLatin1Char('\n')));
    m_citation->setText(m.citation());
    m_copy->setEnabled(!m.citation().isEmpty());
}

} // namespace kl
