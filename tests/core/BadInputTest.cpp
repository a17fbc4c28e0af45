#include "TestPaths.h"
#include "import/DocumentReader.h"
#include "library/Library.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <unistd.h>

using kl::DocumentReader;

static QString errorFor(const QString& path)
{
    return DocumentReader::readFile(path).result.error;
}

TEST_CASE("Every kind of bad input gets a clear reason")
{
    QTemporaryDir tmp;
    CHECK(errorFor(TestPaths::data("empty.txt")) == QStringLiteral("the file is empty"));
    CHECK(errorFor(TestPaths::data("random.bin")).contains(QStringLiteral("binary data")));
    CHECK(errorFor(TestPaths::data("truncated.pdf")).contains(QStringLiteral("damaged or truncated")));
    CHECK(errorFor(TestPaths::data("encrypted.pdf")).contains(QStringLiteral("password")));
    CHECK(errorFor(TestPaths::data("utf16-no-bom.txt")).contains(QStringLiteral("unknown encoding")));
    CHECK(errorFor(tmp.path()) == QStringLiteral("is a folder, not a file"));
    CHECK(errorFor(tmp.filePath(QStringLiteral("missing.pdf"))) == QStringLiteral("no such file"));

    // 50 MB of text is not a letter: refused by its size before anything is read.
    QFile huge(tmp.filePath(QStringLiteral("huge.txt")));
    REQUIRE(huge.open(QIODevice::WriteOnly));
    REQUIRE(huge.resize(50LL * 1024 * 1024));
    huge.close();
    CHECK(errorFor(huge.fileName()).contains(QStringLiteral("too large")));
}

namespace {

// A file even root cannot open for reading: a write-only attribute of sysfs (the kernel refuses reads of an
// attribute without a read method, whatever the capabilities). Empty when the machine shows none.
QString writeOnlySysfsFile()
{
    QDirIterator it(QStringLiteral("/sys/devices"), {QStringLiteral("rescan")}, QDir::Files | QDir::System,
                    QDirIterator::Subdirectories);
    for (int seen = 0; it.hasNext() && seen < 2000; ++seen) {
        const QString path = it.next();
        QFile probe(path);
        if (!probe.open(QIODevice::ReadOnly))
            return path;
    }
    QFile zram(QStringLiteral("/sys/class/zram-control/hot_remove"));
    return zram.exists() && !zram.open(QIODevice::ReadOnly) ? zram.fileName() : QString();
}

} // namespace

