#include "CliCommand.h"

#include "annotations/AnnotationStore.h"
#include "library/Library.h"
#include "library/LibraryBackups.h"
#include "links/LinkStore.h"
#include "session/LibrarySession.h"
#include "storage/Database.h"

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace kl {

CliContext::CliContext(const QCommandLineParser& parser, const QString& usage)
    : m_parser(parser)
    , m_usage(usage)
{
}

// The session goes before the library it works on.
CliContext::~CliContext()
{
    m_session.reset();
}

int CliContext::afterCommand(int exitCode)
{
    if (!m_library || !m_library->database().sawDamage())
        return exitCode;
    const QList<LibraryBackup> backups = LibraryBackups(m_library->folder()).list();
    error(QStringLiteral("%1/library.sqlite: the library's database is damaged (SQLite: database disk image is "
                         "malformed), so what was shown may be incomplete; `kamerlezer-cli check` names the damage%2")
              .arg(m_library->folder(),
                   backups.isEmpty()
                       ? QString()
                       : QStringLiteral(", `kamerlezer-cli restore-backup` puts the backup of %1 in "
                                        "place")
                             .arg(backups.first().taken.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))));
    return exitCode == 0 ? 1 : exitCode;
}

QString CliContext::libraryFolder() const
{
    return isSet("library") ? value("library") : Library::defaultFolder();
}

bool CliContext::openLibrary()
{
    QString why;
    bool damaged = false;
    m_library = Library::open(libraryFolder(), &why, &damaged);
    if (!m_library) {
        error(why);
        const QList<LibraryBackup> backups = LibraryBackups(libraryFolder()).list();
        if (damaged && !backups.isEmpty())
            error(QStringLiteral("the library's database is damaged; %1 backup(s) of it are there, the newest of %2: "
                                 "`kamerlezer-cli restore-backup` puts it in place (the damaged database is kept "
                                 "aside)")
                      .arg(backups.size())
                      .arg(backups.first().taken.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        return false;
    }
    m_session = std::make_unique<LibrarySession>(*m_library);
    return true;
}

const AnnotationStore& CliContext::annotations() const
{
    return m_session->annotations();
}

const LinkStore& CliContext::links() const
{
    return m_session->links();
}

qint64 CliContext::letterArgument(const QString& idOrKstId)
{
    const qint64 id = m_library->resolveId(idOrKstId);
    if (!id)
        error(QStringLiteral("%1: no such letter in the library").arg(idOrKstId));
    return id;
}

qint64 CliContext::openLetter(const QString& idOrKstId)
{
    return openLibrary() ? letterArgument(idOrKstId) : 0;
}

int CliContext::positiveNumber(const char* option) const
{
    bool numeric = false;
    const int n = value(option).toInt(&numeric);
    return numeric && n >= 1 ? n : 0;
}

void CliContext::out(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void CliContext::err(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

QString CliContext::shownName(const QString& name)
{
    const bool plain = std::none_of(name.cbegin(), name.cend(), [](QChar c) {
        return c.unicode() < 0x20 || c.unicode() == 0x7F || c == QChar::ReplacementCharacter || c == QLatin1Char('"');
    });
    if (plain)
        return name;
    QString out = QStringLiteral("\"");
    for (const QChar c : name) {
        if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

void CliContext::error(const QString& what)
{
    err(QStringLiteral("kamerlezer-cli: %1\n").arg(what));
}

int CliContext::usageError(const QString& message) const
{
    err(QStringLiteral("kamerlezer-cli: %1\n\n%2").arg(message, m_usage));
    return 2;
}

bool CliContext::stderrIsTerminal()
{
    return isatty(fileno(stderr));
}

CliCommand::CliCommand(const char* name, const char* usage, QList<QCommandLineOption> options)
    : m_name(QString::fromLatin1(name))
    , m_usage(QString::fromUtf8(usage))
    , m_options(std::move(options))
{
}

CliCommand::~CliCommand() = default;

QString CliCommand::help(const QList<QCommandLineOption>& globalOptions) const
{
    auto spelled = [](const QCommandLineOption& o) {
        QStringList names;
        for (const QString& n : o.names())
            names.append((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n);
        QString s = names.join(QStringLiteral(", "));
        if (!o.valueName().isEmpty())
            s += QLatin1Char(' ') + o.valueName();
        return s;
    };
    qsizetype width = 0;
    for (const QList<QCommandLineOption>* options : {&m_options, &globalOptions})
        for (const QCommandLineOption& o : *options)
            width = std::max(width, spelled(o).size());
    auto table = [&](const QList<QCommandLineOption>& options) {
        QString text;
        for (const QCommandLineOption& o : options) {
            QString description = o.description();
            if (!o.defaultValues().isEmpty())
                description += QStringLiteral(" Default: %1.").arg(o.defaultValues().join(QStringLiteral(", ")));
            text += QStringLiteral("  %1  %2\n").arg(spelled(o), -int(width)).arg(description);
        }
        return text;
    };
    QString text = QStringLiteral("Usage: kamerlezer-cli [--library DIR] %1 ...\n\n%2").arg(m_name, m_usage);
    if (!m_options.isEmpty())
        text += QStringLiteral("\nOptions:\n") + table(m_options);
    return text + QStringLiteral("\nGlobal options:\n") + table(globalOptions);
}

namespace CliOptions {

QCommandLineOption json()
{
    return {QStringLiteral("json"), QStringLiteral("Print JSON.")};
}

QCommandLineOption dossier()
{
    return {QStringLiteral("dossier"), QStringLiteral("Only this dossier."), QStringLiteral("NUMBER")};
}

QCommandLineOption quote(const char* description)
{
    return {QStringLiteral("quote"), QString::fromLatin1(description), QStringLiteral("TEXT")};
}

QCommandLineOption note()
{
    return {QStringLiteral("note"), QStringLiteral("A note on the passage."), QStringLiteral("TEXT")};
}

QCommandLineOption color(const char* description)
{
    return {QStringLiteral("color"), QString::fromLatin1(description), QStringLiteral("NAME")};
}

QCommandLineOption tag(const char* description)
{
    return {QStringLiteral("tag"), QString::fromLatin1(description), QStringLiteral("TAG")};
}

QCommandLineOption limit()
{
    return {QStringLiteral("limit"), QStringLiteral("At most N results."), QStringLiteral("N"), QStringLiteral("20")};
}

QCommandLineOption output(const char* description)
{
    return {QStringLiteral("output"), QString::fromLatin1(description), QStringLiteral("FILE")};
}

} // namespace CliOptions

} // namespace kl
