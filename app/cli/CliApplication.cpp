#include "CliApplication.h"

#include "JsonOutput.h"
#include "annotations/AnnotationColor.h"
#include "annotations/AnnotationStore.h"
#include "annotations/NotesExporter.h"
#include "annotations/QuoteAnnotator.h"
#include "export/AnnotatedPdfExporter.h"
#include "export/BriefingPackBuilder.h"
#include "export/PdfAnnotationImporter.h"
#include "export/W3cAnnotations.h"
#include "import/ImportPaths.h"
#include "library/Library.h"
#include "library/RenditionText.h"
#include "links/LinkStore.h"
#include "search/SearchEngine.h"
#include "session/LibrarySession.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace kl {

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
    std::signal(SIGINT, SIG_DFL); // a second Ctrl+C ends at once; SQLite rolls back the open transaction
}

void out(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void err(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

const char* kUsage = R"(Usage: kamerlezer-cli [--library DIR] COMMAND ...

Commands:
  inspect FILE [--json]               read a file without storing it: metadata and references
  import PATH...                      files, or folders (recursive); a line per file
  list [--json] [--dossier NUMBER]    letters in the library
  show ID [--json]                    one letter: metadata, references, backlinks
  search QUERY [--json] [--limit N]   full-text search over letters and notes: words, "phrases", prefix*,
                                      AND/OR/NOT; filters --dossier, --kind, --vergaderjaar, --from DATE,
                                      --to DATE, --sender TEXT, --notes-only
  annotate ID --quote TEXT [--occurrence N] [--color NAME] [--note TEXT] [--tag TAG]...
                                      highlight a passage of a letter
  link ID --quote TEXT --to ID2 [--to-quote TEXT] [--note TEXT]
                                      a cross-reference from a passage to another letter (or a passage in it)
  related ID --quote TEXT [--json]    passages elsewhere in the library that match
  export-pdf ID OUT.pdf [--no-notes] [--color NAME]... [--tag TAG]...
                                      the letter as a PDF with its annotations as real PDF annotations
  export-notes (ID | --dossier NUMBER) [--format markdown|w3c] [--output FILE]
                                      the annotations: a Markdown briefing, or W3C Web Annotation JSON-LD
  import-notes FILE                   W3C JSON written by export-notes, anchored in this library
  import-annotations ID FILE.pdf      the highlights of a PDF (Acrobat, Okular, our export) as annotations
  pack (ID... | --dossier NUMBER) --output OUT.pdf [--title TEXT] [--marking TEXT] [--organisation TEXT]
       [--body text|pages|none]       a briefing pack: cover, contents, excerpts with notes, the letters,
                                      and an index of the cross-references
  check                               integrity check of the library

Colours: yellow (the default), green, blue, pink, orange, red, purple, or #rrggbb.

ID is the internal number or the kstId (kst-19637-3274). The library is DIR, else $KAMERLEZER_LIBRARY,
else the user's data folder. Exit codes: 0 success, 1 some input failed, 2 usage error.
)";

} // namespace

CliApplication::CliApplication() = default;
CliApplication::~CliApplication() = default;