TEST_CASE("An unreadable file says it cannot be read")
{
    QString path;
    QTemporaryDir tmp;
    if (geteuid() == 0) {
        // Root reads every file whatever its permissions; a file it cannot open for another reason stands in.
        path = writeOnlySysfsFile();
        if (path.isEmpty()) {
            WARN("SKIPPED: running as root and no file here refuses root a read");
            return;
        }
    } else {
        path = tmp.filePath(QStringLiteral("secret.txt"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Vergaderjaar 2024-2025\n");
        f.close();
        f.setPermissions(QFileDevice::Permissions());
    }
    INFO(path.toStdString());
    CHECK(errorFor(path).startsWith(QStringLiteral("cannot be read")));
}

TEST_CASE("A PDF without a text layer is imported, with a warning")
{
    const auto read = DocumentReader::readFile(TestPaths::data("no-text.pdf"));
    REQUIRE(read.result.ok());
    REQUIRE(read.result.document.warnings.size() == 1);
    CHECK(read.result.document.warnings.first().contains(QStringLiteral("no text layer")));
}

TEST_CASE("Bad input changes nothing stored in the library")
{
    QTemporaryDir tmp;
    QString error;
    auto library = kl::Library::open(tmp.path(), &error);
    REQUIRE(library);
    REQUIRE(library->importFile(TestPaths::data("letter.pdf")).status == kl::ImportOutcome::Imported);
    for (const char* bad : {"empty.txt", "random.bin", "truncated.pdf", "encrypted.pdf", "utf16-no-bom.txt"}) {
        const kl::ImportOutcome outcome = library->importFile(TestPaths::data(QString::fromLatin1(bad)));
        CHECK(outcome.failed());
        CHECK_FALSE(outcome.message.isEmpty());
    }
    CHECK(library->letterCount() == 1);
    CHECK(library->check().isEmpty());
    CHECK(QDir(tmp.filePath(QStringLiteral("files"))).entryList(QDir::Files).size() == 1);
}

TEST_CASE("KOOP XML is known in UTF-16 and after a long DOCTYPE, and declared entities are refused, not expanded",
          "[import][xml]")
{
    const QString motie = TestPaths::corpus(QStringLiteral("xml/kst-19637-3194__motie.xml"));
    QByteArray source;
    if (!motie.isEmpty()) {
        QFile f(motie);
        REQUIRE(f.open(QIODevice::ReadOnly));
        source = f.readAll();
    } else {
        WARN("the corpus is absent: a motie written here stands in for kst-19637-3194");
        source = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<officiele-publicatie><kamerstuk><dossier><dossiernummer>"
                 "<dossiernr>19 637</dossiernr></dossiernummer><titel>Vreemdelingenbeleid</titel></dossier><stuk>"
                 "<stuknr>Nr. <ondernummer kamer=\"2\">3194</ondernummer></stuknr><titel>MOTIE VAN HET LID CEDER"
                 "</titel><algemeen><vrije-tekst><tekst><al>De Kamer,</al></tekst></vrije-tekst></algemeen></stuk>"
                 "</kamerstuk></officiele-publicatie>\n";
    }
    auto read = [](const QByteArray& bytes) { return DocumentReader::readBytes(bytes); };
    const QString text = QString::fromUtf8(source);

    QString utf16Text = text;
    utf16Text.replace(QStringLiteral("encoding=\"UTF-8\""), QStringLiteral("encoding=\"UTF-16\""));
    QByteArray utf16("\xFF\xFE");
    utf16.append(reinterpret_cast<const char*>(utf16Text.utf16()), utf16Text.size() * 2);
    const DocumentReader::FileRead fromUtf16 = read(utf16);
    CHECK(fromUtf16.format == kl::FileFormat::KoopXml);
    REQUIRE(fromUtf16.result.ok());
    CHECK(fromUtf16.result.document.metadata.kstId == QStringLiteral("kst-19637-3194"));

    const qsizetype prolog = source.indexOf("?>") + 2;
    const QByteArray longDoctype = source.left(prolog) + "\n<!DOCTYPE officiele-publicatie [\n<!-- " +
                                   QByteArray(6000, 'x') + " -->\n]>\n" + source.mid(prolog);
    const DocumentReader::FileRead afterDoctype = read(longDoctype);
    CHECK(afterDoctype.format == kl::FileFormat::KoopXml);
    CHECK(afterDoctype.result.document.metadata.kstId == QStringLiteral("kst-19637-3194"));

    // Ten levels of ten: 10^9 characters from a file of 1.5 kilobytes.
    QByteArray laughs =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE officiele-publicatie [\n<!ENTITY a \"" + QByteArray(1000, 'x') + "\">\n";
    char previous = 'a';
    for (char level = 'b'; level <= 'j'; ++level) {
        laughs += QByteArray("<!ENTITY ") + level + " \"" + QByteArray("&").append(previous).append(';').repeated(10) +
                  "\">\n";
        previous = level;
    }
    laughs += "]>\n<officiele-publicatie><kamerstuk><stuk><al>&j;</al></stuk></kamerstuk></officiele-publicatie>\n";
    const DocumentReader::FileRead refused = read(laughs);
    CHECK_FALSE(refused.result.ok());
    CHECK(refused.result.error.contains(QStringLiteral("declares entities of its own")));
}
