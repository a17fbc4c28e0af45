#include "PageWordsColumn.h"

#include <QDataStream>
#include <QIODevice>

namespace kl {

namespace sql {

namespace {
constexpr quint8 kEncoding = 1;
}

QByteArray encodeWords(const QList<WordBox>& words)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out << kEncoding << quint32(words.size());
    for (const WordBox& w : words) {
        out << qint64(w.start) << qint64(w.end) << float(w.rect.x()) << float(w.rect.y()) << float(w.rect.width())
            << float(w.rect.height()) << quint32(w.charRight.size());
        for (float x : w.charRight)
            out << x;
    }
    return bytes;
}

QList<WordBox> decodeWords(const QByteArray& bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_0);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    quint8 encoding = 0;
    quint32 count = 0;
    in >> encoding >> count;
    if (encoding != kEncoding || in.status() != QDataStream::Ok)
        return {};
    QList<WordBox> words;
    words.reserve(std::min<quint32>(count, 100000));
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        WordBox w;
        qint64 start = 0, end = 0;
        float x = 0, y = 0, width = 0, height = 0;
        quint32 chars = 0;
        in >> start >> end >> x >> y >> width >> height >> chars;
        w.start = start;
        w.end = end;
        w.rect = QRectF(x, y, width, height);
        for (quint32 c = 0; c < chars && in.status() == QDataStream::Ok; ++c) {
            float right = 0;
            in >> right;
            w.charRight.append(right);
        }
        words.append(std::move(w));
    }
    return in.status() == QDataStream::Ok ? words : QList<WordBox>();
}

} // namespace sql

} // namespace kl