int CliApplication::run(const QStringList& arguments)
{
    m_parser.setApplicationDescription(
        QStringLiteral("Kamerlezer: Dutch parliamentary documents from the command line"));
    m_parser.addOption({QStringLiteral("library"), QStringLiteral("The library folder."), QStringLiteral("DIR")});
    m_parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    m_parser.addOption({QStringLiteral("dossier"), QStringLiteral("Only this dossier."), QStringLiteral("NUMBER")});
    m_parser.addOption({QStringLiteral("quote"), QStringLiteral("The passage to annotate."), QStringLiteral("TEXT")});
    m_parser.addOption({QStringLiteral("occurrence"), QStringLiteral("Which occurrence of the quote."),
                        QStringLiteral("N"), QStringLiteral("1")});
    m_parser.addOption({QStringLiteral("color"), QStringLiteral("Highlight colour."), QStringLiteral("NAME"),
                        QStringLiteral("yellow")});
    m_parser.addOption({QStringLiteral("note"), QStringLiteral("A note on the passage."), QStringLiteral("TEXT")});
    m_parser.addOption({QStringLiteral("tag"), QStringLiteral("A tag (repeatable)."), QStringLiteral("TAG")});
    m_parser.addOption({QStringLiteral("format"), QStringLiteral("Output format."), QStringLiteral("FORMAT"),
                        QStringLiteral("markdown")});
    m_parser.addOption({QStringLiteral("output"), QStringLiteral("Write to FILE."), QStringLiteral("FILE")});
    m_parser.addOption(
        {QStringLiteral("limit"), QStringLiteral("At most N results."), QStringLiteral("N"), QStringLiteral("20")});
    m_parser.addOption({QStringLiteral("kind"), QStringLiteral("Only this kind."), QStringLiteral("KIND")});
    m_parser.addOption(
        {QStringLiteral("vergaderjaar"), QStringLiteral("Only this vergaderjaar."), QStringLiteral("YYYY-YYYY")});
    m_parser.addOption({QStringLiteral("from"), QStringLiteral("Dated on or after."), QStringLiteral("DATE")});
    m_parser.addOption({QStringLiteral("sender"), QStringLiteral("Sender contains."), QStringLiteral("TEXT")});
    m_parser.addOption({QStringLiteral("notes-only"), QStringLiteral("Search only in notes.")});
    m_parser.addOption({QStringLiteral("to"), QStringLiteral("Dated on or before (search); the linked letter (link)."),
                        QStringLiteral("DATE|ID")});
    m_parser.addOption({QStringLiteral("to-quote"), QStringLiteral("The passage linked to."), QStringLiteral("TEXT")});
    m_parser.addOption({QStringLiteral("no-notes"), QStringLiteral("Leave the notes out of the PDF.")});
    m_parser.addOption(
        {QStringLiteral("title"), QStringLiteral("Title of the briefing pack."), QStringLiteral("TEXT")});
    m_parser.addOption(
        {QStringLiteral("marking"), QStringLiteral("Marking on every page (Intern, ...)."), QStringLiteral("TEXT")});
    m_parser.addOption(
        {QStringLiteral("organisation"), QStringLiteral("Organisation on the cover."), QStringLiteral("TEXT")});
    m_parser.addOption({QStringLiteral("body"), QStringLiteral("After the excerpts: text, pages or none."),
                        QStringLiteral("BODY"), QStringLiteral("text")});
    m_parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")});
    m_parser.addOption({QStringLiteral("version"), QStringLiteral("Show the version.")});
    m_parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do."));
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("version"))) {
        out(QStringLiteral("kamerlezer-cli %1\n").arg(QStringLiteral(KAMERLEZER_VERSION)));
        return 0;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        out(QString::fromLatin1(kUsage));
        return 0;
    }
    QStringList args = m_parser.positionalArguments();
    if (args.isEmpty())
        return usageError(QStringLiteral("no command given"));
    const QString command = args.takeFirst();
    using Command = int (CliApplication::*)(const QStringList&);
    static const QHash<QString, Command> commands{
        {QStringLiteral("inspect"), &CliApplication::inspect},
        {QStringLiteral("import"), &CliApplication::importPaths},
        {QStringLiteral("list"), &CliApplication::list},
        {QStringLiteral("show"), &CliApplication::show},
        {QStringLiteral("search"), &CliApplication::search},
        {QStringLiteral("annotate"), &CliApplication::annotate},
        {QStringLiteral("link"), &CliApplication::link},
        {QStringLiteral("related"), &CliApplication::related},
        {QStringLiteral("export-pdf"), &CliApplication::exportPdf},
        {QStringLiteral("export-notes"), &CliApplication::exportNotes},
        {QStringLiteral("import-notes"), &CliApplication::importNotes},
        {QStringLiteral("import-annotations"), &CliApplication::importAnnotations},
        {QStringLiteral("pack"), &CliApplication::pack},
        {QStringLiteral("check"), &CliApplication::check},
    };
    if (const auto it = commands.constFind(command); it != commands.cend())
        return (this->**it)(args);
    return usageError(QStringLiteral("unknown command '%1'").arg(command));
}

int CliApplication::usageError(const QString& message)
{
    err(QStringLiteral("kamerlezer-cli: %1\n\n%2").arg(message, QString::fromLatin1(kUsage)));
    return 2;
}

void CliApplication::error(const QString& what)
{
    err(QStringLiteral("kamerlezer-cli: %1\n").arg(what));
}

