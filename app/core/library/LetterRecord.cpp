#include "LetterRecord.h"

#include <QJsonArray>

namespace kl {

const RenditionRecord* LetterRecord::primaryRendition() const
{
    for (const RenditionRecord& r : renditions)
        if (r.format == QLatin1String("pdf"))
            return &r;
    return renditions.isEmpty() ? nullptr : &renditions.first();
}

QString LetterRecord::displayTitle() const
{
    if (!metadata.readableTitle.isEmpty())
        return metadata.readableTitle;
    if (!metadata.title.isEmpty())
        return metadata.title;
    const RenditionRecord* primary = primaryRendition();
    return primary ? primary->originalName : QString();
}

QJsonObject LetterRecord::toJson() const
{
    QJsonObject o = metadata.toJson();
    o.insert(QStringLiteral("id"), id);
    const RenditionRecord* primary = primaryRendition();
    o.insert(QStringLiteral("format"), primary ? QJsonValue(primary->format) : QJsonValue());
    o.insert(QStringLiteral("pages"), primary ? QJsonValue(primary->pages) : QJsonValue());
    QJsonArray list;
    for (const RenditionRecord& r : renditions)
        list.append(QJsonObject{{"format", r.format},
                                {"sha256", r.sha256},
                                {"pages", r.pages},
                                {"textSource", r.textSource},
                                {"ocr", r.ocrState}});
    o.insert(QStringLiteral("renditions"), list);
    o.insert(QStringLiteral("unread"), unread);
    o.insert(QStringLiteral("withdrawn"), withdrawn);
    return o;
}

} // namespace kl
