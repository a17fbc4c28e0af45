#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// A field of `inspect --json` as the corpora's expected.json labels it: `dossierTitle` is the first dossier's
// title, `dossiers` their numbers and additions only, any other field as printed.
QJsonValue expectedField(const QJsonObject& inspected, const QString& field);