qint64 CliApplication::letterArgument(const QString& idOrKstId)
{
    const qint64 id = m_library->resolveId(idOrKstId);
    if (!id)
        error(QStringLiteral("%1: no such letter in the library").arg(idOrKstId));
    return id;
}

bool CliApplication::openLibrary()
{
    const QString folder = m_parser.isSet(QStringLiteral("library")) ? m_parser.value(QStringLiteral("library"))
                                                                     : Library::defaultFolder();
    QString why;
    m_library = Library::open(folder, &why);
    if (!m_library)
        error(why);
    else {
        m_session = std::make_unique<LibrarySession>(*m_library);
    }
    return bool(m_library);
}

int CliApplication::inspect(const QStringList& args)
{
    if (args.size() != 1)
        return usageError(QStringLiteral("inspect takes one FILE"));
    const DocumentReader::FileRead read = DocumentReader::readFile(args.first());
    if (!read.result.ok()) {
        error(QStringLiteral("%1: %2").arg(args.first(), read.result.error));
        return 1;
    }
    const ImportedDocument& doc = read.result.document;
    for (const QString& warning : doc.warnings)
        error(QStringLiteral("%1: warning: %2").arg(args.first(), warning));
    if (m_parser.isSet(QStringLiteral("json"))) {
        out(QString::fromUtf8(JsonOutput::print(JsonOutput::inspected(doc))));
        return 0;
    }
    const QJsonObject o = JsonOutput::inspected(doc);
    for (const char* key : {"kstId", "citation", "kind", "title", "date", "sender", "signatory", "vergaderjaar",
                            "chamber", "ondernummer", "namedAs", "format", "pages"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        out(QStringLiteral("%1: %2\n")
                .arg(QLatin1String(key), -13)
                .arg(v.isNull() ? QStringLiteral("-") : v.toVariant().toString()));
    }
    for (const Dossier& d : doc.metadata.dossiers)
        out(QStringLiteral("%1: %2 %3\n").arg(QStringLiteral("dossier"), -13).arg(d.display(), d.title));
    out(QStringLiteral("%1: %2\n").arg(QStringLiteral("references"), -13).arg(doc.references.size()));
    for (const Reference& r : doc.references)
        out(QStringLiteral("  %1  %2\n").arg(r.target, -28).arg(r.text.simplified()));
    return 0;
}

int CliApplication::importPaths(const QStringList& args)
{
    if (args.isEmpty())
        return usageError(QStringLiteral("import needs at least one PATH"));
    if (!openLibrary())
        return 1;
    const QStringList files = ImportPaths::expand(args);
    const bool terminal = isatty(fileno(stderr));
    std::signal(SIGINT, onInterrupt);
    int failed = 0, done = 0;
    for (const QString& file : files) {
        if (g_interrupted)
            break;
        if (terminal)
            err(QStringLiteral("\r\033[K[%1/%2] %3").arg(done + 1).arg(files.size()).arg(QFileInfo(file).fileName()));
        const ImportOutcome outcome = m_library->importFile(file);
        if (terminal)
            err(QStringLiteral("\r\033[K"));
        ++done;
        switch (outcome.status) {
        case ImportOutcome::Failed:
            ++failed;
            error(QStringLiteral("%1: %2").arg(file, outcome.message));
            continue;
        case ImportOutcome::Imported:
            out(QStringLiteral("imported   %1  %2\n").arg(outcome.letterKey, file));
            break;
        case ImportOutcome::AddedRendition:
            out(QStringLiteral("rendition  %1  %2\n").arg(outcome.letterKey, file));
            break;
        case ImportOutcome::Unchanged:
            out(QStringLiteral("unchanged  %1  %2\n").arg(outcome.letterKey, file));
            break;
        }
        for (const QString& warning : outcome.warnings)
            error(QStringLiteral("%1: warning: %2").arg(file, warning));
        std::fflush(stdout);
    }
    std::signal(SIGINT, SIG_DFL);
    if (g_interrupted) {
        error(QStringLiteral("interrupted after %1 of %2 files; every file imported so far is complete")
                  .arg(done)
                  .arg(files.size()));
        return 1;
    }
    return failed ? 1 : 0;
}

int CliApplication::list(const QStringList& args)
{
    if (!args.isEmpty())
        return usageError(QStringLiteral("list takes no arguments"));
    if (!openLibrary())
        return 1;
    const QList<LetterRecord> letters = m_library->letters(m_parser.value(QStringLiteral("dossier")));
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const LetterRecord& letter : letters)
            array.append(letter.toJson());
        out(QString::fromUtf8(JsonOutput::print(array)));
        return 0;
    }
    for (const LetterRecord& l : letters) {
        const DocumentMetadata& m = l.metadata;
        out(QStringLiteral("%1  %2  %3  %4  %5\n")
                .arg(l.id, 5)
                .arg(m.kstId.isEmpty() ? QStringLiteral("-") : m.kstId, -20)
                .arg(m.kind.isEmpty() ? QStringLiteral("-") : m.kind, -24)
                .arg(m.date.isValid() ? m.date.toString(Qt::ISODate) : QStringLiteral("-"), -10)
                .arg(l.displayTitle()));
    }
    return 0;
}

