#pragma once

#include "BriefingPack.h"

#include <QRectF>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QPagedPaintDevice;

namespace kl {

class Library;

// Lays a BriefingPack out on A4 and paints it: cover, contents with page numbers, per letter its citation,
// metadata, excerpts and full text or original pages (highlights drawn on them), the cross-reference index, and
// on every page the title, the marking and the page number.
//
// A façade over the pack's layers: BriefingPackCollector reads the content from the library,
// BriefingPackLayout composes and paginates it, BriefingPackPainter paints the pages, all in PrintStyle.
//
// Reads the library on the thread that calls it: a Library lives on one thread, so a worker thread uses
// buildPdf(folder, ...), which opens its own. Every call opens its own Poppler documents.
//
//     BriefingPack pack;
//     pack.title = "Asiel en migratie";
//     pack.letterIds = {12, 15};
//     BriefingPackBuilder builder(library, pack);
//     if (builder.writePdf("/tmp/pack.pdf", &error) != BriefingPackBuilder::Done) ...
class BriefingPackBuilder {
public:
    enum Result { Done, Cancelled, Failed };
    // Pages painted so far and all pages; called between pages on the building thread.
    using Progress = std::function<void(int current, int total)>;

    BriefingPackBuilder(Library& library, const BriefingPack& pack);
    ~BriefingPackBuilder();

    void setProgress(Progress progress);
    // Checked between pages; when it is set the build stops and leaves no file.
    void setCancelFlag(const std::atomic_bool* cancel);

    // Writes the pack as a PDF: to a temporary file first, renamed to `path` only when complete, so a cancelled
    // or failed build leaves nothing (and an older file at `path` untouched).
    Result writePdf(const QString& path, QString* error = nullptr);
    // Paints the pack onto a paged device of the caller (a print dialog's QPrinter, a print preview's): sets A4,
    // full page, without margins (the pack has its own).
    Result paint(QPagedPaintDevice& device, QString* error = nullptr);

    // After a build: the number of pages, and the page (1-based) where each letter's heading stands.
    int pageCount() const;
    int pageOfLetter(qint64 letterId) const;

    // Opens the library in `libraryFolder` on the calling thread and writes the pack: what a worker thread calls.
    static Result buildPdf(const QString& libraryFolder, const BriefingPack& pack, const QString& path,
                           const Progress& progress, const std::atomic_bool* cancel, QString* error);

    // Where an original page of `sizePt` (points) is drawn on an A4 page of the pack, in points from its top left.
    static QRectF originalPageRect(const QSizeF& sizePt);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kl
