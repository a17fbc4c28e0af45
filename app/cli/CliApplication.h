#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <memory>

namespace kl {

class AnnotationStore;
class LinkStore;
class LibrarySession;
class Library;

// kamerlezer-cli: a thin shell over the core for scripts and servers (DESIGN.md section 6).
// Exit codes: 0 success, 1 some input failed, 2 usage error.
class CliApplication {
public:
    CliApplication();
    ~CliApplication();
    int run(const QStringList& arguments);

private:
    int inspect(const QStringList& args);
    int importPaths(const QStringList& args);
    int list(const QStringList& args);
    int show(const QStringList& args);
    int check(const QStringList& args);
    int annotate(const QStringList& args);
    int search(const QStringList& args);
    int link(const QStringList& args);
    int related(const QStringList& args);
    int exportPdf(const QStringList& args);
    int pack(const QStringList& args);
    int importNotes(const QStringList& args);
    int importAnnotations(const QStringList& args);
    int exportNotes(const QStringList& args);
    bool writeOutput(const QByteArray& bytes);

    bool openLibrary();
    // The letter an ID argument names; 0, with the error printed, when there is none.
    qint64 letterArgument(const QString& idOrKstId);
    int usageError(const QString& message);
    void error(const QString& what);

    QCommandLineParser m_parser;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<LibrarySession> m_session;
};

} // namespace kl