int CliApplication::show(const QStringList& args)
{
    if (args.size() != 1)
        return usageError(QStringLiteral("show takes one ID"));
    if (!openLibrary())
        return 1;
    const qint64 id = letterArgument(args.first());
    const std::optional<LetterRecord> letter = id ? m_library->letter(id) : std::nullopt;
    if (!letter)
        return 1;
    const QJsonObject o = JsonOutput::shown(*m_library, m_session->annotations(), m_session->links(), *letter);
    if (m_parser.isSet(QStringLiteral("json"))) {
        out(QString::fromUtf8(JsonOutput::print(o)));
        return 0;
    }
    const DocumentMetadata& m = letter->metadata;
    out(QStringLiteral("%1\n").arg(letter->displayTitle()));
    if (!m.citation().isEmpty())
        out(QStringLiteral("%1\n").arg(m.citation()));
    for (const Dossier& d : m.dossiers)
        out(QStringLiteral("dossier     %1 %2\n").arg(d.display(), d.title));
    out(QStringLiteral("kind        %1\ndate        %2\nsender      %3\nsignatory   %4\n")
            .arg(m.kind, m.date.toString(Qt::ISODate), m.sender, m.signatory));
    for (const RenditionRecord& r : letter->renditions)
        out(QStringLiteral("rendition   %1, %2 pages, %3\n").arg(r.format).arg(r.pages).arg(r.originalName));
    out(QStringLiteral("references  %1\nbacklinks   %2\n")
            .arg(o.value(QStringLiteral("references")).toArray().size())
            .arg(o.value(QStringLiteral("backlinks")).toArray().size()));
    return 0;
}

int CliApplication::search(const QStringList& args)
{
    if (args.isEmpty())
        return usageError(QStringLiteral("search takes a QUERY"));
    bool numeric = false;
    const int limit = m_parser.value(QStringLiteral("limit")).toInt(&numeric);
    if (!numeric || limit < 1)
        return usageError(QStringLiteral("--limit takes a number from 1"));
    SearchQuery query;
    query.text = args.join(QLatin1Char(' '));
    query.dossier = m_parser.value(QStringLiteral("dossier"));
    query.kind = m_parser.value(QStringLiteral("kind"));
    query.vergaderjaar = m_parser.value(QStringLiteral("vergaderjaar"));
    query.sender = m_parser.value(QStringLiteral("sender"));
    query.onlyNotes = m_parser.isSet(QStringLiteral("notes-only"));
    for (const char* name : {"from", "to"}) {
        if (!m_parser.isSet(QLatin1String(name)))
            continue;
        const QDate d = QDate::fromString(m_parser.value(QLatin1String(name)), Qt::ISODate);
        if (!d.isValid())
            return usageError(QStringLiteral("--%1 takes a date as YYYY-MM-DD").arg(QLatin1String(name)));
        (qstrcmp(name, "from") == 0 ? query.from : query.to) = d;
    }
    if (!openLibrary())
        return 1;
    QString why;
    const QList<SearchHit> hits = SearchEngine(*m_library).search(query, limit, &why);
    if (!why.isEmpty()) {
        error(QStringLiteral("cannot search for '%1': %2").arg(query.text, why));
        return 1;
    }
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SearchHit& h : hits)
            array.append(
                QJsonObject{{"id", h.letterId},
                            {"kstId", h.kstId.isEmpty() ? QJsonValue() : QJsonValue(h.kstId)},
                            {"title", h.title},
                            {"page", h.page},
                            {"snippet", h.markedSnippet(QStringLiteral("**"), QStringLiteral("**"))},
                            {"score", h.score},
                            {"in", h.in == SearchHit::Note ? QStringLiteral("note") : QStringLiteral("text")}});
        out(QString::fromUtf8(JsonOutput::print(array)));
        return 0;
    }
    for (const SearchHit& h : hits)
        out(QStringLiteral("%1  p. %2  %3%4\n    %5\n")
                .arg(h.kstId.isEmpty() ? QString::number(h.letterId) : h.kstId, -20)
                .arg(h.page)
                .arg(h.title, h.in == SearchHit::Note ? QStringLiteral(" (note)") : QString())
                .arg(h.markedSnippet(QStringLiteral("["), QStringLiteral("]"))));
    return 0;
}

