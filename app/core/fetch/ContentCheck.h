#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace kl {

// Whether a body is what was asked for: a server that sends an HTML error page with status 200 where a PDF
// should be, or a body cut short, must not end up in the library.
class ContentCheck {
    Q_DECLARE_TR_FUNCTIONS(kl::ContentCheck)

public:
    enum Expect {
        Json,     // an OData page
        Xml,      // SRU, $metadata, a KOOP XML publication
        Pdf,      // a PDF rendition
        Document, // a file of a publication: PDF, XML or HTML, whichever was asked
    };

    // Empty when the body fits; else what is wrong ("the server sent an HTML page, not a PDF").
    static QString problem(Expect expect, const QByteArray& body, const QString& contentType);
};

} // namespace kl
