#include "KeptByCandidates.h"

#include "library/Library.h"
#include "library/RenditionText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace kl {

QStringList KeptByCandidates::contentWords(const QString& text)
{
    // The words of every letter to the Kamer, and those of the promise itself.
    static const QSet<QString> common = {QStringLiteral("kamer"),      QStringLiteral("informeren"),
                                         QStringLiteral("minister"),   QStringLiteral("staatssecretaris"),
                                         QStringLiteral("kabinet"),    QStringLiteral("zullen"),
                                         QStringLiteral("daarover"),   QStringLiteral("hierover"),
                                         QStringLiteral("separaat"),   QStringLiteral("terugkomen"),
                                         QStringLiteral("toezegging"), QStringLiteral("voorzitter"),
                                         QStringLiteral("tweede"),     QStringLiteral("komende"),
                                         QStringLiteral("periode"),    QStringLiteral("daarbij"),
                                         QStringLiteral("waarbij"),    QStringLiteral("worden"),
                                         QStringLiteral("wordt"),      QStringLiteral("tijdens"),
                                         QStringLiteral("verder"),     QStringLiteral("zomer"),
                                         QStringLiteral("voorjaar"),   QStringLiteral("najaar"),
                                         QStringLiteral("brief"),      QStringLiteral("sturen"),
                                         QStringLiteral("stuur")};
    static const QRegularExpression word(QStringLiteral("\\w{6,}"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    for (auto it = word.globalMatch(text.toLower()); it.hasNext();) {
        const QString w = it.next().captured();
        if (!common.contains(w) && !out.contains(w) && !w.front().isDigit())
            out.append(w);
    }
    return out;
}

QList<KeptByCandidate> KeptByCandidates::find(const Library& library, const Toezegging& t, int max)
{
    if (t.dossier.isEmpty())
        return {};
    const QString number = t.dossier.section(QLatin1Char('-'), 0, 0);
    const QStringList words = contentWords(t.text + QLatin1Char(' ') + t.deliverable);
    const QDate since = t.madeOn.isValid() ? t.madeOn : t.created.date();
    // The letters after the promise, the nearest first: a dossier of thousands is read no further than kLetters.
    QList<LetterRecord> later;
    for (const LetterRecord& letter : library.letters(number))
        if (letter.id != t.letterId && (!letter.metadata.date.isValid() || letter.metadata.date >= since))
            later.append(letter);
    std::stable_sort(later.begin(), later.end(), [](const LetterRecord& a, const LetterRecord& b) {
        return a.metadata.date.isValid() && (!b.metadata.date.isValid() || a.metadata.date < b.metadata.date);
    });
    QList<KeptByCandidate> out;
    for (const LetterRecord& letter : later.mid(0, kLetters)) {
        const RenditionRecord* primary = letter.primaryRendition();
        if (!primary)
            continue;
        KeptByCandidate c;
        c.letterId = letter.id;
        c.title = letter.displayTitle();
        c.date = letter.metadata.date;
        if (!t.number.isEmpty()) {
            const QString target = QStringLiteral("tz:") + t.number;
            const QList<Reference> refs = library.references(primary->id);
            if (std::any_of(refs.begin(), refs.end(), [&](const Reference& r) { return r.target == target; })) {
                c.score += 100;
                c.reasons.append(QCoreApplication::translate("KeptByCandidates", "cites %1").arg(t.number));
            }
        }
        const QString text = RenditionText::load(library, primary->id).text().toLower();
        if (text.contains(QLatin1String("toezegging")) || text.contains(QLatin1String("toegezegd"))) {
            c.score += 20;
            c.reasons.append(QCoreApplication::translate("KeptByCandidates", "says ‘toezegging’"));
        }
        QStringList shared;
        for (const QString& w : words)
            if (text.contains(w))
                shared.append(w);
        if (!words.isEmpty() && shared.size() >= 2) {
            c.score += 50.0 * double(shared.size()) / double(words.size());
            c.reasons.append(QCoreApplication::translate("KeptByCandidates", "about: %1")
                                 .arg(shared.mid(0, 4).join(QLatin1String(", "))));
        }
        if (c.score > 0)
            out.append(c);
    }
    std::stable_sort(out.begin(), out.end(), [](const KeptByCandidate& a, const KeptByCandidate& b) {
        return a.score != b.score ? a.score > b.score : a.date < b.date;
    });
    return out.mid(0, max);
}

} // namespace kl
