#include "MetadataDetailsColumn.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kl {

QString MetadataDetailsColumn::encode(const DocumentMetadata& m)
{
    QJsonObject o;
    if (!m.signatories.isEmpty())
        o.insert(QStringLiteral("signatories"), QJsonArray::fromStringList(m.signatories));
    if (m.datePrinted.isValid())
        o.insert(QStringLiteral("datePrinted"), m.datePrinted.toString(Qt::ISODate));
    if (!m.aanhangselNumber.isEmpty())
        o.insert(QStringLiteral("aanhangselNumber"), m.aanhangselNumber);
    if (!m.questioners.isEmpty())
        o.insert(QStringLiteral("questioners"), QJsonArray::fromStringList(m.questioners));
    if (m.questionsDate.isValid())
        o.insert(QStringLiteral("questionsDate"), m.questionsDate.toString(Qt::ISODate));
    if (m.vergadering > 0) {
        o.insert(QStringLiteral("vergadering"), m.vergadering);
        o.insert(QStringLiteral("item"), m.item);
    }
    if (!m.sourceId.isEmpty())
        o.insert(QStringLiteral("sourceId"), m.sourceId);
    if (!m.readableTitle.isEmpty() && m.readableTitle != m.title)
        o.insert(QStringLiteral("readableTitle"), m.readableTitle);
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void MetadataDetailsColumn::decode(const QString& json, DocumentMetadata& m)
{
    if (json.isEmpty())
        return;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const auto strings = [](const QJsonValue& v) {
        QStringList out;
        for (const QJsonValue& s : v.toArray())
            out.append(s.toString());
        return out;
    };
    m.signatories = strings(o.value(QStringLiteral("signatories")));
    m.datePrinted = QDate::fromString(o.value(QStringLiteral("datePrinted")).toString(), Qt::ISODate);
    m.aanhangselNumber = o.value(QStringLiteral("aanhangselNumber")).toString();
    m.questioners = strings(o.value(QStringLiteral("questioners")));
    m.questionsDate = QDate::fromString(o.value(QStringLiteral("questionsDate")).toString(), Qt::ISODate);
    m.vergadering = o.value(QStringLiteral("vergadering")).toInt();
    m.item = o.value(QStringLiteral("item")).toInt();
    m.sourceId = o.value(QStringLiteral("sourceId")).toString();
    m.readableTitle = o.value(QStringLiteral("readableTitle")).toString();
}

} // namespace kl
