#include "ToezeggingDetector.h"

#include <QRegularExpression>

namespace kl {

namespace {

QRegularExpression rx(const char* pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::CaseInsensitiveOption |
                                                              QRegularExpression::UseUnicodePropertiesOption);
}

// Who commits: the writer, in the first person or as the cabinet.
#define WHO "(?:ik|wij|we|het kabinet|het Rijk|de regering|" MINISTER ")"
// A member of the cabinet by office, as the ministerraad's decision lists name them ("De minister van BZK").
#define MINISTER                                                                                                       \
    "(?:de )?(?:minister-president|(?:ministers?|staatssecretaris(?:sen)?)(?: voor| van)? (?-i:[A-Z&])[\\w&-]*"        \
    "(?: (?:en |voor |van )?(?-i:[A-Z])[\\w&-]*){0,4}(?: \\([^)]{1,40}\\))?)"
// The Kamer, by any of its names in a letter.
#define KAMER                                                                                                          \
    "(?:(?:uw|de)(?: Tweede| Eerste)? Kamer|de Staten-Generaal|beide Kamers|het parlement|de Staten-?Generaal)"
// What is done towards the Kamer.
#define TO_KAMER                                                                                                       \
    "(?:informeren|infomeren|berichten|rapporteren|toesturen|sturen|zenden|toezenden|doen toekomen|"                   \
    "toekomen|aanbieden|voorleggen|op de hoogte (?:houden|stellen|brengen)|melden|laten weten|delen|verzenden|"        \
    "bespreken|ge[iï]nformeerd|gedeeld|toegestuurd|toegezonden|gestuurd|verzonden|aangeboden|voorgelegd)"

// Strong cues: a commitment by their words alone.
const QRegularExpression& strongCues()
{
    static const QRegularExpression cues = rx(
        // "ik zeg toe", "zeg ik uw Kamer toe", "kan ik toezeggen", "wil ik toezeggen"
        "\\b" WHO " (?:zeg|zeggen)\\b[^.;]{0,60}\\btoe\\b|\\bzeg(?:gen)? " WHO "\\b[^.;]{0,60}\\btoe\\b|"
        "\\b(?:kan|wil|zal) " WHO " (?:u |uw Kamer |de Kamer )?(?:graag )?toezeggen\\b|"
        // "ik zal uw Kamer ... informeren", "zal ik uw Kamer ... informeren", "ik informeer uw Kamer voor ..."
        "\\b" WHO " (?:zal|zullen|ga|gaan|wil|verwacht|streef|hoop|kom|kan)\\b[^.;]{0,80}\\b" KAMER "\\b[^.;]{0,160}"
        "\\b" TO_KAMER "\\b|"
        "\\b(?:zal|zullen|ga|gaan|wil|verwacht|streef|hoop|kan) " WHO "\\b[^.;]{0,40}\\b" KAMER "\\b[^.;]{0,160}"
        "\\b" TO_KAMER "\\b|"
        // "ik kom hier (separaat) op terug", "kom ik ... op terug" (not "ik kom terug op": in a debate, the
        // speaker turns to a point)
        "\\b" WHO " (?:kom|komt|komen)\\b[^.;]{0,80}\\bop terug\\b|\\bkom(?:en)? " WHO "\\b[^.;]{0,120}\\bop terug\\b|"
        // "u ontvangt", "ontvangt u", "ontvangt uw Kamer", "uw Kamer ontvangt"
        "\\bu ontvangt\\b|\\bontvangt (?:u|uw Kamer)\\b|\\buw Kamer ontvangt\\b|"
        // "uw Kamer wordt ... geïnformeerd", "zal uw Kamer ... worden geïnformeerd"
        "\\b" KAMER " (?:zal|zal worden)\\b[^.;]{0,120}\\b(?:ge[iï]nformeerd|bericht|toegezonden)\\b|"
        // "zal op korte termijn met uw Kamer gedeeld worden", "zal aan uw Kamer worden toegezonden"
        "\\b(?:zal|zullen)\\b[^.;]{0,80}\\b(?:met|aan) " KAMER "\\b[^.;]{0,40}\\b(?:gedeeld|toegestuurd|"
        "toegezonden|gestuurd|verzonden|aangeboden|voorgelegd)\\b|"
        // "zal het voorstel doen intrekken": a bill withdrawn
        "\\b" WHO " (?:zal|zullen)\\b[^.;]{0,60}\\bintrekken\\b|"
        // "doen toekomen" with a future
        "\\b(?:zal|zullen)\\b[^.;]{0,120}\\bdoen toekomen\\b|\\bdoen "
        "toekomen\\b[^.;]{0,40}\\b(?:voor|uiterlijk|in|na)\\b|"
        // "ik stuur uw Kamer voor de zomer ..."
        "\\b" WHO " (?:stuur|sturen|zend|zenden)\\b[^.;]{0,30}\\b" KAMER "\\b");
    return cues;
}

// Weak cues: a commitment only with a moment or a deliverable.
const QRegularExpression& weakCues()
{
    static const QRegularExpression cues = rx(
        "\\b" WHO " (?:zal|zullen|ga|gaan)\\b|\\b(?:zal|zullen|ga|gaan) " WHO "\\b|"
        "\\b(?:ben|zijn) (?:ik |wij |we )?bereid\\b|\\bis het kabinet bereid\\b|"
        // intentions: "ik ben voornemens", "zie ik mij genoodzaakt ... vast te leggen", "het kabinet is van plan"
        "\\b(?:ben|is|zijn) (?:ik |wij |we |(?:het|dit) kabinet )?(?:tevens |ook |daarom |dan ook )?(?:voornemens|"
        "van plan|van zins)\\b|"
        "\\b(?:ik|wij|we|het kabinet) (?:heb|hebben|heeft) het voornemen\\b|\\b(?:mijn|ons) voornemen\\b|"
        "\\bhet voornemen van het kabinet\\b|\\b(?:zie|zien) (?:ik mij|wij ons|we ons|het kabinet zich) genoodzaakt\\b|"
        "\\b" WHO " (?:neem|nemen|stel|stellen|werk|werken)\\b[^.;]{0,40}\\b(?:voor|uiterlijk)\\b|"
        // a future told in the present: "deel ik in 2025 de onderzoeksopzet", "stuur ik u na de zomer"
        "\\b(?:deel|stuur|zend|informeer|bied|verwacht|streef) (?:ik|wij|we|het kabinet)\\b|"
        // a deliverable said to come: "zal ... verder uitgewerkt worden in een regeerprogramma"
        "\\b(?:zal|zullen)\\b[^.;]{0,80}\\b(?:uitgewerkt|opgesteld|gepubliceerd|verzonden|gedeeld|aangeboden|"
        "vastgesteld|ingediend|uitgebracht|afgerond|besloten) (?:worden|zijn)\\b|"
        // the present for the future: "wordt zo spoedig mogelijk gepubliceerd", "uw Kamer wordt voor de zomer
        // geïnformeerd" (with a moment or a deliverable: "wordt jaarlijks geïnformeerd" is a habit)
        "\\b(?:wordt|worden)\\b[^.;]{0,60}\\b(?:gepubliceerd|verzonden|gedeeld|aangeboden|toegestuurd|ingediend|"
        "ge[iï]nformeerd|toegezonden)\\b");
    return cues;
}

// What is promised, when named, and after the cue: things that reach the Kamer by their nature.
const QRegularExpression& deliverablesForTheKamer()
{
    static const QRegularExpression words =
        rx("\\b(voortgangsrapportages?|voortgangsbrief|kamerbrief|wetsvoorstel(?:len)?|AMvB|"
           "algemene maatregel van bestuur|ontwerpbesluit|voorhang|kabinetsreactie|beleidsreactie|"
           "kabinetsstandpunt|nota van wijziging|regeerprogramma|wet- (?:en|of) regelgeving|wetswijziging|"
           "brief|brieven|beslisnota)\\b");
    return words;
}

// Deliverables that may go anywhere: they count when the sentence names the Kamer.
const QRegularExpression& otherDeliverables()
{
    static const QRegularExpression words =
        rx("\\b(tussenrapportage|rapportages?|rapport|evaluaties?|reactie|plan van aanpak|actieplan|onderzoek|"
           "onderzoeksopzet|visie|verkenning|notitie|nota|voorstel|monitor|uitwerking|uitkomsten|resultaten|"
           "stand van zaken|overzicht|analyse|advies|besluit|regelgeving|wetgeving)\\b");
    return words;
}

// Acts towards others than the Kamer, which a weak cue does not make a commitment: asking the Raad van State's
// advice.
const QRegularExpression& towardsOthers()
{
    static const QRegularExpression words = rx("\\baanhangig (?:doen )?maken\\b|\\bom advies\\b");
    return words;
}

// A speaker's line in a debate's transcript: "Minister Rutte:", "Staatssecretaris Klijnsma:", "De heer Klaver
// (GroenLinks):", "De voorzitter:".
const QRegularExpression& speakerLine()
{
    static const QRegularExpression line(
        QStringLiteral("^[ \\t]*((?:Minister|Staatssecretaris|De minister|De staatssecretaris|De minister-president|"
                       "De heer|Mevrouw|De voorzitter)\\b[^:\\n.]{0,100}):[ \\t]*$"),
        QRegularExpression::MultilineOption | QRegularExpression::UseUnicodePropertiesOption);
    return line;
}

const QRegularExpression& minister()
{
    static const QRegularExpression words = rx("\\b" MINISTER "\\b");
    return words;
}

const QRegularExpression& kamer()
{
    static const QRegularExpression words = rx("\\b" KAMER "\\b");
    return words;
}

// What the Kamer or others asked: "vragen de leden wat ik ga doen".
const QRegularExpression& reportedQuestion()
{
    static const QRegularExpression words =
        rx("\\b(?:vragen|vraagt|vroegen|vroeg|willen weten|wil weten)\\b[^.;]{0,40}\\b(?:wat|of|hoe|wanneer|welke|"
           "waarom)\\b[^.;]{0,30}\\b(?:ik|het kabinet|de minister)\\b");
    return words;
}

// The writer declines, or asks.
const QRegularExpression& negations()
{
    static const QRegularExpression words = rx(
        "\\b(?:niet|geen|nooit)\\b[^.;]{0,30}\\btoe(?:zeggen|zegging)\\b|\\bkan " WHO " niet\\b|\\b" WHO
        " (?:zal|zullen|kan|kunnen|ga|gaan) (?:u |uw Kamer )?(?:daarom |dan ook )?(?:niet|geen)\\b|\\b(?:zal|ga) " WHO
        " (?:niet|geen)\\b|\\bzal (?:dat|dit|het) niet\\b");
    return words;
}

// The letter sends it now: not a promise, unless it keeps one.
const QRegularExpression& sentNow()
{
    static const QRegularExpression words =
        rx("\\b(?:hierbij|bijgaand|met deze brief|in deze brief|hiermee|hiermede)\\b|"
           "\\b(?:deel|delen) (?:ik|wij|we) u\\b[^.;]{0,20}\\b(?:mee|mede)\\b");
    return words;
}

const QRegularExpression& keepsPromise()
{
    static const QRegularExpression words =
        rx("\\b(?:conform|zoals|overeenkomstig|ter uitvoering van|naar aanleiding van) (?:de |mijn |onze |het "
           "kabinets|een )?(?:toezegging|toegezegd)|\\bzoals (?:ik|wij|het kabinet) (?:heb|hebben|heeft) "
           "toegezegd\\b|\\bdoe ik (?:mijn |de )?toezegging gestand\\b");
    return words;
}

// The deliverable named after `from`: one for the Kamer by its nature, or another when the Kamer is named.
QString deliverableAfter(const QString& sentence, qsizetype from)
{
    QRegularExpressionMatch thing = deliverablesForTheKamer().match(sentence, from);
    if (!thing.hasMatch() && kamer().match(sentence).hasMatch())
        thing = otherDeliverables().match(sentence, from);
    return thing.hasMatch() ? thing.captured(1).toLower() : QString();
}

bool isAbbreviation(QStringView word)
{
    static const QStringList abbreviations = {
        QStringLiteral("nr"),    QStringLiteral("nrs"),   QStringLiteral("blz"),          QStringLiteral("art"),
        QStringLiteral("o.a"),   QStringLiteral("bijv"),  QStringLiteral("d.w.z"),        QStringLiteral("e.d"),
        QStringLiteral("m.b.t"), QStringLiteral("t.a.v"), QStringLiteral("i.v.m"),        QStringLiteral("jl"),
        QStringLiteral("resp"),  QStringLiteral("ca"),    QStringLiteral("mr"),           QStringLiteral("dr"),
        QStringLiteral("prof"),  QStringLiteral("drs"),   QStringLiteral("ir"),           QStringLiteral("mevr"),
        QStringLiteral("dhr"),   QStringLiteral("vgl"),   QStringLiteral("zgn"),          QStringLiteral("p"),
        QStringLiteral("pag"),   QStringLiteral("e.a"),   QStringLiteral("i.c"),          QStringLiteral("m.n"),
        QStringLiteral("o.m"),   QStringLiteral("t.b.v"), QStringLiteral("z.s.m"),        QStringLiteral("incl"),
        QStringLiteral("excl"),  QStringLiteral("red"),   QStringLiteral("kamerstukken"), QStringLiteral("st"),
        QStringLiteral("stb"),   QStringLiteral("stcrt"), QStringLiteral("jo"),           QStringLiteral("lid")};
    return (word.size() == 1 && word[0].isLetter()) || abbreviations.contains(word.toString().toLower());
}

} // namespace

