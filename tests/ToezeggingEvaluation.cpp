#include "ToezeggingEvaluation.h"

#include "import/DocumentReader.h"
#include "toezeggingen/ToezeggingDetector.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace {

QStringList wordsOf(const QString& s)
{
    static const QRegularExpression word(QStringLiteral("\\w+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    for (auto it = word.globalMatch(s.toLower()); it.hasNext();)
        out.append(it.next().captured());
    return out;
}

} // namespace

bool ToezeggingEvaluation::sameWords(const QString& a, const QString& b)
{
    const QString x = wordsOf(a).join(QLatin1Char(' ')), y = wordsOf(b).join(QLatin1Char(' '));
    return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
}

bool ToezeggingEvaluation::sameSentence(const QString& a, const QString& b)
{
    const QStringList x = wordsOf(a), y = wordsOf(b);
    const QString jx = x.join(QLatin1Char(' ')), jy = y.join(QLatin1Char(' '));
    if (jx.isEmpty() || jy.isEmpty())
        return false;
    if (jx.contains(jy) || jy.contains(jx))
        return true;
    const QSet<QString> sx(x.begin(), x.end()), sy(y.begin(), y.end());
    return double((QSet<QString>(sx).intersect(sy)).size()) / double((QSet<QString>(sx).unite(sy)).size()) >= 0.6;
}

QList<ToezeggingScore> ToezeggingEvaluation::run(const QString& labelsPath, const QString& sharedFolder, QString* error)
{
    QFile file(labelsPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(labelsPath, file.errorString());
        return {};
    }
    const QJsonArray documents =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("documents")).toArray();
    if (documents.isEmpty()) {
        *error = QStringLiteral("%1: no documents").arg(labelsPath);
        return {};
    }
    const kl::ToezeggingDetector detector;
    QList<ToezeggingScore> out;
    for (const QJsonValue& v : documents) {
        const QJsonObject d = v.toObject();
        ToezeggingScore score;
        score.file = d.value(QLatin1String("file")).toString();
        const kl::DocumentReader::FileRead read =
            kl::DocumentReader::readFile(sharedFolder + QLatin1Char('/') + score.file);
        if (!read.result.ok()) {
            *error = QStringLiteral("%1: %2").arg(score.file, read.result.error);
            return {};
        }
        QString text;
        for (const auto& page : read.result.document.pages)
            text += page.text + QLatin1Char('\n');
        QDate written = read.result.document.metadata.date;
        if (!written.isValid())
            written = QDate::fromString(d.value(QLatin1String("date")).toString(), Qt::ISODate);
        QStringList found;
        QElapsedTimer timer;
        timer.start();
        const QList<kl::DetectedToezegging> detected = detector.detect(text, written);
        score.detectMs = double(timer.nsecsElapsed()) / 1e6;
        score.characters = int(text.size());
        for (const kl::DetectedToezegging& t : detected)
            found.append(t.sentence);
        // Each label takes the found sentence that is the same words first; only then one that is near it (two
        // decisions of the ministerraad differ in a word or two).
        QList<bool> used(found.size(), false);
        QStringList labels;
        for (const QJsonValue& c : d.value(QLatin1String("commitments")).toArray())
            labels.append(c.toObject().value(QLatin1String("sentence")).toString());
        QList<bool> hit(labels.size(), false);
        for (const bool exact : {true, false})
            for (qsizetype l = 0; l < labels.size(); ++l)
                for (qsizetype i = 0; i < found.size() && !hit[l]; ++i)
                    if (!used[i] && (exact ? sameWords(labels[l], found[i]) : sameSentence(labels[l], found[i])))
                        used[i] = hit[l] = true;
        score.labelled = int(labels.size());
        for (qsizetype l = 0; l < labels.size(); ++l) {
            if (hit[l])
                ++score.matched;
            else
                score.missed.append(labels[l]);
        }
        score.found = int(found.size());
        for (qsizetype i = 0; i < found.size(); ++i)
            if (!used[i])
                score.extra.append(found[i]);
        out.append(score);
    }
    return out;
}

double ToezeggingEvaluation::recall(const QList<ToezeggingScore>& scores)
{
    int labelled = 0, matched = 0;
    for (const ToezeggingScore& s : scores) {
        labelled += s.labelled;
        matched += s.matched;
    }
    return labelled ? double(matched) / labelled : 0;
}

double ToezeggingEvaluation::precision(const QList<ToezeggingScore>& scores)
{
    int found = 0, right = 0;
    for (const ToezeggingScore& s : scores) {
        found += s.found;
        right += s.found - int(s.extra.size());
    }
    return found ? double(right) / found : 0;
}
