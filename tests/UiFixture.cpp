#include "UiFixture.h"

#include "TestPaths.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

UiFixture::UiFixture()
{
    REQUIRE(dir.isValid());
    QString error;
    library = kl::Library::open(dir.filePath(QStringLiteral("library")), &error);
    INFO(error.toStdString());
    REQUIRE(library);
}

QList<qint64> UiFixture::import(const QStringList& paths)
{
    QList<qint64> ids;
    for (const QString& path : paths) {
        const kl::ImportOutcome outcome = library->importFile(path);
        INFO(path.toStdString() << ": " << outcome.message.toStdString());
        REQUIRE_FALSE(outcome.failed());
        ids.append(outcome.letterId);
    }
    return ids;
}

qint64 UiFixture::importTextLetter(const QString& ondernummer, const QString& body, const QString& dossier)
{
    const QString text = QStringLiteral("Tweede Kamer der Staten-Generaal\n\nVergaderjaar 2024–2025\n\n**%1**\n\n"
                                        "**Vreemdelingenbeleid**\n\n**Nr. %2**\n\n"
                                        "## **BRIEF VAN DE MINISTER VAN ASIEL EN MIGRATIE**\n\n"
                                        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
                                        "Den Haag, 19 september 2024\n\n%3\n\n"
                                        "De Minister van Asiel en Migratie,  \nM.H.M. Faber-van de Klashorst\n")
                             .arg(dossier, ondernummer, body);
    const QString path =
        dir.filePath(QStringLiteral("letter-%1-%2.txt")
                         .arg(QString(dossier).remove(QRegularExpression("[^0-9A-Za-z]")), ondernummer));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();
    return import({path}).first();
}

QStringList UiFixture::corpusFiles(const QStringList& names)
{
    QStringList out;
    for (const QString& name : names)
        out.append(TestPaths::corpus(name));
    return out;
}

bool waitFor(const std::function<bool()>& done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}
