#include "ExpectedField.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <catch2/catch.hpp>

// Every labelled field of ../shared/corpus2 (33 real documents of the kinds and layouts found in the wild), read
// by `inspect --json` as a user's script would. The fields no rule can reach yet are listed with the reason; the
// test fails when any other field is wrong, so recognition can only get better.
namespace {

QJsonObject inspect(const QString& path)
{
    QProcess p;
    p.start(TestPaths::cli(), {QStringLiteral("inspect"), QStringLiteral("--json"), path});
    REQUIRE(p.waitForFinished(300000));
    REQUIRE(p.exitCode() == 0);
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

// file|field -> why it is not read yet.
const QHash<QString, const char*>& knownMisses()
{
    static const QHash<QString, const char*> misses{
        {"pdf/brief-cbl-2020-09-11__aan-minister-president-woo-ocr.pdf|sender",
         "the association's name is only in its logo, in lower case over two lines"},
        {"pdf/brief-vws-2020-09-11__aanwijzing-veiligheidsregios-woo-ocr.pdf|signatory",
         "the name is only in the image, under a redaction box"},
        {"pdf/nota-vws-mondzorg-2024__scan-ocrmypdf.pdf|sender",
         "the ocrmypdf layer loses 'Langdurige Zorg' ('bed') and puts the units out of order"},
        {"pdf/nota-vws-mondzorg-2024__scan-zonder-tekstlaag.pdf|sender",
         "OCR loses 'Langdurige Zorg' ('Zerg') and reads 'Directie Zorgverzekeringen' after the Aan line"},
    };
    return misses;
}

} // namespace

TEST_CASE("inspect reads every labelled field of corpus2 but the known misses")
{
    const QString corpus = TestPaths::corpus();
    const QString root = corpus.isEmpty() ? QString() : QDir(corpus + QStringLiteral("/../corpus2")).absolutePath();
    if (root.isEmpty() || !QFile::exists(root + QStringLiteral("/expected.json"))) {
        WARN("SKIPPED: no corpus at ../shared/corpus2");
        return;
    }
    QFile f(root + QStringLiteral("/expected.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(f.readAll()).object();
    REQUIRE(expected.size() == 33);
    int right = 0, total = 0;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QJsonObject got = inspect(root + QLatin1Char('/') + it.key());
        const QJsonObject want = it.value().toObject();
        for (auto field = want.begin(); field != want.end(); ++field) {
            if (field.key() == QLatin1String("notes") || field.key() == QLatin1String("references"))
                continue;
            const QString where = it.key() + QLatin1Char('|') + field.key();
            INFO(
                where.toStdString() << ": got "
                                    << QJsonDocument(QJsonArray{expectedField(got, field.key())}).toJson().toStdString()
                                    << " want " << QJsonDocument(QJsonArray{field.value()}).toJson().toStdString());
            ++total;
            const bool same = expectedField(got, field.key()) == field.value();
            right += same;
            if (knownMisses().contains(where)) {
                if (same)
                    WARN("now read right, take it off the known misses: " << where.toStdString());
                continue;
            }
            CHECK(same);
        }
    }
    WARN("corpus2 fields right: " << right << "/" << total);
}