int CliApplication::link(const QStringList& args)
{
    if (args.size() != 1 || !m_parser.isSet(QStringLiteral("quote")) || !m_parser.isSet(QStringLiteral("to")))
        return usageError(QStringLiteral("link takes one ID, --quote TEXT and --to ID2"));
    if (!openLibrary())
        return 1;
    const qint64 from = letterArgument(args.first());
    const QString toName = m_parser.value(QStringLiteral("to"));
    const qint64 to = from ? letterArgument(toName) : 0;
    if (!from || !to)
        return 1;
    const Result<qint64> made =
        m_session->linkQuotes(from, m_parser.value(QStringLiteral("quote")), to,
                              m_parser.value(QStringLiteral("to-quote")), m_parser.value(QStringLiteral("note")));
    if (!made) {
        error(QStringLiteral("%1: %2").arg(args.first(), made.error().message()));
        return 1;
    }
    out(QStringLiteral("linked     %1 -> %2  link %3\n").arg(args.first(), toName).arg(*made));
    return 0;
}

int CliApplication::related(const QStringList& args)
{
    if (args.size() != 1 || !m_parser.isSet(QStringLiteral("quote")))
        return usageError(QStringLiteral("related takes one ID and --quote TEXT"));
    bool numeric = false;
    const int limit = m_parser.value(QStringLiteral("limit")).toInt(&numeric);
    if (!numeric || limit < 1)
        return usageError(QStringLiteral("--limit takes a number from 1"));
    if (!openLibrary())
        return 1;
    const qint64 id = letterArgument(args.first());
    if (!id)
        return 1;
    const QList<SearchHit> hits = SearchEngine(*m_library).similar(m_parser.value(QStringLiteral("quote")), id, limit);
    QJsonArray array;
    for (const SearchHit& h : hits) {
        const QString text = RenditionText::load(*m_library, h.renditionId).text().mid(h.start, h.end - h.start);
        if (m_parser.isSet(QStringLiteral("json"))) {
            array.append(QJsonObject{{"id", h.letterId},
                                     {"kstId", h.kstId.isEmpty() ? QJsonValue() : QJsonValue(h.kstId)},
                                     {"title", h.title},
                                     {"page", h.page},
                                     {"text", text.simplified()},
                                     {"score", h.score}});
        } else {
            out(QStringLiteral("%1  p. %2  %3\n    %4\n")
                    .arg(h.kstId.isEmpty() ? QString::number(h.letterId) : h.kstId, -20)
                    .arg(h.page)
                    .arg(h.title, text.simplified().left(300)));
        }
    }
    if (m_parser.isSet(QStringLiteral("json")))
        out(QString::fromUtf8(JsonOutput::print(array)));
    return 0;
}

int CliApplication::exportPdf(const QStringList& args)
{
    if (args.size() != 2)
        return usageError(QStringLiteral("export-pdf takes an ID and OUT.pdf"));
    if (!openLibrary())
        return 1;
    const qint64 id = letterArgument(args.first());
    if (!id)
        return 1;
    AnnotatedPdfOptions options;
    options.includeNotes = !m_parser.isSet(QStringLiteral("no-notes"));
    if (m_parser.isSet(QStringLiteral("color")))
        for (const QString& c : m_parser.values(QStringLiteral("color")))
            options.colors.append(AnnotationColor::normalized(c));
    options.tags = m_parser.values(QStringLiteral("tag"));
    options.author = qEnvironmentVariable("USER");
    QString why;
    const int written =
        AnnotatedPdfExporter::exportLetter(*m_library, m_session->annotations(), id, args[1], options, &why);
    if (written < 0) {
        error(QStringLiteral("%1: %2").arg(args.first(), why));
        return 1;
    }
    out(QStringLiteral("exported   %1  %2 annotation(s)  %3\n").arg(args.first()).arg(written).arg(args[1]));
    return 0;
}

