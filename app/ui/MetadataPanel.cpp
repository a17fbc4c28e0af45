#include "MetadataPanel.h"

#include "OfficialFields.h"
#include "Translations.h"
#include "VoteSummary.h"
#include "document/KindNames.h"
#include "document/OfficialNames.h"
#include "library/Library.h"
#include "library/OfficialStore.h"
#include "ocr/PdfOcr.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>

namespace kl {

namespace {

// The kind of file in the interface's language ("text" is "tekst" in Dutch).
QString formatName(const QString& format)
{
    if (format == QLatin1String("pdf"))
        return MetadataPanel::tr("PDF");
    if (format == QLatin1String("xml"))
        return MetadataPanel::tr("XML");
    if (format == QLatin1String("html"))
        return MetadataPanel::tr("HTML");
    return MetadataPanel::tr("text");
}
QString orUnknown(const QString& s)
{
    return s.isEmpty() ? MetadataPanel::tr("—") : s;
}

// A file name is one long word ("kst-36704-57__motie.xml"): a zero-width space after each separator lets it wrap
// there, so that it neither widens the dock nor is cut off at its edge.
QString breakable(const QString& name)
{
    QString out;
    for (const QChar c : name) {
        out.append(c);
        if (c == u'-' || c == u'_' || c == u'.' || c == u'/')
            out.append(QChar(0x200B));
    }
    return out;
}

QString multiline(const QString& plain)
{
    return plain.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}
} // namespace

MetadataPanel::MetadataPanel(QWidget* parent)
    : MetadataPanel(nullptr, parent)
{
}

MetadataPanel::MetadataPanel(Library* library, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_scroll(new QScrollArea(this))
    , m_form(new QFormLayout)
    , m_citation(new QLabel(this))
    , m_copy(new QToolButton(this))
{
    // A motie's vote makes the details taller than the dock may be: they scroll, and wrap to its width.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    QScrollArea* scroll = m_scroll;
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    // As needed, not off: a word wider than the dock (a file name) scrolls into view rather than being cut off.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(content);
    m_title = new QLabel(content);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setAccessibleName(tr("Title"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_notice = new QLabel(content);
    m_notice->setObjectName(QStringLiteral("withdrawnNotice"));
    m_notice->setWordWrap(true);
    m_notice->setAccessibleName(tr("Withdrawn"));
    // Amber, the colour of a warning that asks for no action: the letter is still here, only no longer published.
    m_notice->setStyleSheet(QStringLiteral("QLabel#withdrawnNotice { background: #fdf3d7; color: #4d3800; "
                                           "border: 1px solid #e0c060; border-radius: 4px; padding: 6px; }"));
    layout->addWidget(m_notice);
    // A motie's outcome is what its reader looks for first: above the rows, in sight in a short dock.
    m_votes = new VoteSummary(content);
    layout->addWidget(m_votes);
    layout->addLayout(m_form);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // In a narrow dock a value goes under its label rather than being squeezed beside it.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_dossiers = addRow(tr("Dossier:"), tr("Dossiers"));
    m_number = addRow(tr("Number:"), tr("Number"));
    m_kind = addRow(tr("Kind:"), tr("Kind"));
    m_date = addRow(tr("Date:"), tr("Date"));
    m_sender = addRow(tr("Sender:"), tr("Sender"));
    m_signatory = addRow(tr("Signed by:"), tr("Signatory"));
    m_session = addRow(tr("Session:"), tr("Parliamentary year"));
    m_source = addRow(tr("Source:"), tr("Official source"));
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
    if (m_library)
        connect(m_library, &Library::changed, this, &MetadataPanel::libraryChanged);
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

QSize MetadataPanel::minimumSizeHint() const
{
    const int content = m_scroll->widget()->minimumSizeHint().width();
    return {content + m_scroll->verticalScrollBar()->sizeHint().width(), QWidget::minimumSizeHint().height()};
}

QString MetadataPanel::citation() const
{
    return m_citation->text();
}

void MetadataPanel::libraryChanged(const LibraryChange& change)
{
    // A fetch may bring new official values, a vote, or the news that the source withdrew the document.
    if (m_letterId == 0 || !change.touches(LibraryChange::Letters) || !change.touchesLetter(m_letterId))
        return;
    if (const std::optional<LetterRecord> letter = m_library->letter(m_letterId))
        showLetter(*letter, OfficialStore(*m_library).sources(m_letterId));
}

void MetadataPanel::setLetter(const LetterRecord* letter)
{
    m_letterId = letter ? letter->id : 0;
    if (!letter) {
        m_title->setText(tr("No document open"));
        for (QLabel* l : {m_dossiers, m_number, m_kind, m_date, m_sender, m_signatory, m_session, m_source, m_files,
                          m_textSource}) {
            l->clear();
            l->setToolTip(QString());
        }
        m_form->setRowVisible(m_source, false);
        m_notice->hide();
        m_votes->setVotes({});
        m_citation->clear();
        m_copy->setEnabled(false);
        return;
    }
    if (!m_library) {
        showLetter(*letter, {});
        return;
    }
    // The library's record, not the caller's copy: an open tab keeps the letter as it was opened.
    const std::optional<LetterRecord> stored = m_library->letter(letter->id);
    showLetter(stored ? *stored : *letter, OfficialStore(*m_library).sources(letter->id));
}

void MetadataPanel::setValue(QLabel* label, const QString& text, const QStringList& fields,
                             const OfficialFields& official, const QString& toolTip)
{
    const QString marking = official.toolTip(fields);
    if (marking.isEmpty()) {
        label->setTextFormat(Qt::PlainText);
        label->setText(text);
    } else {
        // A quiet word after the value: the value is what the reader came for. A plain space, so that in a narrow
        // dock the word wraps rather than widening the dock.
        label->setTextFormat(Qt::RichText);
        label->setText(QStringLiteral("%1 <span style=\"color:%2; font-size:small; font-weight:normal\">%3</span>")
                           .arg(multiline(text), palette().color(QPalette::PlaceholderText).name(),
                                tr("official").toHtmlEscaped()));
    }
    label->setToolTip(QStringList{toolTip, marking}.filter(QRegularExpression(QStringLiteral("."))).join(u'\n'));
}

void MetadataPanel::showLetter(const LetterRecord& letter, const QList<OfficialSource>& sources)
{
    const DocumentMetadata& m = letter.metadata;
    const OfficialFields official(m, sources);
    setValue(m_title, letter.displayTitle(), {QStringLiteral("title")}, official);
    showWithdrawn(letter, sources);
    QStringList dossiers;
    for (const Dossier& d : m.dossiers)
        dossiers.append(d.title.isEmpty() ? d.display() : tr("%1 %2").arg(d.display(), d.title));
    setValue(m_dossiers, dossiers.isEmpty() ? tr("none") : dossiers.join(QLatin1Char('\n')),
             {QStringLiteral("dossiers")}, official);
    setValue(m_number, orUnknown(m.ondernummer), {QStringLiteral("ondernummer")}, official);
    setValue(m_kind, m.kind.isEmpty() ? tr("—") : KindNames::label(m.kind), {QStringLiteral("kind")}, official);
    setValue(m_date, m.date.isValid() ? Translations::longDate(m.date) : tr("—"), {QStringLiteral("date")}, official);
    setValue(m_sender, orUnknown(m.sender), {QStringLiteral("sender")}, official);
    // A motie's indieners, a letter's two signatures: the principal one first; a long list of indieners is
    // summed up, every name in the tooltip.
    QStringList signers = m.signatories;
    if (!m.signatory.isEmpty() && signers.removeAll(m.signatory) >= 0)
        signers.prepend(m.signatory);
    const int shown = 3;
    setValue(m_signatory,
             signers.size() <= shown + 1 ? orUnknown(signers.join(QStringLiteral(", ")))
                                         : tr("%1 and %n others", nullptr, int(signers.size()) - shown)
                                               .arg(signers.mid(0, shown).join(QStringLiteral(", "))),
             {QStringLiteral("signatories")}, official,
             signers.size() > 1 ? signers.join(QLatin1Char('\n')) : QString());
    QString chamber;
    if (m.chamber == 1)
        chamber = tr("Eerste Kamer");
    else if (m.chamber == 2)
        chamber = tr("Tweede Kamer");
    setValue(
        m_session,
        orUnknown(QStringList{chamber, m.vergaderjaar}.filter(QRegularExpression(QStringLiteral("."))).join(tr(", "))),
        {QStringLiteral("chamber"), QStringLiteral("vergaderjaar")}, official);
    showSources(letter, sources);
    QStringList files;
    for (const RenditionRecord& r : letter.renditions)
        files.append(tr("%1 (%2, %n page(s))", "", r.pages).arg(breakable(r.originalName), formatName(r.format)));
    m_files->setText(files.join(QLatin1Char('\n')));
    // Said, because OCR text has misread words: a quote or a search may miss what the page image shows.
    QStringList textSources;
    for (const RenditionRecord& r : letter.renditions) {
        if (r.textSource == QLatin1String("ocr"))
            textSources.append(PdfOcr::sourceDescription());
        else if (r.ocrState == QLatin1String("pending"))
            textSources.append(tr("waiting for OCR"));
        else if (r.ocrState == QLatin1String("failed"))
            textSources.append(tr("OCR failed: no text for the scanned pages"));
        else
            textSources.append(r.format == QLatin1String("pdf") ? tr("the PDF's text layer") : tr("the file's text"));
    }
    textSources.removeDuplicates();
    m_textSource->setText(textSources.join(QLatin1Char('\n')));
    m_citation->setText(m.citation());
    m_copy->setEnabled(!m.citation().isEmpty());
    VoteResult votes;
    for (const OfficialSource& s : sources)
        if (votes.isEmpty())
            votes = s.record.votes;
    m_votes->setVotes(votes);
    updateGeometry(); // the longest word may have changed, and with it how narrow the dock may be
}

void MetadataPanel::showSources(const LetterRecord& letter, const QList<OfficialSource>& sources)
{
    QStringList lines, tips;
    for (const OfficialSource& s : sources) {
        const QString name = OfficialNames::source(s.record.source);
        lines.append(s.record.documentNumber.isEmpty() ? name : tr("%1, %2").arg(name, s.record.documentNumber));
        if (s.fetched.isValid()) {
            const QDateTime local = s.fetched.toLocalTime();
            tips.append(tr("%1: fetched on %2 at %3")
                            .arg(name, Translations::longDate(local.date()),
                                 QLocale().toString(local.time(), QLocale::ShortFormat)));
        }
    }
    // Without the library the letter only says which source it came from.
    if (lines.isEmpty() && !letter.officialSource.isEmpty())
        lines.append(OfficialNames::source(letter.officialSource));
    m_source->setText(lines.join(QLatin1Char('\n')));
    m_source->setToolTip(tips.join(QLatin1Char('\n')));
    m_form->setRowVisible(m_source, !lines.isEmpty());
}

void MetadataPanel::showWithdrawn(const LetterRecord& letter, const QList<OfficialSource>& sources)
{
    QStringList by;
    for (const OfficialSource& s : sources)
        if (s.record.deleted)
            by.append(OfficialNames::source(s.record.source));
    m_notice->setVisible(letter.withdrawn || !by.isEmpty());
    m_notice->setText(
        by.isEmpty()
            ? tr("Withdrawn by the official source. The document stays in your library with your annotations.")
            : tr("Withdrawn by %1: the document is no longer published there. It stays in your library with your "
                 "annotations.")
                  .arg(by.join(tr(" and "))));
}

} // namespace kl
