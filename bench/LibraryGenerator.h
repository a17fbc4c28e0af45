#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace kl {

class Library;
class RenditionText;
struct Annotation;
struct LetterRecord;

// Makes realistic letters for benchmarks by recombining the sentences, dossiers and references of the real
// corpus (when present) and the sample letters: each letter gets a Kamerstuk header, a body of 5 to 30
// sentences and a signature. Deterministic for a given seed.
class LibraryGenerator {
public:
    explicit LibraryGenerator(quint32 seed = 20241119);
    // Reads sentences from every document under the given folders.
    void learnFrom(const QStringList& folders);
    int sentenceCount() const { return int(m_sentences.size()); }
    // A letter of one of `dossiers` dossiers.
    QString letter(int serial, int dossiers = 240);
    // Stores `count` letters in `library`; returns how many were stored.
    int generate(Library& library, int count, int dossiers = 240);
    // Writes `count` letters as text files (00000.txt, ...) into `folder`, numbered from `firstSerial`, for
    // benchmarks that import files; returns their paths.
    QStringList writeFiles(const QString& folder, int count, int firstSerial = 0, int dossiers = 240);
    // Adds `count` highlights with notes spread over the library's letters.
    int annotate(Library& library, int count);
    const QStringList& vocabulary() const { return m_vocabulary; }

    // The sample letters, and the real corpus when it is there: what the benchmarks learn their words from.
    static QStringList defaultSources();
    // The 138-page Regeerprogramma of the corpus: the benchmarks' long document.
    static QString regeerprogramma();
    // A highlight of 30 to 150 characters somewhere in the letter's first rendition, with a note.
    static Annotation randomAnnotation(QRandomGenerator& random, const LetterRecord& letter, const RenditionText& text,
                                       int serial);

private:
    QRandomGenerator m_random;
    QStringList m_sentences;
    QStringList m_vocabulary;
};

} // namespace kl