int CliApplication::importNotes(const QStringList& args)
{
    if (args.size() != 1)
        return usageError(QStringLiteral("import-notes takes one FILE"));
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly)) {
        error(QStringLiteral("%1: cannot be read: %2").arg(args.first(), file.errorString()));
        return 1;
    }
    if (!openLibrary())
        return 1;
    const Result<W3cAnnotations::ImportResult> imported = m_session->importW3c(file.readAll());
    if (!imported) {
        error(QStringLiteral("%1: %2").arg(args.first(), imported.error().message()));
        return 1;
    }
    const W3cAnnotations::ImportResult& r = *imported;
    for (const QString& p : r.problems)
        error(QStringLiteral("%1: %2").arg(args.first(), p));
    out(QStringLiteral("imported   %1 annotation(s), %2 already there, %3 not found in the text (kept, to re-attach)\n")
            .arg(r.added)
            .arg(r.duplicates)
            .arg(r.orphans));
    return r.problems.isEmpty() ? 0 : 1;
}

int CliApplication::importAnnotations(const QStringList& args)
{
    if (args.size() != 2)
        return usageError(QStringLiteral("import-annotations takes an ID and FILE.pdf"));
    if (!openLibrary())
        return 1;
    const qint64 id = letterArgument(args.first());
    if (!id)
        return 1;
    const Result<PdfAnnotationImporter::Result> imported = m_session->importPdfAnnotations(id, args[1]);
    if (!imported) {
        error(QStringLiteral("%1: %2").arg(args[1], imported.error().message()));
        return 1;
    }
    const PdfAnnotationImporter::Result& r = *imported;
    out(QStringLiteral("imported   %1 annotation(s), %2 already there, %3 not found in the letter\n")
            .arg(r.added)
            .arg(r.duplicates)
            .arg(r.unplaced));
    return 0;
}

int CliApplication::pack(const QStringList& args)
{
    const bool byDossier = m_parser.isSet(QStringLiteral("dossier"));
    if ((byDossier == !args.isEmpty()) || !m_parser.isSet(QStringLiteral("output")))
        return usageError(QStringLiteral("pack takes IDs or --dossier NUMBER, and --output OUT.pdf"));
    const QString body = m_parser.value(QStringLiteral("body"));
    if (body != QLatin1String("text") && body != QLatin1String("pages") && body != QLatin1String("none"))
        return usageError(QStringLiteral("--body takes text, pages or none"));
    if (!openLibrary())
        return 1;
    BriefingPack p;
    if (byDossier) {
        for (const LetterRecord& l : m_library->letters(m_parser.value(QStringLiteral("dossier"))))
            p.letterIds.append(l.id);
        if (p.letterIds.isEmpty()) {
            error(
                QStringLiteral("dossier %1: no letters in the library").arg(m_parser.value(QStringLiteral("dossier"))));
            return 1;
        }
    }
    for (const QString& a : args) {
        const qint64 id = letterArgument(a);
        if (!id)
            return 1;
        p.letterIds.append(id);
    }
    p.title = m_parser.isSet(QStringLiteral("title")) ? m_parser.value(QStringLiteral("title"))
                                                      : BriefingPack::defaultTitle();
    p.marking = m_parser.value(QStringLiteral("marking"));
    p.organisation = m_parser.value(QStringLiteral("organisation"));
    p.body = body == QLatin1String("pages")  ? BriefingPack::OriginalPages
             : body == QLatin1String("none") ? BriefingPack::NoBody
                                             : BriefingPack::FullText;
    BriefingPackBuilder builder(*m_library, p);
    const bool terminal = isatty(fileno(stderr));
    if (terminal)
        builder.setProgress(
            [](int current, int total) { err(QStringLiteral("\r\033[Kpage %1 of %2").arg(current).arg(total)); });
    QString why;
    const auto result = builder.writePdf(m_parser.value(QStringLiteral("output")), &why);
    if (terminal)
        err(QStringLiteral("\r\033[K"));
    if (result != BriefingPackBuilder::Done) {
        error(QStringLiteral("%1: %2").arg(m_parser.value(QStringLiteral("output")), why));
        return 1;
    }
    out(QStringLiteral("packed     %1 letter(s), %2 pages  %3\n")
            .arg(p.letterIds.size())
            .arg(builder.pageCount())
            .arg(m_parser.value(QStringLiteral("output"))));
    return 0;
}

