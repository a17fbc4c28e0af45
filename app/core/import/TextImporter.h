#pragma once

#include <QCoreApplication>

#include "ReadResult.h"

#include <QByteArray>

namespace kl {

// Plain text letters, including the markdown-like form of the seed letter (`**19 637**`, `## **BRIEF**`).
class TextImporter {
    Q_DECLARE_TR_FUNCTIONS(kl::TextImporter)

public:
    static ReadResult read(const QByteArray& bytes);
    // Normalizes line ends, NFKC, and strips the markdown-like markup; form feeds separate pages.
    static QString cleanText(const QString& raw);
};

} // namespace kl