ToezeggingDetector::ToezeggingDetector(const RecessCalendar& calendar)
    : m_deadlines(calendar)
{
}

QList<std::pair<qsizetype, qsizetype>> ToezeggingDetector::sentences(const QString& text)
{
    QList<std::pair<qsizetype, qsizetype>> out;
    qsizetype start = 0;
    auto close = [&](qsizetype end) {
        while (start < end && text[start].isSpace())
            ++start;
        if (end > start)
            out.append({start, end});
        start = end;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\n')) {
            // A blank line ends a paragraph, and with it a sentence (headings, list items, signatures).
            qsizetype j = i + 1;
            while (j < n && text[j] != QLatin1Char('\n') && text[j].isSpace())
                ++j;
            if (j < n && text[j] == QLatin1Char('\n')) {
                close(i);
                i = j;
            }
            continue;
        }
        if (c != QLatin1Char('.') && c != QLatin1Char('!') && c != QLatin1Char('?'))
            continue;
        qsizetype j = i + 1;
        while (j < n && (text[j] == QLatin1Char('"') || text[j] == QChar(0x201D) || text[j] == QLatin1Char(')')))
            ++j;
        if (j >= n || !text[j].isSpace())
            continue;
        qsizetype k = j;
        while (k < n && text[k].isSpace())
            ++k;
        if (k < n && !text[k].isUpper() && text[k] != QChar(0x2018) && text[k] != QChar(0x201C) &&
            text[k] != QLatin1Char('"'))
            continue;
        if (c == QLatin1Char('.')) {
            qsizetype w = i;
            while (w > start && !text[w - 1].isSpace() && text[w - 1] != QLatin1Char('('))
                --w;
            if (isAbbreviation(QStringView(text).mid(w, i - w)))
                continue;
        }
        close(j);
    }
    close(n);
    return out;
}

