#pragma once

#include "library/OfficialSource.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace kl {

struct DocumentMetadata;

// Where the values the Details dock shows came from (DESIGN.md section 3: official metadata wins, show where a
// value came from). A value is official when a source gives that field and the letter shows the source's value:
// the people (sender, signatories) only fill gaps, so the text's fuller value may stand beside the source's.
class OfficialFields {
    Q_DECLARE_TR_FUNCTIONS(kl::OfficialFields)

public:
    OfficialFields(const DocumentMetadata& shown, const QList<OfficialSource>& sources);

    // `fields` as named in the JSON of DESIGN.md section 6 ("title", "date"); a row may show several ("chamber",
    // "vergaderjaar"). True when any of them came from a source.
    bool isOfficial(const QStringList& fields) const;
    // "Official metadata (Tweede Kamer open data). The text says: MOTIE VAN ..."; empty when not official.
    QString toolTip(const QStringList& fields) const;

private:
    // The source whose value of `field` is shown; empty when none.
    QString sourceOf(const QString& field) const;
    QString textSaid(const QString& field) const;

    QHash<QString, QString> m_shown; // field -> the value shown, written as compared
    QList<OfficialSource> m_sources;
};

} // namespace kl
