#include "DocumentMetadata.h"

#include <QJsonArray>

namespace kl {

static QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString DocumentMetadata::citation() const
{
    if (kstId.isEmpty() || dossiers.isEmpty() || vergaderjaar.size() != 9 || chamber == 0 || ondernummer.isEmpty())
        return {};
    const QString years = vergaderjaar.left(4) + QLatin1Char('/') + vergaderjaar.right(2);
    const bool letter = !ondernummer.front().isDigit();
    return QStringLiteral("Kamerstukken %1 %2, %3, %4")
        .arg(chamber == 1 ? QStringLiteral("I") : QStringLiteral("II"), years, dossiers.first().display(),
             letter ? ondernummer : QStringLiteral("nr. ") + ondernummer);
}

void DocumentMetadata::fillGapsFrom(const DocumentMetadata& other)
{
    auto fill = [](QString& mine, const QString& theirs) {
        if (mine.isEmpty())
            mine = theirs;
    };
    fill(kstId, other.kstId);
    if (chamber == 0)
        chamber = other.chamber;
    fill(vergaderjaar, other.vergaderjaar);
    if (dossiers.isEmpty())
        dossiers = other.dossiers;
    for (int i = 0; i < dossiers.size() && i < other.dossiers.size(); ++i)
        if (dossiers[i] == other.dossiers[i])
            fill(dossiers[i].title, other.dossiers[i].title);
    fill(ondernummer, other.ondernummer);
    fill(kind, other.kind);
    fill(title, other.title);
    fill(readableTitle, other.readableTitle);
    if (!date.isValid())
        date = other.date;
    fill(sender, other.sender);
    fill(signatory, other.signatory);
    if (signatories.isEmpty())
        signatories = other.signatories;
    fill(namedAs, other.namedAs);
    if (!datePrinted.isValid())
        datePrinted = other.datePrinted;
    fill(aanhangselNumber, other.aanhangselNumber);
    fill(zaak, other.zaak);
    if (questioners.isEmpty())
        questioners = other.questioners;
    if (!questionsDate.isValid())
        questionsDate = other.questionsDate;
    if (vergadering == 0) {
        vergadering = other.vergadering;
        item = other.item;
    }
    fill(sourceId, other.sourceId);
}

QString DocumentMetadata::publicationId() const
{
    if (!kstId.isEmpty())
        return kstId;
    if (!sourceId.isEmpty())
        return sourceId;
    const QString house = chamber == 1 ? QStringLiteral("ek") : QStringLiteral("tk");
    const QString years = QString(vergaderjaar).remove(QLatin1Char('-'));
    if (!aanhangselNumber.isEmpty() && years.size() == 8 && chamber != 0)
        return QStringLiteral("ah-%1-%2-%3").arg(house, years, aanhangselNumber);
    if (kind == QLatin1String("handelingen") && vergadering > 0 && item > 0 && years.size() == 8 && chamber != 0)
        return QStringLiteral("h-%1-%2-%3-%4").arg(house, years).arg(vergadering).arg(item);
    if (kind == QLatin1String("kamervragen") && !zaak.isEmpty() && chamber != 0)
        return QStringLiteral("kv-%1-%2").arg(house, zaak);
    return {};
}

QJsonObject DocumentMetadata::toJson() const
{
    QJsonArray dossierArray;
    for (const Dossier& d : dossiers)
        dossierArray.append(
            QJsonObject{{"number", d.number}, {"addition", orNull(d.addition)}, {"title", orNull(d.title)}});
    return QJsonObject{
        {"publicationId", orNull(publicationId())},
        {"kstId", orNull(kstId)},
        {"chamber", chamber == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(chamber)},
        {"vergaderjaar", orNull(vergaderjaar)},
        {"dossiers", dossierArray},
        {"ondernummer", orNull(ondernummer)},
        {"kind", orNull(kind)},
        {"title", orNull(title)},
        {"date", date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {"sender", orNull(sender)},
        {"signatory", orNull(signatory)},
        {"signatories", signatories.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonArray::fromStringList(signatories)},
        {"datePrinted",
         datePrinted.isValid() ? QJsonValue(datePrinted.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {"zaak", orNull(zaak)},
        {"questioners", questioners.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonArray::fromStringList(questioners)},
        {"questionsDate",
         questionsDate.isValid() ? QJsonValue(questionsDate.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {"citation", orNull(citation())},
        {"namedAs", orNull(namedAs)},
    };
}

} // namespace kl