QString ToezeggingDetector::tidy(QStringView span)
{
    QString out;
    out.reserve(span.size());
    bool space = false;
    for (qsizetype i = 0; i < span.size(); ++i) {
        const QChar c = span[i];
        if (c == QLatin1Char('-') && i + 1 < span.size() && span[i + 1] == QLatin1Char('\n') && i > 0 &&
            span[i - 1].isLetter()) {
            // "ver-\nslag": one word again.
            ++i;
            while (i + 1 < span.size() && span[i + 1].isSpace())
                ++i;
            continue;
        }
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out.append(QLatin1Char(' '));
        space = false;
        out.append(c);
    }
    return out;
}

Deadline ToezeggingDetector::deadlineIn(const QString& sentence, const QDate& written) const
{
    // A date in the past ("d.d. 25 oktober 2024") is history: the deadline is a later phrase.
    qsizetype from = 0;
    for (;;) {
        Deadline d = m_deadlines.find(sentence.mid(from), written);
        if (!d.found())
            return {};
        d.start += from;
        if (!d.hasDate() || !written.isValid() || d.due >= written)
            return d;
        from = d.start + d.phrase.size();
    }
}

QList<ToezeggingDetector::Turn> ToezeggingDetector::turns(const QString& text)
{
    QList<Turn> out;
    for (auto it = speakerLine().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString speaker = m.captured(1).simplified();
        const bool government = speaker.startsWith(QLatin1String("Minister")) ||
                                speaker.startsWith(QLatin1String("Staatssecretaris")) ||
                                speaker.startsWith(QLatin1String("De minister")) ||
                                speaker.startsWith(QLatin1String("De staatssecretaris"));
        out.append({m.capturedEnd(), speaker, government});
    }
    // A letter may have a line like a speaker's; a transcript has many.
    if (out.size() < 3)
        out.clear();
    return out;
}

