#include "Error.h"

#include <QCoreApplication>

namespace kl {

Error::Error(Code code, QString detail)
    : m_code(code)
    , m_detail(std::move(detail))
{
}

QString Error::text(Code code)
{
    const char* source = nullptr;
    switch (code) {
    case Code::None:
        return QString();
    case Code::NotFound:
        source = QT_TRANSLATE_NOOP("kl::Error", "not found");
        break;
    case Code::InvalidInput:
        source = QT_TRANSLATE_NOOP("kl::Error", "invalid input");
        break;
    case Code::UnreadableFile:
        source = QT_TRANSLATE_NOOP("kl::Error", "cannot be read");
        break;
    case Code::Storage:
        source = QT_TRANSLATE_NOOP("kl::Error", "cannot store the change");
        break;
    case Code::NewerLibrary:
        source = QT_TRANSLATE_NOOP("kl::Error", "made by a newer version of Kamerlezer; left unchanged");
        break;
    case Code::NotALibrary:
        source = QT_TRANSLATE_NOOP("kl::Error", "not a Kamerlezer library");
        break;
    case Code::Cancelled:
        source = QT_TRANSLATE_NOOP("kl::Error", "cancelled");
        break;
    }
    return QCoreApplication::translate("kl::Error", source);
}

QString Error::message() const
{
    const QString head = text(m_code);
    if (m_detail.isEmpty())
        return head;
    // "not found: no such letter" says it twice: the detail of these is the whole message.
    if (m_code == Code::NotFound || m_code == Code::InvalidInput)
        return m_detail;
    if (head.isEmpty())
        return m_detail;
    return head + QStringLiteral(": ") + m_detail;
}

} // namespace kl