int CliApplication::annotate(const QStringList& args)
{
    if (args.size() != 1 || !m_parser.isSet(QStringLiteral("quote")))
        return usageError(QStringLiteral("annotate takes one ID and --quote TEXT"));
    const QString color = AnnotationColor::normalized(m_parser.value(QStringLiteral("color")));
    if (color.isEmpty())
        return usageError(QStringLiteral("unknown colour '%1'").arg(m_parser.value(QStringLiteral("color"))));
    bool numeric = false;
    const int occurrence = m_parser.value(QStringLiteral("occurrence")).toInt(&numeric);
    if (!numeric || occurrence < 1)
        return usageError(QStringLiteral("--occurrence takes a number from 1"));
    if (!openLibrary())
        return 1;
    const qint64 id = letterArgument(args.first());
    if (!id)
        return 1;
    const Result<qint64> made =
        m_session->annotateQuote(id, m_parser.value(QStringLiteral("quote")), occurrence, color,
                                 m_parser.value(QStringLiteral("note")), m_parser.values(QStringLiteral("tag")));
    if (!made) {
        error(QStringLiteral("%1: %2").arg(args.first(), made.error().message()));
        return 1;
    }
    const Annotation a = *m_session->annotations().annotation(*made);
    out(QStringLiteral("annotated  %1  annotation %2%3\n")
            .arg(args.first())
            .arg(a.id)
            .arg(a.page ? QStringLiteral(", page %1").arg(a.page) : QString()));
    return 0;
}

bool CliApplication::writeOutput(const QByteArray& bytes)
{
    if (!m_parser.isSet(QStringLiteral("output"))) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return true;
    }
    QSaveFile file(m_parser.value(QStringLiteral("output")));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        error(QStringLiteral("%1: cannot write: %2").arg(file.fileName(), file.errorString()));
        return false;
    }
    return true;
}

int CliApplication::exportNotes(const QStringList& args)
{
    const bool byDossier = m_parser.isSet(QStringLiteral("dossier"));
    if (byDossier == (args.size() == 1) || args.size() > 1)
        return usageError(QStringLiteral("export-notes takes one ID or --dossier NUMBER"));
    const QString format = m_parser.value(QStringLiteral("format"));
    if (format != QLatin1String("markdown") && format != QLatin1String("w3c"))
        return usageError(QStringLiteral("unknown format '%1' (markdown or w3c)").arg(format));
    if (!openLibrary())
        return 1;
    QList<qint64> ids;
    if (byDossier) {
        for (const LetterRecord& l : m_library->letters(m_parser.value(QStringLiteral("dossier"))))
            ids.append(l.id);
        if (ids.isEmpty()) {
            error(
                QStringLiteral("dossier %1: no letters in the library").arg(m_parser.value(QStringLiteral("dossier"))));
            return 1;
        }
    } else {
        const qint64 id = letterArgument(args.first());
        if (!id)
            return 1;
        ids.append(id);
    }
    const QByteArray bytes = format == QLatin1String("w3c")
                                 ? W3cAnnotations::write(*m_library, m_session->annotations(), ids)
                                 : NotesExporter::markdown(*m_library, m_session->annotations(), ids).toUtf8();
    return writeOutput(bytes) ? 0 : 1;
}

int CliApplication::check(const QStringList& args)
{
    if (!args.isEmpty())
        return usageError(QStringLiteral("check takes no arguments"));
    if (!openLibrary())
        return 1;
    const QStringList problems = m_library->check();
    for (const QString& p : problems)
        error(p);
    if (!problems.isEmpty())
        return 1;
    out(QStringLiteral("library ok: %1 letters in %2\n").arg(m_library->letterCount()).arg(m_library->folder()));
    return 0;
}

} // namespace kl
