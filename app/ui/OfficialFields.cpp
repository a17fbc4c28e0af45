#include "OfficialFields.h"

#include "Translations.h"
#include "document/DocumentMetadata.h"
#include "document/KindNames.h"
#include "document/OfficialNames.h"

namespace kl {

namespace {

// The value of one field, written so that equal values compare equal; empty when the field is unknown.
QString valueOf(const DocumentMetadata& m, const QString& field)
{
    if (field == QLatin1String("title"))
        return m.title;
    if (field == QLatin1String("dossiers")) {
        QStringList shown;
        for (const Dossier& d : m.dossiers)
            shown.append(d.display());
        return shown.join(QLatin1String(", "));
    }
    if (field == QLatin1String("ondernummer"))
        return m.ondernummer;
    if (field == QLatin1String("kind"))
        return m.kind;
    if (field == QLatin1String("date"))
        return m.date.isValid() ? m.date.toString(Qt::ISODate) : QString();
    if (field == QLatin1String("sender"))
        return m.sender;
    if (field == QLatin1String("signatories"))
        return m.signatories.join(QLatin1String(", "));
    if (field == QLatin1String("chamber"))
        return m.chamber ? QString::number(m.chamber) : QString();
    if (field == QLatin1String("vergaderjaar"))
        return m.vergaderjaar;
    return QString();
}

// What the text said, as a reader reads it: a date in words, a kind by its name.
QString readable(const QString& field, const QJsonValue& said)
{
    if (field == QLatin1String("date"))
        return Translations::longDate(QDate::fromString(said.toString(), Qt::ISODate));
    if (field == QLatin1String("kind"))
        return KindNames::label(said.toString());
    if (said.isDouble())
        return QString::number(said.toInt());
    return said.toString();
}

} // namespace

OfficialFields::OfficialFields(const DocumentMetadata& shown, const QList<OfficialSource>& sources)
    : m_sources(sources)
{
    // The Tweede Kamer's record first: where both sources give the value shown, it is named (as
    // LetterRecord::officialSource names it when both are there).
    std::stable_sort(m_sources.begin(), m_sources.end(), [](const OfficialSource& a, const OfficialSource& b) {
        return a.record.source == QLatin1String("tk") && b.record.source != QLatin1String("tk");
    });
    for (const QString& field :
         {"title", "dossiers", "ondernummer", "kind", "date", "sender", "signatories", "chamber", "vergaderjaar"})
        m_shown.insert(field, valueOf(shown, field));
}

QString OfficialFields::sourceOf(const QString& field) const
{
    const QString shown = m_shown.value(field);
    if (shown.isEmpty())
        return QString();
    for (const OfficialSource& s : m_sources)
        if (valueOf(s.record.metadata, field) == shown)
            return s.record.source;
    return QString();
}

QString OfficialFields::textSaid(const QString& field) const
{
    for (const OfficialSource& s : m_sources)
        if (s.textValues.contains(field))
            return readable(field, s.textValues.value(field));
    return QString();
}

bool OfficialFields::isOfficial(const QStringList& fields) const
{
    for (const QString& f : fields)
        if (!sourceOf(f).isEmpty())
            return true;
    return false;
}

QString OfficialFields::toolTip(const QStringList& fields) const
{
    QStringList sources, said;
    for (const QString& f : fields) {
        const QString source = sourceOf(f);
        if (source.isEmpty())
            continue;
        sources.append(OfficialNames::source(source));
        if (const QString t = textSaid(f); !t.isEmpty())
            said.append(t);
    }
    if (sources.isEmpty())
        return QString();
    sources.removeDuplicates();
    const QString from = tr("Official metadata (%1).").arg(sources.join(tr(", ")));
    // Said, so a reader who quotes the document's own wording knows it differs.
    return said.isEmpty() ? from : tr("%1 The text says: %2").arg(from, said.join(QStringLiteral(" · ")));
}

} // namespace kl