QList<DetectedToezegging> ToezeggingDetector::detect(const QString& text, const QDate& written) const
{
    QList<DetectedToezegging> out;
    const QList<Turn> speakers = turns(text);
    for (const auto& [start, end] : sentences(text)) {
        // In a debate only the government's members commit; a Kamerlid's "ik zal" is not a toezegging.
        const Turn* turn = nullptr;
        if (!speakers.isEmpty()) {
            const auto after = std::upper_bound(speakers.begin(), speakers.end(), start,
                                                [](qsizetype pos, const Turn& t) { return pos < t.start; });
            if (after == speakers.begin() || !(after - 1)->government)
                continue;
            turn = &*(after - 1);
        }
        const QString sentence = tidy(QStringView(text).mid(start, end - start));
        if (sentence.size() < 12 || sentence.size() > 1500 || sentence.endsWith(QLatin1Char('?')))
            continue;
        DetectedToezegging t;
        t.kept = keepsPromise().match(sentence).hasMatch();
        const bool now = sentNow().match(sentence).hasMatch();
        if (negations().match(sentence).hasMatch() && !t.kept)
            continue;
        const QRegularExpressionMatch strong = strongCues().match(sentence);
        t.deadline = deadlineIn(sentence, written);
        if (strong.hasMatch() && (!now || t.kept)) {
            t.cue = strong.captured(0);
            t.confidence = 0.9;
        } else if (t.kept) {
            t.cue = keepsPromise().match(sentence).captured(0);
            t.confidence = 0.8;
        } else if (!now && !reportedQuestion().match(sentence).hasMatch() &&
                   !towardsOthers().match(sentence).hasMatch()) {
            const QRegularExpressionMatch weak = weakCues().match(sentence);
            if (!weak.hasMatch())
                continue;
            t.cue = weak.captured(0);
            const bool moment = t.deadline.found();
            const QString deliverable = deliverableAfter(sentence, weak.capturedStart());
            if (!moment && deliverable.isEmpty())
                continue;
            t.confidence = moment && !deliverable.isEmpty() ? 0.75 : 0.6;
            t.deliverable = deliverable;
        } else {
            continue;
        }
        if (t.deliverable.isEmpty())
            t.deliverable = deliverableAfter(sentence, strong.hasMatch() ? strong.capturedStart() : 0);
        if (const QRegularExpressionMatch office = minister().match(t.cue); office.hasMatch())
            t.who = office.captured(0);
        else if (turn)
            t.who = turn->speaker;
        t.start = start;
        t.end = end;
        t.sentence = sentence;
        out.append(t);
    }
    return out;
}

} // namespace kl
