#pragma once

#include <QByteArray>
#include <QString>

namespace kl {

// The text of an HTML page (KOOP's HTML of a Kamerstuk, a page saved from a ministry's site): blocks on lines of
// their own, tags, scripts and styles gone, entities decoded. Plain string work, safe on import threads.
class HtmlText {
public:
    static bool looksLikeHtml(const QByteArray& head);
    static QString toText(const QString& html);
};

} // namespace kl
