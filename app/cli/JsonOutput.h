#pragma once

#include "document/ImportedDocument.h"
#include "library/Library.h"
#include "library/OfficialSource.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kl {

class AnnotationStore;
class LinkStore;

// The JSON of DESIGN.md section 6, built from core objects.
class JsonOutput {
public:
    // `inspect --json`: a file read but not stored.
    static QJsonObject inspected(const ImportedDocument& doc);
    // `show --json`: a stored letter with its references, annotations, links and backlinks.
    static QJsonObject shown(const Library& library, const AnnotationStore& annotations, const LinkStore& links,
                             const LetterRecord& letter);
    static QJsonArray references(const QList<Reference>& refs, const Library* library);
    // What the official sources say of a letter: [{"source", "documentNumber", "tkDocumentId", "modified",
    // "withdrawn", "fetched", "fields", "textSays"}], and the votes on a motie (null when none are known).
    static QJsonArray official(const QList<OfficialSource>& sources);
    static QJsonValue votes(const QList<OfficialSource>& sources);
    static QByteArray print(const QJsonValue& value);
};

} // namespace kl
