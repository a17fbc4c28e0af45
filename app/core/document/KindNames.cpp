#include "KindNames.h"

#include <QCoreApplication>

namespace kl {

namespace {
// QT_TRANSLATE_NOOP keeps the strings visible to lupdate while the lookup stays data-driven.
struct Names {
    const char* kind;
    const char* singular;
    const char* plural;
    const char* brief; // for a narrow column, about 14 characters at most; a context of its own: "letter" twice
};
const Names kNames[] = {
    {"brief", QT_TRANSLATE_NOOP("kl::KindNames", "letter"), QT_TRANSLATE_NOOP("kl::KindNames", "Letters"),
     QT_TRANSLATE_NOOP("kl::KindNames::brief", "letter")},
    {"motie", QT_TRANSLATE_NOOP("kl::KindNames", "motion"), QT_TRANSLATE_NOOP("kl::KindNames", "Motions"),
     QT_TRANSLATE_NOOP("kl::KindNames::brief", "motion")},
    {"amendement", QT_TRANSLATE_NOOP("kl::KindNames", "amendment"), QT_TRANSLATE_NOOP("kl::KindNames", "Amendments"),
     QT_TRANSLATE_NOOP("kl::KindNames::brief", "amendment")},
    {"koninklijke-boodschap", QT_TRANSLATE_NOOP("kl::KindNames", "royal message"),
     QT_TRANSLATE_NOOP("kl::KindNames", "Royal messages"), QT_TRANSLATE_NOOP("kl::KindNames::brief", "royal msg.")},
    {"voorstel-van-wet", QT_TRANSLATE_NOOP("kl::KindNames", "bill"), QT_TRANSLATE_NOOP("kl::KindNames", "Bills"),
     QT_TRANSLATE_NOOP("kl::KindNames::brief", "bill")},
    {"memorie-van-toelichting", QT_TRANSLATE_NOOP("kl::KindNames", "explanatory memorandum"),
     QT_TRANSLATE_NOOP("kl::KindNames", "Explanatory memoranda"),
     QT_TRANSLATE_NOOP("kl::KindNames::brief", "expl. memo")},
    {"memorie-van-antwoord", QT_TRANSLATE_NOOP("kl::KindNames", "memorandum in reply"),
     QT_TRANSLATE_NOOP("kl::KindNames", "Memoranda in reply"),
     QT_TRANSLATE_NOOP("kl::KindNames::brief", "memo in reply")},
    {"advies-raad-van-state", QT_TRANSLATE_NOOP("kl::KindNames", "Council of State advice"),
     QT_TRANSLATE_NOOP("kl::KindNames", "Council of State advice"),
     QT_TRANSLATE_NOOP("kl::KindNames::brief", "CoS advice")},
    {"nota-naar-aanleiding-van-verslag", QT_TRANSLATE_NOOP("kl::KindNames", "memorandum following the report"),
     QT_TRANSLATE_NOOP("kl::KindNames", "Memoranda following the report"),
     QT_TRANSLATE_NOOP("kl::KindNames::brief", "memo on report")},
    {"nota-van-wijziging", QT_TRANSLATE_NOOP("kl::KindNames", "memorandum of amendment"),
     QT_TRANSLATE_NOOP("kl::KindNames", "Memoranda of amendment"),
     QT_TRANSLATE_NOOP("kl::KindNames::brief", "amend. memo")},
    {"verslag", QT_TRANSLATE_NOOP("kl::KindNames", "report"), QT_TRANSLATE_NOOP("kl::KindNames", "Reports"),
     QT_TRANSLATE_NOOP("kl::KindNames::brief", "report")},
    {"lijst-van-vragen", QT_TRANSLATE_NOOP("kl::KindNames", "list of questions"),
     QT_TRANSLATE_NOOP("kl::KindNames", "Lists of questions"),
     QT_TRANSLATE_NOOP("kl::KindNames::brief", "question list")},
    {"besluitenlijst", QT_TRANSLATE_NOOP("kl::KindNames", "decision list"),
     QT_TRANSLATE_NOOP("kl::KindNames", "Decision lists"), QT_TRANSLATE_NOOP("kl::KindNames::brief", "decisions")},
    {"beslisnota", QT_TRANSLATE_NOOP("kl::KindNames", "decision memo"),
     QT_TRANSLATE_NOOP("kl::KindNames", "Decision memos"), QT_TRANSLATE_NOOP("kl::KindNames::brief", "decision memo")},
    {"antwoord-kamervragen", QT_TRANSLATE_NOOP("kl::KindNames", "answers to written questions"),
     QT_TRANSLATE_NOOP("kl::KindNames", "Answers to written questions"),
     QT_TRANSLATE_NOOP("kl::KindNames::brief", "answers")},
    {"kamervragen", QT_TRANSLATE_NOOP("kl::KindNames", "written questions"),
     QT_TRANSLATE_NOOP("kl::KindNames", "Written questions"), QT_TRANSLATE_NOOP("kl::KindNames::brief", "questions")},
    {"handelingen", QT_TRANSLATE_NOOP("kl::KindNames", "proceedings"),
     QT_TRANSLATE_NOOP("kl::KindNames", "Proceedings"), QT_TRANSLATE_NOOP("kl::KindNames::brief", "proceedings")},
    {"bijlage", QT_TRANSLATE_NOOP("kl::KindNames", "annex"), QT_TRANSLATE_NOOP("kl::KindNames", "Annexes"),
     QT_TRANSLATE_NOOP("kl::KindNames::brief", "annex")},
    {"regeerakkoord", QT_TRANSLATE_NOOP("kl::KindNames", "coalition agreement"),
     QT_TRANSLATE_NOOP("kl::KindNames", "Coalition agreements"),
     QT_TRANSLATE_NOOP("kl::KindNames::brief", "coalition agr.")},
    {"other", QT_TRANSLATE_NOOP("kl::KindNames", "other"), QT_TRANSLATE_NOOP("kl::KindNames", "Other documents"),
     QT_TRANSLATE_NOOP("kl::KindNames::brief", "other")},
};
} // namespace

QString KindNames::label(const QString& kind)
{
    for (const Names& n : kNames)
        if (kind == QLatin1String(n.kind))
            return QCoreApplication::translate("kl::KindNames", n.singular);
    return kind.isEmpty() ? QCoreApplication::translate("kl::KindNames", "unknown kind") : kind;
}

QString KindNames::brief(const QString& kind)
{
    for (const Names& n : kNames)
        if (kind == QLatin1String(n.kind))
            return QCoreApplication::translate("kl::KindNames::brief", n.brief);
    return label(kind);
}

QStringList KindNames::kinds()
{
    QStringList out;
    for (const Names& n : kNames)
        out.append(QLatin1String(n.kind));
    return out;
}

QString KindNames::plural(const QString& kind)
{
    for (const Names& n : kNames)
        if (kind == QLatin1String(n.kind))
            return QCoreApplication::translate("kl::KindNames", n.plural);
    return kind.isEmpty() ? QCoreApplication::translate("kl::KindNames", "Documents of unknown kind") : kind;
}

} // namespace kl
