#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The hand labels of tests/data/toezeggingen/labels.json against what ToezeggingDetector finds in the same
// documents (read from ../shared as the library reads them): per document the labelled commitments, the ones
// found, and which of each the other lacks. What the recall and precision of detection are measured by.
struct ToezeggingScore {
    QString file;
    int labelled = 0, found = 0, matched = 0;
    int characters = 0;  // of the document's text
    double detectMs = 0; // how long detection took on it
    QStringList missed, extra;
};

class ToezeggingEvaluation {
public:
    // Empty, with `error`, when the labels or a document cannot be read.
    static QList<ToezeggingScore> run(const QString& labelsPath, const QString& sharedFolder, QString* error);
    // The same words, or one's inside the other's.
    static bool sameWords(const QString& a, const QString& b);
    // One sentence, read from two renditions: the same words, or one inside the other.
    static bool sameSentence(const QString& a, const QString& b);
    static double recall(const QList<ToezeggingScore>& scores);
    static double precision(const QList<ToezeggingScore>& scores);
};
