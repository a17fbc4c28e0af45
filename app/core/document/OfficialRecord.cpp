#include "OfficialRecord.h"

#include <QJsonArray>

namespace kl {

namespace {

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue dateOrNull(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString dossierList(const QList<Dossier>& dossiers)
{
    QStringList shown;
    for (const Dossier& d : dossiers)
        shown.append(d.display());
    return shown.join(QLatin1String(", "));
}

} // namespace

QJsonObject OfficialRecord::encode(const DocumentMetadata& m)
{
    QJsonArray dossiers;
    for (const Dossier& d : m.dossiers)
        dossiers.append(
            QJsonObject{{"number", d.number}, {"addition", orNull(d.addition)}, {"title", orNull(d.title)}});
    QJsonObject o{
        {"kstId", orNull(m.kstId)},
        {"sourceId", orNull(m.sourceId)},
        {"chamber", m.chamber},
        {"vergaderjaar", orNull(m.vergaderjaar)},
        {"dossiers", dossiers},
        {"ondernummer", orNull(m.ondernummer)},
        {"aanhangselNumber", orNull(m.aanhangselNumber)},
        {"kind", orNull(m.kind)},
        {"title", orNull(m.title)},
        {"date", dateOrNull(m.date)},
        {"sender", orNull(m.sender)},
        {"signatories", QJsonArray::fromStringList(m.signatories)},
        {"zaak", orNull(m.zaak)},
        {"questioners", QJsonArray::fromStringList(m.questioners)},
        {"questionsDate", dateOrNull(m.questionsDate)},
    };
    return o;
}

DocumentMetadata OfficialRecord::decode(const QJsonObject& o)
{
    auto text = [&](const char* key) { return o.value(QLatin1String(key)).toString(); };
    auto list = [&](const char* key) {
        QStringList out;
        for (const QJsonValue& v : o.value(QLatin1String(key)).toArray())
            out.append(v.toString());
        return out;
    };
    DocumentMetadata m;
    m.kstId = text("kstId");
    m.sourceId = text("sourceId");
    m.chamber = o.value(QLatin1String("chamber")).toInt();
    m.vergaderjaar = text("vergaderjaar");
    for (const QJsonValue& v : o.value(QLatin1String("dossiers")).toArray()) {
        const QJsonObject d = v.toObject();
        m.dossiers.append({d.value(QLatin1String("number")).toString(), d.value(QLatin1String("addition")).toString(),
                           d.value(QLatin1String("title")).toString()});
    }
    m.ondernummer = text("ondernummer");
    m.aanhangselNumber = text("aanhangselNumber");
    m.kind = text("kind");
    m.title = text("title");
    m.date = QDate::fromString(text("date"), Qt::ISODate);
    m.sender = text("sender");
    m.signatories = list("signatories");
    if (!m.signatories.isEmpty())
        m.signatory = m.signatories.first();
    m.zaak = text("zaak");
    m.questioners = list("questioners");
    m.questionsDate = QDate::fromString(text("questionsDate"), Qt::ISODate);
    return m;
}

QStringList OfficialRecord::fields() const
{
    const DocumentMetadata& m = metadata;
    QStringList out;
    auto add = [&](bool has, const char* name) {
        if (has)
            out.append(QLatin1String(name));
    };
    add(!m.publicationId().isEmpty(), "publicationId");
    add(m.chamber != 0, "chamber");
    add(!m.vergaderjaar.isEmpty(), "vergaderjaar");
    add(!m.dossiers.isEmpty(), "dossiers");
    add(!m.ondernummer.isEmpty(), "ondernummer");
    add(!m.kind.isEmpty(), "kind");
    add(!m.title.isEmpty(), "title");
    add(m.date.isValid(), "date");
    add(!m.sender.isEmpty(), "sender");
    add(!m.signatories.isEmpty(), "signatories");
    add(!m.zaak.isEmpty(), "zaak");
    add(!m.questioners.isEmpty(), "questioners");
    add(m.questionsDate.isValid(), "questionsDate");
    return out;
}

QJsonObject OfficialRecord::applyTo(DocumentMetadata& m) const
{
    const DocumentMetadata& o = metadata;
    QJsonObject textSaid;
    auto win = [&](QString& mine, const QString& theirs, const char* name) {
        if (theirs.isEmpty() || mine == theirs)
            return;
        if (!mine.isEmpty())
            textSaid.insert(QLatin1String(name), mine);
        mine = theirs;
    };
    win(m.kstId, o.kstId, "kstId");
    win(m.sourceId, o.sourceId, "sourceId");
    if (o.chamber != 0 && m.chamber != o.chamber) {
        if (m.chamber != 0)
            textSaid.insert(QLatin1String("chamber"), m.chamber);
        m.chamber = o.chamber;
    }
    win(m.vergaderjaar, o.vergaderjaar, "vergaderjaar");
    if (!o.dossiers.isEmpty() && !(m.dossiers == o.dossiers)) {
        if (!m.dossiers.isEmpty())
            textSaid.insert(QLatin1String("dossiers"), dossierList(m.dossiers));
        QList<Dossier> dossiers = o.dossiers;
        // The text may know a dossier's title the source left out.
        for (Dossier& d : dossiers)
            for (const Dossier& read : m.dossiers)
                if (d == read && d.title.isEmpty())
                    d.title = read.title;
        m.dossiers = dossiers;
    } else if (!o.dossiers.isEmpty()) {
        for (int i = 0; i < m.dossiers.size(); ++i)
            if (!o.dossiers[i].title.isEmpty())
                m.dossiers[i].title = o.dossiers[i].title;
    }
    win(m.ondernummer, o.ondernummer, "ondernummer");
    win(m.aanhangselNumber, o.aanhangselNumber, "aanhangselNumber");
    win(m.kind, o.kind, "kind");
    if (!o.title.isEmpty() && m.title != o.title) {
        win(m.title, o.title, "title");
        m.readableTitle.clear(); // the official title is written as a title already
    }
    if (o.date.isValid() && m.date != o.date) {
        if (m.date.isValid())
            textSaid.insert(QLatin1String("date"), m.date.toString(Qt::ISODate));
        m.date = o.date;
    }
    win(m.zaak, o.zaak, "zaak");
    if (m.sender.isEmpty())
        m.sender = o.sender;
    if (m.signatories.isEmpty() && !o.signatories.isEmpty()) {
        m.signatories = o.signatories;
        if (m.signatory.isEmpty())
            m.signatory = o.signatories.first();
    }
    if (m.questioners.isEmpty())
        m.questioners = o.questioners;
    if (!m.questionsDate.isValid())
        m.questionsDate = o.questionsDate;
    return textSaid;
}

} // namespace kl
