#include "ExpectedField.h"

#include <QJsonArray>

QJsonValue expectedField(const QJsonObject& got, const QString& field)
{
    const QJsonArray dossiers = got.value(QStringLiteral("dossiers")).toArray();
    if (field == QLatin1String("dossierTitle"))
        return dossiers.isEmpty() ? QJsonValue(QJsonValue::Null) : dossiers.first()[QStringLiteral("title")];
    if (field == QLatin1String("dossiers")) {
        QJsonArray numbers;
        for (const QJsonValue& d : dossiers)
            numbers.append(
                QJsonObject{{"number", d[QStringLiteral("number")]}, {"addition", d[QStringLiteral("addition")]}});
        return numbers;
    }
    return got.value(field);
}
