#include "DocumentKind.h"

#include <QRegularExpression>

namespace kl {

QString DocumentKind::fromTitle(const QString& title)
{
    const QString t = title.simplified().toUpper();
    if (t.isEmpty())
        return {};
    struct Rule {
        const char* pattern;
        const char* kind;
    };
    // Order matters: "NOTA VAN WIJZIGING" before "NOTA", "VERSLAG" last of the verslag family.
    static const Rule rules[] = {
        // "TWEEDE NADER GEWIJZIGDE MOTIE", and the misprint "GEWIJZIGE MOTIE" (kst-36470-14) as printed.
        {"^((TWEEDE|DERDE|VIERDE) )?((NADER )?GEWIJZIGD?E )?MOTIE\\b", "motie"},
        {"^((TWEEDE|DERDE|VIERDE) )?((NADER )?GEWIJZIGD )?AMENDEMENT\\b", "amendement"},
        {"^KONINKLIJKE BOODSCHAP\\b", "koninklijke-boodschap"},
        {"^(GEWIJZIGD )?VOORSTEL VAN (RIJKS)?WET\\b", "voorstel-van-wet"},
        {"^(NADERE )?MEMORIE VAN TOELICHTING\\b", "memorie-van-toelichting"},
        {"^(NADERE )?MEMORIE VAN ANTWOORD\\b", "memorie-van-antwoord"},
        {"^ADVIES (AFDELING ADVISERING )?(VAN DE )?RAAD VAN STATE\\b", "advies-raad-van-state"},
        {"^(NADERE )?NOTA NAAR AANLEIDING VAN HET (NADER )?VERSLAG\\b", "nota-naar-aanleiding-van-verslag"},
        {"^(\\w+ )?NOTA VAN WIJZIGING\\b", "nota-van-wijziging"},
        {"^LIJST VAN (VRAGEN|FEITELIJKE VRAGEN)\\b", "lijst-van-vragen"},
        {"^BESLUITENLIJST\\b", "besluitenlijst"},
        {"^((NADER )?VOORLOPIG VERSLAG|EINDVERSLAG|VERSLAG)\\b", "verslag"},
        {"^BRIEF\\b", "brief"},
    };
    for (const Rule& rule : rules) {
        const QRegularExpression re(QString::fromLatin1(rule.pattern));
        if (re.match(t).hasMatch())
            return QString::fromLatin1(rule.kind);
    }
    return QStringLiteral("other");
}

const QStringList& DocumentKind::all()
{
    static const QStringList kinds{
        QStringLiteral("brief"),
        QStringLiteral("motie"),
        QStringLiteral("amendement"),
        QStringLiteral("koninklijke-boodschap"),
        QStringLiteral("voorstel-van-wet"),
        QStringLiteral("memorie-van-toelichting"),
        QStringLiteral("memorie-van-antwoord"),
        QStringLiteral("advies-raad-van-state"),
        QStringLiteral("nota-naar-aanleiding-van-verslag"),
        QStringLiteral("nota-van-wijziging"),
        QStringLiteral("verslag"),
        QStringLiteral("lijst-van-vragen"),
        QStringLiteral("besluitenlijst"),
        QStringLiteral("beslisnota"),
        QStringLiteral("antwoord-kamervragen"),
        QStringLiteral("kamervragen"),
        QStringLiteral("handelingen"),
        QStringLiteral("bijlage"),
        QStringLiteral("regeerakkoord"),
        QStringLiteral("other"),
    };
    return kinds;
}

} // namespace kl
