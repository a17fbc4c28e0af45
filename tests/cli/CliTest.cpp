#include "ExpectedField.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <catch2/catch.hpp>
#include <csignal>
#include <cstdio>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(TestPaths::cli(), args);
    REQUIRE(p.waitForFinished(120000));
    return Run{p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

QJsonValue json(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

} // namespace

TEST_CASE("inspect of every corpus file matches expected.json")
{
    const QString root = TestPaths::corpus();
    if (root.isEmpty()) {
        WARN("SKIPPED: no corpus at ../shared/corpus");
        return;
    }
    QFile f(root + QStringLiteral("/expected.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(f.readAll()).object();
    REQUIRE(expected.size() == 21);
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        INFO(it.key().toStdString());
        const Run run = cli({QStringLiteral("inspect"), QStringLiteral("--json"), root + QLatin1Char('/') + it.key()});
        REQUIRE(run.exitCode == 0);
        const QJsonObject got = json(run.out).toObject();
        const QJsonObject want = it.value().toObject();
        for (auto field = want.begin(); field != want.end(); ++field) {
            INFO(field.key().toStdString());
            if (field.key() == QLatin1String("references")) {
                QStringList targets;
                for (const QJsonValue& r : got.value(QStringLiteral("references")).toArray())
                    targets.append(r[QStringLiteral("target")].toString());
                for (const QJsonValue& t : field.value().toArray()) {
                    INFO(t.toString().toStdString());
                    CHECK(targets.contains(t.toString()));
                }
            } else {
                CHECK(expectedField(got, field.key()) == field.value());
            }
        }
    }
}

TEST_CASE("Importing the corpus twice: 21 letters, then no change")
{
    const QString root = TestPaths::corpus();
    if (root.isEmpty()) {
        WARN("SKIPPED: no corpus at ../shared/corpus");
        return;
    }
    QTemporaryDir lib;
    const QStringList base{QStringLiteral("--library"), lib.path()};
    const Run first = cli(base + QStringList{QStringLiteral("import"), root});
    INFO(first.err.toStdString());
    CHECK(first.exitCode == 0);
    CHECK(first.out.count("imported ") == 21);

    const Run list = cli(base + QStringList{QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(json(list.out).toArray().size() == 21);

    const Run second = cli(base + QStringList{QStringLiteral("import"), root});
    CHECK(second.exitCode == 0);
    CHECK(second.out.count("unchanged ") == 21);
    CHECK(second.out.count("imported ") == 0);
    CHECK(json(cli(base + QStringList{QStringLiteral("list"), QStringLiteral("--json")}).out).toArray().size() == 21);

    CHECK(cli(base + QStringList{QStringLiteral("check")}).exitCode == 0);

    const Run dossier = cli(base + QStringList{QStringLiteral("list"), QStringLiteral("--json"),
                                               QStringLiteral("--dossier"), QStringLiteral("36450")});
    QStringList numbers;
    for (const QJsonValue& letter : json(dossier.out).toArray())
        numbers.append(letter[QStringLiteral("ondernummer")].toString());
    CHECK(numbers == QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")});

    // show by kstId: the seed letter and its reference to the Regeerprogramma, resolved in this library.
    const Run show =
        cli(base + QStringList{QStringLiteral("show"), QStringLiteral("kst-19637-3274"), QStringLiteral("--json")});
    REQUIRE(show.exitCode == 0);
    const QJsonObject seed = json(show.out).toObject();
    CHECK(seed[QStringLiteral("citation")] == QStringLiteral("Kamerstukken II 2024/25, 19637, nr. 3274"));
    CHECK(seed[QStringLiteral("renditions")].toArray().size() == 1);
    const QJsonArray refs = seed[QStringLiteral("references")].toArray();
    REQUIRE(refs.size() >= 1);
    CHECK(refs[0][QStringLiteral("target")] == QStringLiteral("named:regeerprogramma"));
    CHECK(refs[0][QStringLiteral("resolvedId")].isDouble());
    for (const char* field : {"annotations", "links", "backlinks"})
        CHECK(seed[QLatin1String(field)].isArray());
}

TEST_CASE("Bad files each get one line naming the file and the good ones are still imported")
{
    QTemporaryDir lib, tmp;
    const QString missing = tmp.filePath(QStringLiteral("missing.pdf"));
    const QStringList bad{TestPaths::data("empty.txt"),        TestPaths::data("random.bin"),
                          TestPaths::data("truncated.pdf"),    TestPaths::data("encrypted.pdf"),
                          TestPaths::data("utf16-no-bom.txt"), missing};
    const Run run = cli(QStringList{QStringLiteral("--library"), lib.path(), QStringLiteral("import"),
                                    TestPaths::data("eu-council.txt")} +
                        bad + QStringList{TestPaths::data("letter.pdf"), TestPaths::data("no-text.pdf")});
    CHECK(run.exitCode == 1);
    CHECK(run.out.count("imported ") == 3);
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& file : bad) {
        INFO(file.toStdString());
        const auto count = std::count_if(lines.begin(), lines.end(), [&](const QString& l) {
            return l.startsWith(QStringLiteral("kamerlezer-cli: ") + file + QStringLiteral(": "));
        });
        CHECK(count == 1);
    }
    CHECK(run.err.contains(QStringLiteral("password")));
    CHECK(run.err.contains(QStringLiteral("no-text.pdf: warning: the PDF has no text layer")));
}

TEST_CASE("Usage errors exit with 2, unknown letters with 1")
{
    QTemporaryDir lib;
    CHECK(cli({QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(cli({}).exitCode == 2);
    CHECK(cli({QStringLiteral("inspect")}).exitCode == 2);
    const Run show = cli({QStringLiteral("--library"), lib.path(), QStringLiteral("show"), QStringLiteral("kst-1-1")});
    CHECK(show.exitCode == 1);
    CHECK(show.err.contains(QStringLiteral("kst-1-1: no such letter")));
    CHECK(cli({QStringLiteral("--version")}).out.startsWith("kamerlezer-cli "));
}

TEST_CASE("A library folder that is a newer version is refused by every command")
{
    QTemporaryDir lib;
    REQUIRE(cli({QStringLiteral("--library"), lib.path(), QStringLiteral("import"), TestPaths::data("eu-council.txt")})
                .exitCode == 0);
    // Mark it as made by schema 99 with the sqlite3 format's header field (offset 60, big-endian).
    QFile db(lib.filePath(QStringLiteral("library.sqlite")));
    const Run checkpoint = cli({QStringLiteral("--library"), lib.path(), QStringLiteral("check")});
    REQUIRE(checkpoint.exitCode == 0);
    REQUIRE(db.open(QIODevice::ReadWrite));
    REQUIRE(db.seek(60));
    db.write(QByteArray::fromHex("00000063"));
    db.close();
    const Run run = cli({QStringLiteral("--library"), lib.path(), QStringLiteral("list")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("newer version")));
}

TEST_CASE("Ctrl+C stops an import between files and leaves no half-written letter")
{
    const QString root = TestPaths::corpus();
    if (root.isEmpty()) {
        WARN("SKIPPED: no corpus at ../shared/corpus");
        return;
    }
    QTemporaryDir lib;
    QProcess p;
    p.start(TestPaths::cli(), {QStringLiteral("--library"), lib.path(), QStringLiteral("import"), root});
    REQUIRE(p.waitForStarted());
    // Interrupt as soon as the first letter is reported.
    QByteArray out;
    while (!out.contains("imported ") && p.state() == QProcess::Running)
        if (p.waitForReadyRead(10000))
            out += p.readAllStandardOutput();
    REQUIRE(out.contains("imported "));
    ::kill(pid_t(p.processId()), SIGINT);
    REQUIRE(p.waitForFinished(60000));
    out += p.readAllStandardOutput();
    const QString err = QString::fromUtf8(p.readAllStandardError());
    // 21 files take seconds; the interrupt arrives after the first.
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    CHECK(p.exitCode() == 1);
    CHECK(err.contains(QStringLiteral("interrupted after")));
    const int reported = int(out.count("imported "));
    CHECK(reported < 21);
    // Every letter reported is there, whole; nothing else is.
    const Run check = cli({QStringLiteral("--library"), lib.path(), QStringLiteral("check")});
    CHECK(check.exitCode == 0);
    CHECK(json(cli({QStringLiteral("--library"), lib.path(), QStringLiteral("list"), QStringLiteral("--json")}).out)
              .toArray()
              .size() == reported);
    // Importing again finishes the job.
    const Run again = cli({QStringLiteral("--library"), lib.path(), QStringLiteral("import"), root});
    CHECK(again.exitCode == 0);
    CHECK(int(again.out.count("imported ")) == 21 - reported);
}

TEST_CASE("Each command takes its own options: --to is a date for search, a letter for link, nothing for annotate")
{
    QTemporaryDir lib;
    const QStringList base{QStringLiteral("--library"), lib.path()};
    REQUIRE(cli(base + QStringList{QStringLiteral("import"), TestPaths::data("two-dossiers.txt"),
                                   TestPaths::data("eu-council.txt")})
                .exitCode == 0);

    CHECK(cli(base + QStringList{QStringLiteral("search"), QStringLiteral("Raad"), QStringLiteral("--to"),
                                 QStringLiteral("2030-01-01")})
              .exitCode == 0);
    const Run notADate = cli(base + QStringList{QStringLiteral("search"), QStringLiteral("Raad"),
                                                QStringLiteral("--to"), QStringLiteral("2")});
    CHECK(notADate.exitCode == 2);
    CHECK(notADate.err.contains(QStringLiteral("--to takes a date")));

    const Run link =
        cli(base + QStringList{QStringLiteral("link"), QStringLiteral("1"), QStringLiteral("--quote"),
                               QStringLiteral("sterkte van de politie"), QStringLiteral("--to"), QStringLiteral("2")});
    INFO(link.err.toStdString());
    CHECK(link.exitCode == 0);
    CHECK(link.out.startsWith("linked     1 -> 2  link "));

    const Run annotate =
        cli(base + QStringList{QStringLiteral("annotate"), QStringLiteral("1"), QStringLiteral("--quote"),
                               QStringLiteral("sterkte van de politie"), QStringLiteral("--to"), QStringLiteral("2")});
    CHECK(annotate.exitCode == 2);
    CHECK(annotate.err.contains(QStringLiteral("Unknown option 'to'")));
    // Another command's option, before the command's name too.
    CHECK(cli(base + QStringList{QStringLiteral("--json"), QStringLiteral("check")}).exitCode == 2);
    CHECK(cli(base + QStringList{QStringLiteral("--dossier"), QStringLiteral("29628"), QStringLiteral("list")})
              .exitCode == 0);
}

TEST_CASE("COMMAND --help shows that command's options")
{
    const Run search = cli({QStringLiteral("search"), QStringLiteral("--help")});
    CHECK(search.exitCode == 0);
    CHECK(search.out.contains("--to DATE"));
    CHECK(search.out.contains("--vergaderjaar"));
    CHECK_FALSE(search.out.contains("--to-quote"));
    const Run link = cli({QStringLiteral("link"), QStringLiteral("--help")});
    CHECK(link.exitCode == 0);
    CHECK(link.out.contains("--to ID2"));
    CHECK(link.out.contains("--to-quote TEXT"));
    CHECK_FALSE(link.out.contains("--vergaderjaar"));
    CHECK(link.out.contains("--library DIR"));
    // Without a command: the list of commands, as before.
    const Run all = cli({QStringLiteral("--help")});
    CHECK(all.out.startsWith("Usage: kamerlezer-cli [--library DIR] COMMAND ..."));
    CHECK(all.out.contains("  import-annotations ID FILE.pdf"));
}

TEST_CASE("inspect and show give the publication id of a Kamerstuk, and null for a ministry letter")
{
    const Run kamerstuk = cli({QStringLiteral("inspect"), QStringLiteral("--json"), TestPaths::data("letter.pdf")});
    REQUIRE(kamerstuk.exitCode == 0);
    const QJsonObject k = json(kamerstuk.out).toObject();
    CHECK(k.value(QStringLiteral("publicationId")).toString() == QStringLiteral("kst-31490-77"));
    CHECK(k.value(QStringLiteral("kstId")).toString() == QStringLiteral("kst-31490-77"));

    const Run letter =
        cli({QStringLiteral("inspect"), QStringLiteral("--json"), TestPaths::data("kamerbrief-ministerie.txt")});
    REQUIRE(letter.exitCode == 0);
    const QJsonObject l = json(letter.out).toObject();
    REQUIRE(l.contains(QStringLiteral("publicationId")));
    CHECK(l.value(QStringLiteral("publicationId")).isNull());

    QTemporaryDir dir;
    REQUIRE(cli({QStringLiteral("--library"), dir.path(), QStringLiteral("import"), TestPaths::data("letter.pdf")})
                .exitCode == 0);
    const Run show = cli({QStringLiteral("--library"), dir.path(), QStringLiteral("show"),
                          QStringLiteral("kst-31490-77"), QStringLiteral("--json")});
    REQUIRE(show.exitCode == 0);
    CHECK(json(show.out).toObject().value(QStringLiteral("publicationId")).toString() ==
          QStringLiteral("kst-31490-77"));
}

TEST_CASE("An answer in the Aanhangsel imported as XML and PDF is one letter, found by its publicationId, with its "
          "parties kept")
{
    const QString base =
        QStringLiteral(KAMERLEZER_CORPUS "/../opendata/koop/repository.overheid.nl/frbr/officielepublicaties/"
                                         "ah-tk/20202021/ah-tk-20202021-3235/1/");
    if (!QFileInfo::exists(base + QStringLiteral("xml/ah-tk-20202021-3235.xml"))) {
        WARN("SKIPPED: no ../shared/opendata/koop");
        return;
    }
    QTemporaryDir dir;
    // A letter that names the answer by its Aanhangsel number, and one that names the questions' zaak.
    QFile citing(dir.filePath(QStringLiteral("citing.txt")));
    REQUIRE(citing.open(QIODevice::WriteOnly));
    citing.write(
        "Tweede Kamer der Staten-Generaal\nVergaderjaar 2020-2021\n\n35 420 Coronacrisis\n\nNr. 999\nBRIEF VAN "
        "DE MINISTER VAN SOCIALE ZAKEN EN WERKGELEGENHEID\n\nZie Aanhangsel Handelingen II 2020/21, nr. 3235.\n");
    citing.close();
    const QString library = dir.filePath(QStringLiteral("lib"));
    REQUIRE(cli({QStringLiteral("--library"), library, QStringLiteral("import"),
                 base + QStringLiteral("xml/ah-tk-20202021-3235.xml"),
                 base + QStringLiteral("pdf/ah-tk-20202021-3235.pdf"), citing.fileName()})
                .exitCode == 0);
    const Run show = cli({QStringLiteral("--library"), library, QStringLiteral("show"),
                          QStringLiteral("ah-tk-20202021-3235"), QStringLiteral("--json")});
    REQUIRE(show.exitCode == 0);
    const QJsonObject a = json(show.out).toObject();
    CHECK(a.value(QStringLiteral("publicationId")).toString() == QStringLiteral("ah-tk-20202021-3235"));
    CHECK(a.value(QStringLiteral("kind")).toString() == QStringLiteral("antwoord-kamervragen"));
    CHECK(a.value(QStringLiteral("renditions")).toArray().size() == 2);
    CHECK(a.value(QStringLiteral("questioners")).toArray() == QJsonArray{"Van Weyenberg", "Romke de Jong", "Kat"});
    CHECK(a.value(QStringLiteral("questionsDate")).toString() == QStringLiteral("2021-06-03"));
    CHECK(a.value(QStringLiteral("signatories")).toArray() == QJsonArray{"Koolmees"});
    const QJsonArray backlinks = a.value(QStringLiteral("backlinks")).toArray();
    REQUIRE(backlinks.size() == 1);
}

TEST_CASE("inspect and import read a scanned page with OCR before they answer, and say so without the model")
{
    const QString scan = QStringLiteral(KAMERLEZER_CORPUS "2/pdf/nota-kgg-2025-01-29__pagina1-alleen-beeld.pdf");
    if (!QFileInfo::exists(scan)) {
        WARN("SKIPPED: no corpus at ../shared/corpus2");
        return;
    }
    const Run inspect = cli({QStringLiteral("inspect"), QStringLiteral("--json"), scan});
    REQUIRE(inspect.exitCode == 0);
    CHECK(inspect.err.isEmpty());
    const QJsonObject doc = json(inspect.out).toObject();
    CHECK(doc.value(QStringLiteral("textSource")).toString() == QStringLiteral("ocr"));
    CHECK(doc.value(QStringLiteral("ocrPages")).toArray() == QJsonArray{1});
    CHECK(doc.value(QStringLiteral("date")).toString() == QStringLiteral("2025-01-29"));

    QTemporaryDir lib;
    const Run imported = cli({QStringLiteral("--library"), lib.path(), QStringLiteral("import"), scan});
    REQUIRE(imported.exitCode == 0);
    const Run shown = cli({QStringLiteral("--library"), lib.path(), QStringLiteral("show"), QStringLiteral("1"),
                           QStringLiteral("--json")});
    REQUIRE(shown.exitCode == 0);
    const QJsonObject rendition =
        json(shown.out).toObject().value(QStringLiteral("renditions")).toArray().first().toObject();
    CHECK(rendition.value(QStringLiteral("textSource")).toString() == QStringLiteral("ocr"));
    CHECK(rendition.value(QStringLiteral("ocr")).toString() == QStringLiteral("done"));
    const Run found = cli({QStringLiteral("--library"), lib.path(), QStringLiteral("search"),
                           QStringLiteral("\"Eerste bevindingen\""), QStringLiteral("--json")});
    REQUIRE(found.exitCode == 0);
    CHECK(json(found.out).toArray().size() >= 1);

    QTemporaryDir noModels;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KAMERLEZER_TESSDATA"), noModels.path());
    p.setProcessEnvironment(env);
    p.start(TestPaths::cli(), {QStringLiteral("inspect"), scan});
    REQUIRE(p.waitForFinished(120000));
    CHECK(p.exitCode() == 0);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    CHECK(err.contains(scan + QStringLiteral(": warning: OCR could not run: the OCR model for nld is not installed")));
}

TEST_CASE("edit corrects a letter's details, and refuses what is not a kind, a date or a dossier")
{
    QTemporaryDir dir;
    const QString lib = dir.path();
    REQUIRE(cli({QStringLiteral("--library"), lib, QStringLiteral("import"),
                 QStringLiteral(KAMERLEZER_TEST_DATA "/../../resources/samples")})
                .exitCode == 0);
    const Run edited = cli({QStringLiteral("--library"), lib, QStringLiteral("edit"), QStringLiteral("kst-19637-9002"),
                            QStringLiteral("--title"), QStringLiteral("Motie over de opvang"), QStringLiteral("--date"),
                            QStringLiteral("2024-10-01"), QStringLiteral("--number"), QStringLiteral("9012")});
    INFO(edited.err.toStdString());
    REQUIRE(edited.exitCode == 0);
    const QJsonObject shown = json(cli({QStringLiteral("--library"), lib, QStringLiteral("show"),
                                        QStringLiteral("kst-19637-9012"), QStringLiteral("--json")})
                                       .out)
                                  .toObject();
    CHECK(shown[QLatin1String("title")].toString() == QStringLiteral("Motie over de opvang"));
    CHECK(shown[QLatin1String("date")].toString() == QStringLiteral("2024-10-01"));
    CHECK(shown[QLatin1String("citation")].toString() == QStringLiteral("Kamerstukken II 2024/25, 19637, nr. 9012"));
    for (const QStringList& bad :
         {QStringList{QStringLiteral("--kind"), QStringLiteral("nonsense")},
          QStringList{QStringLiteral("--date"), QStringLiteral("1 oktober")},
          QStringList{QStringLiteral("--dossier"), QStringLiteral("Vreemdelingenbeleid")}, QStringList{}})
        CHECK(cli(QStringList{QStringLiteral("--library"), lib, QStringLiteral("edit"),
                              QStringLiteral("kst-19637-9012")} +
                  bad)
                  .exitCode == 2);
    // Another letter's number: refused, nothing changed.
    const Run clash = cli({QStringLiteral("--library"), lib, QStringLiteral("edit"), QStringLiteral("kst-19637-9012"),
                           QStringLiteral("--number"), QStringLiteral("9001")});
    CHECK(clash.exitCode == 1);
    CHECK(clash.err.contains(QStringLiteral("kst-19637-9001")));
}

TEST_CASE("remove takes letters out and keeps their annotations for when they are imported again")
{
    QTemporaryDir dir;
    const QString lib = dir.path();
    const QString samples = QStringLiteral(KAMERLEZER_TEST_DATA "/../../resources/samples");
    auto run = [&](const QStringList& args) { return cli(QStringList{QStringLiteral("--library"), lib} + args); };
    REQUIRE(run({QStringLiteral("import"), samples}).exitCode == 0);
    const int letters = json(run({QStringLiteral("list"), QStringLiteral("--json")}).out).toArray().size();
    const QJsonObject before =
        json(run({QStringLiteral("show"), QStringLiteral("kst-19637-9002"), QStringLiteral("--json")}).out).toObject();
    const QString quote = before[QLatin1String("title")].toString().section(QLatin1Char(' '), 0, 1);
    REQUIRE(run({QStringLiteral("annotate"), QStringLiteral("kst-19637-9002"), QStringLiteral("--quote"), quote,
                 QStringLiteral("--note"), QStringLiteral("bewaren")})
                .exitCode == 0);

    REQUIRE(run({QStringLiteral("link"), QStringLiteral("kst-19637-9001"), QStringLiteral("--quote"),
                 QStringLiteral("Kamer"), QStringLiteral("--to"), QStringLiteral("kst-19637-9002")})
                .exitCode == 0);

    const Run removed = run({QStringLiteral("remove"), QStringLiteral("kst-19637-9002")});
    INFO(removed.err.toStdString());
    REQUIRE(removed.exitCode == 0);
    CHECK(removed.out.contains("1 annotation(s) kept"));
    CHECK(removed.out.contains("1 link(s) removed"));
    CHECK(json(run({QStringLiteral("list"), QStringLiteral("--json")}).out).toArray().size() == letters - 1);
    CHECK(run({QStringLiteral("show"), QStringLiteral("kst-19637-9002")}).exitCode == 1);
    CHECK(run({QStringLiteral("check")}).exitCode == 0);

    const Run again = run({QStringLiteral("import"), samples});
    CHECK(again.out.contains("1 annotation(s) kept when it was removed are back"));
    const QJsonObject back =
        json(run({QStringLiteral("show"), QStringLiteral("kst-19637-9002"), QStringLiteral("--json")}).out).toObject();
    REQUIRE(back[QLatin1String("annotations")].toArray().size() == 1);
    CHECK(back[QLatin1String("annotations")].toArray().first()[QLatin1String("note")].toString() ==
          QStringLiteral("bewaren"));

    // With --delete-annotations they go too; an unknown id removes nothing.
    REQUIRE(run({QStringLiteral("remove"), QStringLiteral("kst-19637-9002"), QStringLiteral("--delete-annotations")})
                .out.contains("1 annotation(s) deleted"));
    CHECK(run({QStringLiteral("remove"), QStringLiteral("kst-1-1")}).exitCode == 1);
    CHECK(run({QStringLiteral("remove")}).exitCode == 2);
    CHECK(json(run({QStringLiteral("list"), QStringLiteral("--json")}).out).toArray().size() == letters - 1);
}

TEST_CASE("merge makes two letters one and the library stays consistent")
{
    QTemporaryDir dir;
    const QString lib = dir.path();
    const QString samples = QStringLiteral(KAMERLEZER_TEST_DATA "/../../resources/samples");
    auto run = [&](const QStringList& args) { return cli(QStringList{QStringLiteral("--library"), lib} + args); };
    REQUIRE(run({QStringLiteral("import"), samples}).exitCode == 0);
    const int letters = json(run({QStringLiteral("list"), QStringLiteral("--json")}).out).toArray().size();
    const Run merged =
        run({QStringLiteral("merge"), QStringLiteral("kst-19637-9001"), QStringLiteral("kst-19637-9002")});
    INFO(merged.err.toStdString());
    REQUIRE(merged.exitCode == 0);
    CHECK(merged.out.contains("1 file(s) moved, 2 file(s) now"));
    CHECK(json(run({QStringLiteral("list"), QStringLiteral("--json")}).out).toArray().size() == letters - 1);
    const QJsonObject kept =
        json(run({QStringLiteral("show"), QStringLiteral("kst-19637-9001"), QStringLiteral("--json")}).out).toObject();
    CHECK(kept[QLatin1String("renditions")].toArray().size() == 2);
    CHECK(run({QStringLiteral("show"), QStringLiteral("kst-19637-9002")}).exitCode == 1);
    CHECK(run({QStringLiteral("check")}).exitCode == 0);
    CHECK(run({QStringLiteral("merge"), QStringLiteral("kst-19637-9001")}).exitCode == 2);
    CHECK(run({QStringLiteral("merge"), QStringLiteral("kst-19637-9001"), QStringLiteral("kst-1-1")}).exitCode == 1);
}

TEST_CASE("pack --lang nl writes a Dutch briefing pack")
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("library"));
    REQUIRE(
        cli({QStringLiteral("--library"), library, QStringLiteral("import"), TestPaths::data("letter.pdf")}).exitCode ==
        0);
    const QString out = dir.filePath(QStringLiteral("pack.pdf"));
    const Run run = cli({QStringLiteral("--library"), library, QStringLiteral("--lang"), QStringLiteral("nl"),
                         QStringLiteral("pack"), QStringLiteral("1"), QStringLiteral("--output"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    INFO(words.toStdString());
    for (const char* word : {"BRIEFINGMAP", "Inhoud", "Fragmenten", "Pagina 1 van"})
        CHECK(words.contains(QString::fromUtf8(word)));
    CHECK_FALSE(words.contains(QStringLiteral("BRIEFING PACK")));
}

TEST_CASE("A FIFO or a device named as a file gets one line and no wait, in every command that reads one")
{
    QTemporaryDir lib, tmp;
    const QString fifo = tmp.filePath(QStringLiteral("pipe"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    REQUIRE(cli({QStringLiteral("--library"), lib.path(), QStringLiteral("import"), TestPaths::data("eu-council.txt")})
                .exitCode == 0);
    const QString letter = QStringLiteral("1"); // the library's first letter, by its row id
    for (const QString& file : {fifo, QStringLiteral("/dev/zero")}) {
        for (const QStringList& command :
             {QStringList{QStringLiteral("inspect"), file}, QStringList{QStringLiteral("import"), file},
              QStringList{QStringLiteral("import-notes"), file},
              QStringList{QStringLiteral("import-annotations"), letter, file}}) {
            INFO(command.join(QLatin1Char(' ')).toStdString());
            // cli() waits two minutes at most: a command that waits on the pipe fails the test there.
            const Run run = cli(QStringList{QStringLiteral("--library"), lib.path()} + command);
            CHECK(run.exitCode == 1);
            CHECK(run.err.contains(file + QStringLiteral(": is not a regular file")));
        }
    }
}

TEST_CASE("Import of a folder never leaves it: a link pointing outside is skipped with a line, one inside is read")
{
    QTemporaryDir lib, outside, folder;
    const QString secret = outside.filePath(QStringLiteral("passwd.txt"));
    REQUIRE(QFile::copy(TestPaths::data("eu-council.txt"), secret));
    REQUIRE(QFile::copy(TestPaths::data("brief-ordinary-case.txt"), folder.filePath(QStringLiteral("brief.txt"))));
    REQUIRE(QFile::link(secret, folder.filePath(QStringLiteral("passwd.txt"))));
    REQUIRE(QDir(folder.path()).mkdir(QStringLiteral("sub")));
    REQUIRE(QFile::link(folder.filePath(QStringLiteral("brief.txt")), folder.filePath(QStringLiteral("sub/same.txt"))));
    const Run run = cli({QStringLiteral("--library"), lib.path(), QStringLiteral("import"), folder.path()});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(folder.filePath(QStringLiteral("passwd.txt")) + QStringLiteral(": a link to ") + secret +
                           QStringLiteral(", outside the folder being imported: skipped")));
    CHECK(run.out.count("imported ") == 1); // brief.txt; sub/same.txt is the same file, already there
    const Run list = cli({QStringLiteral("--library"), lib.path(), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(json(list.out).toArray().size() == 1);
    // Named on the command line, the same file is read: the user chose it.
    CHECK(cli({QStringLiteral("--library"), lib.path(), QStringLiteral("import"), secret}).exitCode == 0);
}

TEST_CASE("File names cannot forge output lines, redirect an import or vanish: newlines, --library=x, not UTF-8")
{
    QTemporaryDir lib, folder;
    const QString forging = folder.filePath(QStringLiteral("a\nimported   kst-99999-1  forged.txt"));
    REQUIRE(QFile::copy(TestPaths::data("eu-council.txt"), forging));
    const Run run = cli({QStringLiteral("--library"), lib.path(), QStringLiteral("import"), forging});
    CHECK(run.exitCode == 0);
    const QList<QByteArray> lines = run.out.split('\n');
    CHECK(std::none_of(lines.begin(), lines.end(),
                       [](const QByteArray& l) { return l.startsWith("imported   kst-99999-1"); }));
    CHECK(run.out.contains("a\\nimported   kst-99999-1  forged.txt\""));

    // A file named like an option, as `import *` hands it over: refused, and read as a file after --.
    const QString optionLike = QStringLiteral("--library=elsewhere");
    REQUIRE(QFile::copy(TestPaths::data("brief-ordinary-case.txt"), folder.filePath(optionLike)));
    QProcess p;
    p.setWorkingDirectory(folder.path());
    p.start(TestPaths::cli(), {QStringLiteral("--library"), lib.path(), QStringLiteral("import"), optionLike});
    REQUIRE(p.waitForFinished(60000));
    CHECK(p.exitCode() == 2);
    CHECK(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("put -- before the file names")));
    CHECK_FALSE(QFileInfo::exists(folder.filePath(QStringLiteral("elsewhere"))));
    p.start(TestPaths::cli(),
            {QStringLiteral("--library"), lib.path(), QStringLiteral("import"), QStringLiteral("--"), optionLike});
    REQUIRE(p.waitForFinished(60000));
    CHECK(p.exitCode() == 0);
    CHECK(p.readAllStandardOutput().contains("imported "));

    // A name that is not UTF-8, found in a folder: reported with a line that says why, never skipped in silence.
    const QByteArray latin1 = QFile::encodeName(folder.path()) + "/brief-\xe9\xe9n.txt";
    {
        QFile source(TestPaths::data("kamerbrief-ministerie.txt"));
        REQUIRE(source.open(QIODevice::ReadOnly));
        FILE* f = std::fopen(latin1.constData(), "wb");
        REQUIRE(f);
        const QByteArray bytes = source.readAll();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), f);
        std::fclose(f);
    }
    const Run named = cli({QStringLiteral("--library"), lib.path(), QStringLiteral("import"), folder.path()});
    CHECK(named.exitCode == 1);
    CHECK(named.err.contains(QStringLiteral("is not valid UTF-8")));
    ::unlink(latin1.constData()); // QTemporaryDir, reading names as UTF-8, cannot remove it
}

TEST_CASE("A damaged PDF gets Kamerlezer's one line, not Poppler's own messages, in every command that reads one")
{
    QTemporaryDir lib;
    REQUIRE(cli({QStringLiteral("--library"), lib.path(), QStringLiteral("import"), TestPaths::data("letter.pdf")})
                .exitCode == 0);
    for (const QStringList& command :
         {QStringList{QStringLiteral("inspect"), TestPaths::data("truncated.pdf")},
          QStringList{QStringLiteral("import-annotations"), QStringLiteral("1"), TestPaths::data("truncated.pdf")}}) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const Run run = cli(QStringList{QStringLiteral("--library"), lib.path()} + command);
        CHECK(run.exitCode == 1);
        CHECK(run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 1);
        CHECK_FALSE(run.err.contains(QStringLiteral("Error: ")));
    }
}

TEST_CASE("backup, a damaged library, and restore-backup from the command line")
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("lib"));
    const QStringList at = {QStringLiteral("--library"), library};
    REQUIRE(cli(QStringList{QStringLiteral("import"), TestPaths::data("letter.pdf")} + at).exitCode == 0);
    const Run taken = cli(QStringList{QStringLiteral("backup")} + at);
    INFO(taken.err.toStdString());
    REQUIRE(taken.exitCode == 0);
    CHECK(taken.out.startsWith("backed up to "));
    const Run listed = cli(QStringList{QStringLiteral("backup"), QStringLiteral("--list")} + at);
    CHECK(listed.out.count('\n') == 1);
    CHECK(listed.out.contains("/backups/library-"));

    const QString file = library + QStringLiteral("/library.sqlite");
    QFile::remove(file + QStringLiteral("-wal"));
    QFile::remove(file + QStringLiteral("-shm"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QByteArray(100, '\0'));
    f.close();
    const Run refused = cli(QStringList{QStringLiteral("list")} + at);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("kamerlezer-cli restore-backup")));
    CHECK(cli(QStringList{QStringLiteral("backup")} + at).exitCode == 1); // nothing damaged is backed up

    const Run restored = cli(QStringList{QStringLiteral("restore-backup")} + at);
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out.contains("the database it replaced is in "));
    const Run after = cli(QStringList{QStringLiteral("list")} + at);
    CHECK(after.exitCode == 0);
    CHECK(after.out.count('\n') == 1);
    CHECK(cli(QStringList{QStringLiteral("restore-backup"), dir.filePath(QStringLiteral("none"))} + at).exitCode == 1);

    // Damaged past its first page: SQLite opens it and fails where it reads; the command fails and says so.
    QFile::remove(file + QStringLiteral("-wal"));
    QFile::remove(file + QStringLiteral("-shm"));
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    f.seek(4096);
    f.write(QByteArray(size - 4096, '\xff'));
    f.close();
    const Run damaged = cli(QStringList{QStringLiteral("list")} + at);
    CHECK(damaged.exitCode == 1);
    CHECK(damaged.err.contains(QStringLiteral("database is damaged")));
    CHECK(damaged.err.contains(QStringLiteral("restore-backup")));
}

TEST_CASE("check names a lost copy and check --repair copies it again from the original")
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("brief.pdf"));
    REQUIRE(QFile::copy(TestPaths::data("letter.pdf"), original));
    const QStringList at = {QStringLiteral("--library"), dir.filePath(QStringLiteral("lib"))};
    REQUIRE(cli(QStringList{QStringLiteral("import"), original} + at).exitCode == 0);
    const QStringList copies = QDir(dir.filePath(QStringLiteral("lib/files"))).entryList(QDir::Files);
    REQUIRE(copies.size() == 1);
    REQUIRE(QFile::remove(dir.filePath(QStringLiteral("lib/files/")) + copies.first()));
    const Run checked = cli(QStringList{QStringLiteral("check")} + at);
    CHECK(checked.exitCode == 1);
    CHECK(checked.err.contains(QStringLiteral("the library's copy is missing")));
    const Run repaired = cli(QStringList{QStringLiteral("check"), QStringLiteral("--repair")} + at);
    INFO(repaired.err.toStdString());
    CHECK(repaired.exitCode == 0);
    CHECK(repaired.out.contains("repaired: "));
    CHECK(repaired.out.contains(("copied again from " + original).toUtf8()));
    CHECK(repaired.out.contains("library ok: 1 letters"));
}

TEST_CASE("toezeggingen lists the seed letter's commitment and toezegging marks it kept and dismisses it")
{
    if (!TestPaths::haveCorpus()) {
        WARN("SKIPPED: the corpus is not there");
        return;
    }
    QTemporaryDir lib;
    const QStringList in = {QStringLiteral("--library"), lib.path()};
    REQUIRE(
        cli(in + QStringList{QStringLiteral("import"),
                             TestPaths::corpus(QStringLiteral("txt/kst-19637-3274__brief-minister-asiel-migratie.txt")),
                             TestPaths::corpus(QStringLiteral("xml/kst-19637-3194__motie.xml"))})
            .exitCode == 0);
    const QJsonArray open = json(cli(in + QStringList{QStringLiteral("toezeggingen"), QStringLiteral("--dossier"),
                                                      QStringLiteral("19637"), QStringLiteral("--json")})
                                     .out)
                                .toArray();
    REQUIRE(open.size() == 1);
    const QJsonObject seed = open.first().toObject();
    CHECK(seed.value("text").toString() == QStringLiteral("Ik kom hier separaat op terug."));
    CHECK(seed.value("who").toString().contains(QStringLiteral("Asiel en Migratie")));
    CHECK(seed.value("deadline").toObject().value("due").isNull());
    CHECK(seed.value("state").toString() == QStringLiteral("open"));
    CHECK(seed.value("dossier").toString() == QStringLiteral("19637"));
    const QString id = QString::number(seed.value("id").toInt());
    // The notes export says it too.
    const Run notes = cli(in + QStringList{QStringLiteral("export-notes"), QStringLiteral("kst-19637-3274")});
    CHECK(notes.out.contains("## Toezeggingen\n\n- **Open**: Ik kom hier separaat op terug. — p. 1\n"));
    // And the W3C export, as an annotation of the sentence that import-notes does not make a highlight of.
    const QByteArray w3c = cli(in + QStringList{QStringLiteral("export-notes"), QStringLiteral("kst-19637-3274"),
                                                QStringLiteral("--format"), QStringLiteral("w3c")})
                               .out;
    const QJsonArray items = json(w3c).toObject().value("items").toArray();
    REQUIRE(items.size() == 1);
    CHECK(items.first().toObject().value("motivation").toString() == QStringLiteral("assessing"));
    CHECK(items.first().toObject().value("kl:toezegging").toObject().value("status").toString() ==
          QStringLiteral("open"));
    QFile file(lib.filePath(QStringLiteral("notes.json")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(w3c);
    file.close();
    CHECK(
        cli(in + QStringList{QStringLiteral("import-notes"), file.fileName()}).out.contains("imported   0 annotation"));

    const Run kept = cli(in + QStringList{QStringLiteral("toezegging"), id, QStringLiteral("--kept-by"),
                                          QStringLiteral("kst-19637-3194"), QStringLiteral("--json")});
    REQUIRE(kept.exitCode == 0);
    CHECK(json(kept.out).toObject().value("status").toString() == QStringLiteral("kept"));
    CHECK(cli(in + QStringList{QStringLiteral("toezeggingen"), QStringLiteral("--dossier"), QStringLiteral("19637")})
              .out.contains("no toezeggingen"));
    CHECK(json(cli(in + QStringList{QStringLiteral("toezeggingen"), QStringLiteral("--status"), QStringLiteral("kept"),
                                    QStringLiteral("--json")})
                   .out)
              .toArray()
              .size() == 1);

    REQUIRE(cli(in + QStringList{QStringLiteral("toezegging"), id, QStringLiteral("--dismiss")}).exitCode == 0);
    CHECK(json(cli(in + QStringList{QStringLiteral("toezeggingen"), QStringLiteral("--status"), QStringLiteral("all"),
                                    QStringLiteral("--json")})
                   .out)
              .toArray()
              .isEmpty());
    // Importing the letter's other rendition finds the sentence again, and it stays dismissed.
    REQUIRE(cli(in +
                QStringList{QStringLiteral("import"),
                            TestPaths::corpus(QStringLiteral("txt/kst-19637-3274__brief-minister-asiel-migratie.txt"))})
                .exitCode == 0);
    CHECK(json(cli(in + QStringList{QStringLiteral("toezeggingen"), QStringLiteral("--status"),
                                    QStringLiteral("dismissed"), QStringLiteral("--json")})
                   .out)
              .toArray()
              .size() == 1);
    CHECK(cli(in + QStringList{QStringLiteral("toezeggingen"), QStringLiteral("--status"), QStringLiteral("bogus")})
              .exitCode == 2);
    CHECK(cli(in + QStringList{QStringLiteral("toezegging"), QStringLiteral("999")}).exitCode == 1);
}
