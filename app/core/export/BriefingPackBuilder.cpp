#include "BriefingPackBuilder.h"

#include "BriefingPackCollector.h"
#include "BriefingPackLayout.h"
#include "BriefingPackPainter.h"
#include "PrintStyle.h"
#include "library/Library.h"
#include "library/StoredCopy.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace kl {

struct BriefingPackBuilder::Private {
    Q_DECLARE_TR_FUNCTIONS(kl::BriefingPackBuilder)

public:
    Library& library;
    BriefingPack pack;
    Progress progress;
    const std::atomic_bool* cancel = nullptr;
    // Collected at the first build and kept: a print preview paints again for every change of its settings.
    std::optional<BriefingPackContent> content;
    std::unique_ptr<BriefingPackLayout> layout;

    Private(Library& l, const BriefingPack& p)
        : library(l)
        , pack(p)
    {
    }

    bool cancelled() const { return cancel && cancel->load(); }
    Result paint(QPagedPaintDevice& device, QString* error);
};

BriefingPackBuilder::Result BriefingPackBuilder::Private::paint(QPagedPaintDevice& target, QString* error)
{
    if (!content || content->letters.isEmpty()) {
        layout.reset();
        content = BriefingPackCollector(library, cancel).collect(pack);
        if (!content)
            return Cancelled;
    }
    if (content->letters.isEmpty()) {
        if (error)
            *error = tr("None of the documents of the pack is in the library.");
        return Failed;
    }
    // A pack printed from a copy that is not what was imported would show another document's pages.
    for (const BriefingPackContent::Letter& letter : content->letters) {
        if (letter.pdfPath.isEmpty())
            continue;
        if (const StoredCopy::State state = StoredCopy::verify(letter.pdfPath, letter.pdfSha256);
            state != StoredCopy::Good) {
            if (error)
                *error = tr("%1: %2").arg(letter.heading, StoredCopy::problem(state, letter.pdfPath));
            return Failed;
        }
    }
    // The whole sheet: the pack draws its own margins. Full-page mode also tells a QPrinter to put the origin at
    // the paper's corner, not at its printable area's.
    QPageLayout a4(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
    a4.setMode(QPageLayout::FullPageMode);
    target.setPageLayout(a4);
    layout = std::make_unique<BriefingPackLayout>(*content);
    layout->layOut(target);

    BriefingPackPainter pagePainter(*content, *layout);
    QPainter painter;
    if (!painter.begin(&target)) {
        if (error)
            *error = tr("Cannot paint on the output device.");
        return Failed;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const int pages = int(layout->pages().size());
    for (int i = 0; i < pages; ++i) {
        if (cancelled()) {
            painter.end();
            return Cancelled;
        }
        if (i > 0)
            target.newPage();
        pagePainter.paintPage(painter, i);
        if (progress)
            progress(i + 1, pages);
    }
    painter.end();
    return Done;
}

BriefingPackBuilder::BriefingPackBuilder(Library& library, const BriefingPack& pack)
    : d(std::make_unique<Private>(library, pack))
{
    if (d->pack.title.trimmed().isEmpty())
        d->pack.title = BriefingPack::defaultTitle();
}

BriefingPackBuilder::~BriefingPackBuilder() = default;

void BriefingPackBuilder::setProgress(Progress progress)
{
    d->progress = std::move(progress);
}

void BriefingPackBuilder::setCancelFlag(const std::atomic_bool* cancel)
{
    d->cancel = cancel;
}

BriefingPackBuilder::Result BriefingPackBuilder::writePdf(const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Private::tr("%1: %2").arg(path, file.errorString());
        return Failed;
    }
    Result result;
    {
        QPdfWriter writer(&file);
        PrintStyle::setUp(writer, d->pack.title);
        result = d->paint(writer, error);
    }
    if (result != Done) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit()) {
        if (error)
            *error = Private::tr("%1: %2").arg(path, file.errorString());
        return Failed;
    }
    return Done;
}

BriefingPackBuilder::Result BriefingPackBuilder::paint(QPagedPaintDevice& device, QString* error)
{
    return d->paint(device, error);
}

int BriefingPackBuilder::pageCount() const
{
    return d->layout ? int(d->layout->pages().size()) : 0;
}

int BriefingPackBuilder::pageOfLetter(qint64 letterId) const
{
    return d->layout ? d->layout->pageOf(BriefingPackFlow::letterAnchor(letterId)) : 0;
}

BriefingPackBuilder::Result BriefingPackBuilder::buildPdf(const QString& libraryFolder, const BriefingPack& pack,
                                                          const QString& path, const Progress& progress,
                                                          const std::atomic_bool* cancel, QString* error)
{
    const std::unique_ptr<Library> library = Library::open(libraryFolder, error);
    if (!library)
        return Failed;
    BriefingPackBuilder builder(*library, pack);
    builder.setProgress(progress);
    builder.setCancelFlag(cancel);
    return builder.writePdf(path, error);
}

QRectF BriefingPackBuilder::originalPageRect(const QSizeF& sizePt)
{
    return BriefingPackLayout::originalPageRect(sizePt);
}

} // namespace kl
