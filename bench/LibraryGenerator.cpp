#include "LibraryGenerator.h"

#include "anchor/TextAnchor.h"
#include "annotations/AnnotationStore.h"
#include "import/DocumentReader.h"
#include "import/ImportPaths.h"
#include "library/Library.h"
#include "library/RenditionText.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>

namespace kl {

namespace {

const char* kDossierTitles[] = {"Vreemdelingenbeleid",
                                "Aanpak regeldruk en administratieve lasten",
                                "JBZ-Raad",
                                "Europese Raad",
                                "Langdurige zorg",
                                "Gaswinning",
                                "Politie",
                                "Digitale overheid",
                                "Onderwijsbeleid",
                                "Woningbouwopgave",
                                "Klimaatbeleid",
                                "Defensiematerieel"};
const char* kSenders[] = {"MINISTER VAN ASIEL EN MIGRATIE",       "MINISTER VAN ECONOMISCHE ZAKEN",
                          "STAATSSECRETARIS VAN FINANCIËN",       "MINISTER VAN JUSTITIE EN VEILIGHEID",
                          "MINISTER VAN VOLKSHUISVESTING",        "MINISTER VAN ONDERWIJS, CULTUUR EN WETENSCHAP",
                          "MINISTER VAN KLIMAAT EN GROENE GROEI", "STAATSSECRETARIS VAN DEFENSIE"};
const char* kMonths[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                         "juli",    "augustus", "september", "oktober", "november", "december"};

} // namespace

LibraryGenerator::LibraryGenerator(quint32 seed)
    : m_random(seed)
{
}

void LibraryGenerator::learnFrom(const QStringList& folders)
{
    static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.;:])\\s+(?=[A-Z])"));
    static const QRegularExpression word(QStringLiteral("\\b[\\p{Ll}]{6,}\\b"));
    QSet<QString> words;
    for (const QString& file : ImportPaths::expand(folders)) {
        const DocumentReader::FileRead read = DocumentReader::readFile(file);
        if (!read.result.ok())
            continue;
        const QString text = read.result.document.fullText().simplified();
        for (const QString& s : text.split(sentenceEnd)) {
            if (s.size() >= 40 && s.size() <= 400)
                m_sentences.append(s);
            for (auto it = word.globalMatch(s); it.hasNext();)
                words.insert(it.next().captured(0));
        }
    }
    m_vocabulary = QStringList(words.begin(), words.end());
    m_vocabulary.sort();
}

QString LibraryGenerator::letter(int serial, int dossiers)
{
    const int dossierIndex = int(m_random.bounded(dossiers));
    const QString dossier = QString::number(29000 + dossierIndex * 31);
    const QString title = QString::fromUtf8(kDossierTitles[dossierIndex % std::size(kDossierTitles)]);
    const int year = 2015 + int(m_random.bounded(11));
    const QString sender = QString::fromUtf8(kSenders[m_random.bounded(int(std::size(kSenders)))]);
    QString text = QStringLiteral("Tweede Kamer der Staten-Generaal\nVergaderjaar %1–%2\n\n%3 %4\n%5\n\nNr. %6\n"
                                  "BRIEF VAN DE %7\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
                                  "Den Haag, %8 %9 %1\n\n")
                       .arg(year)
                       .arg(year + 1)
                       .arg(dossier.left(2), dossier.mid(2))
                       .arg(title)
                       .arg(1000 + serial)
                       .arg(sender)
                       .arg(1 + m_random.bounded(28))
                       .arg(QString::fromLatin1(kMonths[m_random.bounded(12)]));
    const int sentences = 5 + int(m_random.bounded(26));
    for (int i = 0; i < sentences && !m_sentences.isEmpty(); ++i) {
        text += m_sentences[m_random.bounded(int(m_sentences.size()))];
        text += (i % 4 == 3) ? QStringLiteral("\n\n") : QStringLiteral(" ");
    }
    text += QStringLiteral("\n\nDe %1,\nA.B. Voorbeeld\n").arg(sender.toLower());
    return text;
}

int LibraryGenerator::generate(Library& library, int count, int dossiers)
{
    int stored = 0;
    QSqlDatabase db = library.database().connection();
    for (int i = 0; i < count; ++i) {
        DocumentReader::FileRead read;
        read.bytes = letter(i, dossiers).toUtf8();
        read.sha256 = DocumentReader::sha256Hex(read.bytes);
        read.format = FileFormat::Text;
        read.result = DocumentReader::readData(read.bytes, read.format);
        if (!library.store(read, QStringLiteral("generated-%1.txt").arg(i)).failed())
            ++stored;
    }
    return stored;
}

QStringList LibraryGenerator::writeFiles(const QString& folder, int count, int firstSerial, int dossiers)
{
    QStringList paths;
    if (!QDir().mkpath(folder))
        return paths;
    for (int i = firstSerial; i < firstSerial + count; ++i) {
        QFile file(QStringLiteral("%1/%2.txt").arg(folder).arg(i, 5, 10, QLatin1Char('0')));
        if (!file.open(QIODevice::WriteOnly) || file.write(letter(i, dossiers).toUtf8()) < 0)
            return paths;
        paths.append(file.fileName());
    }
    return paths;
}

QStringList LibraryGenerator::defaultSources()
{
    QStringList sources{QStringLiteral(KAMERLEZER_SOURCE_DIR "/resources/samples")};
    if (QFileInfo::exists(QStringLiteral(KAMERLEZER_CORPUS)))
        sources.append(QStringLiteral(KAMERLEZER_CORPUS));
    return sources;
}

QString LibraryGenerator::regeerprogramma()
{
    return QStringLiteral(KAMERLEZER_CORPUS "/pdf/regeerprogramma-2024-09-13__uitwerking-hoofdlijnenakkoord.pdf");
}

Annotation LibraryGenerator::randomAnnotation(QRandomGenerator& random, const LetterRecord& letter,
                                              const RenditionText& text, int serial)
{
    Annotation a;
    a.letterId = letter.id;
    a.renditionId = letter.renditions.first().id;
    const qsizetype start = random.bounded(int(text.text().size() - 200));
    a.anchor = TextAnchor::fromRange(text.text(), start, start + 30 + random.bounded(120));
    a.page = text.pageAt(start);
    a.note = QStringLiteral("Notitie %1").arg(serial);
    return a;
}

int LibraryGenerator::annotate(Library& library, int count)
{
    AnnotationStore store(library);
    const QList<LetterRecord> letters = library.letters();
    if (letters.isEmpty())
        return 0;
    int added = 0;
    for (int i = 0; i < count; ++i) {
        const LetterRecord& l = letters[m_random.bounded(int(letters.size()))];
        const RenditionText text = RenditionText::load(library, l.renditions.first().id);
        if (text.text().size() < 200)
            continue;
        const qsizetype start = m_random.bounded(int(text.text().size() - 120));
        Annotation a;
        a.letterId = l.id;
        a.renditionId = l.renditions.first().id;
        a.anchor = TextAnchor::fromRange(text.text(), start, start + 40 + m_random.bounded(80));
        a.color = QStringList{QStringLiteral("yellow"), QStringLiteral("green"), QStringLiteral("red")}[i % 3];
        if (!m_vocabulary.isEmpty())
            a.note = QStringLiteral("Notitie over %1").arg(m_vocabulary[m_random.bounded(int(m_vocabulary.size()))]);
        if (store.add(a))
            ++added;
    }
    return added;
}

} // namespace kl
