#pragma once

#include "document/DocumentMetadata.h"

#include <QString>
#include <QStringList>

namespace kl {

// Recognizes what a document is from its text (PDF and text renditions): the Kamerstuk header of either
// chamber, the date line, the signature, and the documents that are not Kamerstukken (beslisnota's, Raad van
// State advice, besluitenlijsten, named documents such as the Regeerprogramma). Leaves unknown fields empty.
class MetadataParser {
public:
    // Raised when recognition improves, so letters stored before are recognized again on open (what is new
    // fills their gaps; nothing stored is overwritten).
    static constexpr int kVersion = 2;
    static DocumentMetadata parse(const QString& firstPage, const QString& fullText);

private:
    static bool parseKamerstukHeader(const QStringList& lines, DocumentMetadata& m);
    static bool parseFooterId(const QString& text, DocumentMetadata& m);
    static void findTitleUnderFooterId(const QStringList& lines, DocumentMetadata& m);
    static bool parseMotionSheet(const QStringList& lines, DocumentMetadata& m);
    static void parseOtherDocument(const QStringList& lines, const QString& fullText, DocumentMetadata& m);
    static QDate findDate(const QStringList& firstPageLines, const QString& fullText);
    static QString answeredZaak(const QString& head);
    static QDate latestDateReferredTo(const QStringList& lines);
    static void checkPrintedDate(const QStringList& lines, DocumentMetadata& m);
    static void findSigners(const QString& fullText, DocumentMetadata& m);
    static QString kstIdFor(const DocumentMetadata& m);
};

} // namespace kl
