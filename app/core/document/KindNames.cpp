#include "KindNames.h"

#include <QCoreApplication>

namespace kl {

namespace {
// QT_TRANSLATE_NOOP keeps the strings visible to lupdate while the lookup stays data-driven.
struct Names {
    const char* kind;
    const char* singular;
    const char* plural;
};
const Names kNames[] = {
    {"brief", QT_TRANSLATE_NOOP("kl::KindNames", "letter"), QT_TRANSLATE_NOOP("kl::KindNames", "Letters")},
    {"motie", QT_TRANSLATE_NOOP("kl::KindNames", "motion"), QT_TRANSLATE_NOOP("kl::KindNames", "Motions")},
    {"amendement", QT_TRANSLATE_NOOP("kl::KindNames", "amendment"), QT_TRANSLATE_NOOP("kl::KindNames", "Amendments")},
    {"koninklijke-boodschap", QT_TRANSLATE_NOOP("kl::KindNames", "royal message"),
     QT_TRANSLATE_NOOP("kl::KindNames", "Royal messages")},
    {"voorstel-van-wet", QT_TRANSLATE_NOOP("kl::KindNames", "bill"), QT_TRANSLATE_NOOP("kl::KindNames", "Bills")},
    {"memorie-van-toelichting", QT_TRANSLATE_NOOP("kl::KindNames", "explanatory memorandum"),
     QT_TRANSLATE_NOOP("kl::KindNames", "Explanatory memoranda")},
    {"memorie-van-antwoord", QT_TRANSLATE_NOOP("kl::KindNames", "memorandum in reply"),
     QT_TRANSLATE_NOOP("kl::KindNames", "Memoranda in reply")},
    {"advies-raad-van-state", QT_TRANSLATE_NOOP("kl::KindNames", "Council of State advice"),
     QT_TRANSLATE_NOOP("kl::KindNames", "Council of State advice")},
    {"nota-naar-aanleiding-van-verslag", QT_TRANSLATE_NOOP("kl::KindNames", "memorandum following the report"),
     QT_TRANSLATE_NOOP("kl::KindNames", "Memoranda following the report")},
    {"nota-van-wijziging", QT_TRANSLATE_NOOP("kl::KindNames", "memorandum of amendment"),
     QT_TRANSLATE_NOOP("kl::KindNames", "Memoranda of amendment")},
    {"verslag", QT_TRANSLATE_NOOP("kl::KindNames", "report"), QT_TRANSLATE_NOOP("kl::KindNames", "Reports")},
    {"lijst-van-vragen", QT_TRANSLATE_NOOP("kl::KindNames", "list of questions"),
     QT_TRANSLATE_NOOP("kl::KindNames", "Lists of questions")},
    {"besluitenlijst", QT_TRANSLATE_NOOP("kl::KindNames", "decision list"),
     QT_TRANSLATE_NOOP("kl::KindNames", "Decision lists")},
    {"beslisnota", QT_TRANSLATE_NOOP("kl::KindNames", "decision memo"),
     QT_TRANSLATE_NOOP("kl::KindNames", "Decision memos")},
    {"antwoord-kamervragen", QT_TRANSLATE_NOOP("kl::KindNames", "answers to written questions"),
     QT_TRANSLATE_NOOP("kl::KindNames", "Answers to written questions")},
    {"kamervragen", QT_TRANSLATE_NOOP("kl::KindNames", "written questions"),
     QT_TRANSLATE_NOOP("kl::KindNames", "Written questions")},
    {"handelingen", QT_TRANSLATE_NOOP("kl::KindNames", "proceedings"),
     QT_TRANSLATE_NOOP("kl::KindNames", "Proceedings")},
    {"bijlage", QT_TRANSLATE_NOOP("kl::KindNames", "annex"), QT_TRANSLATE_NOOP("kl::KindNames", "Annexes")},
    {"regeerakkoord", QT_TRANSLATE_NOOP("kl::KindNames", "coalition agreement"),
     QT_TRANSLATE_NOOP("kl::KindNames", "Coalition agreements")},
    {"other", QT_TRANSLATE_NOOP("kl::KindNames", "other"), QT_TRANSLATE_NOOP("kl::KindNames", "Other documents")},
};
} // namespace

QString KindNames::label(const QString& kind)
{
    for (const Names& n : kNames)
        if (kind == QLatin1String(n.kind))
            return QCoreApplication::translate("kl::KindNames", n.singular);
    return kind.isEmpty() ? QCoreApplication::translate("kl::KindNames", "unknown kind") : kind;
}

QString KindNames::plural(const QString& kind)
{
    for (const Names& n : kNames)
        if (kind == QLatin1String(n.kind))
            return QCoreApplication::translate("kl::KindNames", n.plural);
    return kind.isEmpty() ? QCoreApplication::translate("kl::KindNames", "Documents of unknown kind") : kind;
}

} // namespace kl
