#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace kl {

class AnnotationStore;
class LinkStore;
class Library;
class LibrarySession;

// What every command is given: its parsed options, the library (opened on demand) and the ways to answer.
class CliContext {
public:
    // `parser` has parsed the arguments; `usage` is the text printed after a usage error.
    CliContext(const QCommandLineParser& parser, const QString& usage);
    ~CliContext();

    bool isSet(const char* option) const { return m_parser.isSet(QLatin1String(option)); }
    QString value(const char* option) const { return m_parser.value(QLatin1String(option)); }
    QStringList values(const char* option) const { return m_parser.values(QLatin1String(option)); }

    // Opens the library (--library DIR, else the default folder); false, with the error printed, when it cannot.
    bool openLibrary();
    // After a command: when SQLite found the database damaged on the way, says so and what to do, and the command
    // fails (exit 1) even where it printed what it could read.
    int afterCommand(int exitCode);
    // The folder of the library the command works on: --library DIR, else the default one.
    QString libraryFolder() const;
    Library& library() { return *m_library; }
    // Every edit goes through the session, as in the window.
    LibrarySession& session() { return *m_session; }
    const AnnotationStore& annotations() const;
    const LinkStore& links() const;
    // The letter an ID argument names; 0, with the error printed, when there is none.
    qint64 letterArgument(const QString& idOrKstId);
    // Opens the library and finds the letter: 0, with the error printed, when either fails.
    qint64 openLetter(const QString& idOrKstId);
    // The option's value as a number from 1; 0 when it is not one.
    int positiveNumber(const char* option) const;

    // Standard output, as UTF-8.
    static void out(const QString& text);
    // Standard error, as it is (progress lines).
    static void err(const QString& text);
    // "kamerlezer-cli: what" on standard error.
    static void error(const QString& what);
    // A file name as an output line may show it: as it is when it is plain, else in double quotes with its
    // control characters escaped ("a\nimported ..."), so a name can never forge a line of its own.
    static QString shownName(const QString& name);
    // The message and the usage on standard error; returns the exit code of a usage error, 2.
    int usageError(const QString& message) const;
    static bool stderrIsTerminal();

private:
    const QCommandLineParser& m_parser;
    QString m_usage;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<LibrarySession> m_session;
};

// One command of kamerlezer-cli: its name, its lines in the usage, the options it takes (no other command's)
// and what it does. Exit codes: 0 success, 1 some input failed, 2 usage error (DESIGN.md section 6).
class CliCommand {
public:
    // `usage`: the command's lines in the list of commands, as `kamerlezer-cli --help` prints them.
    CliCommand(const char* name, const char* usage, QList<QCommandLineOption> options = {});
    virtual ~CliCommand();
    CliCommand(const CliCommand&) = delete;
    CliCommand& operator=(const CliCommand&) = delete;

    QString name() const { return m_name; }
    QString usage() const { return m_usage; }
    const QList<QCommandLineOption>& options() const { return m_options; }
    // `kamerlezer-cli COMMAND --help`: the usage lines and the options.
    QString help(const QList<QCommandLineOption>& globalOptions) const;

    // `args`: the positional arguments after the command's name.
    virtual int run(CliContext& cli, const QStringList& args) = 0;

private:
    QString m_name;
    QString m_usage;
    QList<QCommandLineOption> m_options;
};

// Options that several commands take, each with the same meaning.
namespace CliOptions {
QCommandLineOption json();
QCommandLineOption dossier();
QCommandLineOption quote(const char* description);
QCommandLineOption note();
QCommandLineOption color(const char* description);
QCommandLineOption tag(const char* description);
QCommandLineOption limit();
QCommandLineOption output(const char* description);
} // namespace CliOptions

// The commands in the order of the usage.
const std::vector<std::unique_ptr<CliCommand>>& cliCommands();

} // namespace kl
