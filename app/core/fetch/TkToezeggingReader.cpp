#include "TkToezeggingReader.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace kl {

namespace {

QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString().simplified();
}

QDate dateOf(const QString& stamp)
{
    // "2025-03-01T00:00:00+01:00": the date as the Kamer wrote it, not moved by the time zone.
    const QDate d = QDate::fromString(stamp.left(10), Qt::ISODate);
    return d.isValid() && d.year() > 1 ? d : QDate();
}

} // namespace

Toezegging TkToezeggingReader::read(const QJsonObject& row, const QString& dossier)
{
    Toezegging t;
    t.origin = Toezegging::Origin::Registered;
    t.tkId = text(row, "Id");
    t.number = text(row, "Nummer").toUpper();
    t.text = text(row, "Tekst");
    t.dossier = dossier;
    const QString name =
        QStringList{text(row, "Titulatuur"), text(row, "Initialen"), text(row, "Tussenvoegsel"), text(row, "Naam")}
            .join(QLatin1Char(' '))
            .simplified();
    const QString office = text(row, "Functie");
    t.who = office.isEmpty() ? name : name.isEmpty() ? office : QStringLiteral("%1 (%2)").arg(name, office);
    t.ministry = text(row, "Ministerie");
    t.officialStatus = text(row, "Status");
    t.status = Toezegging::statusFromRegister(t.officialStatus);
    t.due = dateOf(text(row, "DatumNakoming"));
    t.madeOn = dateOf(text(row, "Aanmaakdatum"));
    static const QRegularExpression separator(QStringLiteral("[;,\\s]+"));
    for (const QString& n : text(row, "KamerbriefNakoming").split(separator, Qt::SkipEmptyParts))
        t.keptBy.append({0, n});
    const QJsonArray activities = row.value(QLatin1String("Activiteit")).toArray();
    if (!activities.isEmpty()) {
        const QJsonObject a = activities.first().toObject();
        const QString number = text(a, "Nummer");
        t.activity = QStringList{text(a, "Soort"), text(a, "Onderwerp")}.join(QLatin1Char(' ')).simplified();
        if (!number.isEmpty())
            t.activity += QStringLiteral(" (%1)").arg(number);
        if (!t.madeOn.isValid())
            t.madeOn = dateOf(text(a, "Datum"));
    }
    for (const QJsonValue& v : row.value(QLatin1String("ToegezegdAanPersoon")).toArray()) {
        const QJsonObject p = v.toObject();
        QString member = QStringList{text(p, "Roepnaam"), text(p, "Tussenvoegsel"), text(p, "Achternaam")}
                             .join(QLatin1Char(' '))
                             .simplified();
        if (!text(p, "Fractielabel").isEmpty())
            member += QStringLiteral(" (%1)").arg(text(p, "Fractielabel"));
        t.madeTo = t.madeTo.isEmpty() ? member : t.madeTo + QStringLiteral(", ") + member;
    }
    return t;
}

} // namespace kl
