#include "PdfAppearanceWriter.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>

namespace kl {

namespace {

struct PdfObject {
    int number = 0;
    int generation = 0;
    QByteArray body; // between "obj" and "endobj", trimmed
};

// The objects written in plain text after `from` (Poppler's incremental update is never compressed).
QList<PdfObject> plainObjects(const QByteArray& pdf, qsizetype from)
{
    static const QRegularExpression header(QStringLiteral("(\\d+) (\\d+) obj"));
    QList<PdfObject> objects;
    const QString text = QString::fromLatin1(pdf.mid(from)); // Latin-1 keeps byte offsets
    qsizetype pos = 0;
    while (true) {
        const auto m = header.match(text, pos);
        if (!m.hasMatch())
            break;
        const qsizetype end = text.indexOf(QLatin1String("endobj"), m.capturedEnd());
        if (end < 0)
            break;
        objects.append(PdfObject{m.captured(1).toInt(), m.captured(2).toInt(),
                                 pdf.mid(from + m.capturedEnd(), end - m.capturedEnd()).trimmed()});
        pos = end + 6;
    }
    return objects;
}

QList<double> numberArray(const QByteArray& body, const char* key)
{
    QList<double> numbers;
    const qsizetype at = body.indexOf(key);
    if (at < 0)
        return numbers;
    const qsizetype open = body.indexOf('[', at);
    const qsizetype close = body.indexOf(']', open);
    if (open < 0 || close < 0)
        return numbers;
    for (const QByteArray& part : body.mid(open + 1, close - open - 1).simplified().split(' '))
        if (!part.isEmpty())
            numbers.append(part.toDouble());
    return numbers;
}

QByteArray name(const QByteArray& body, const char* key)
{
    const qsizetype at = body.indexOf(key);
    if (at < 0)
        return {};
    qsizetype start = body.indexOf('/', at + qsizetype(qstrlen(key)));
    qsizetype end = start + 1;
    while (end < body.size() && (std::isalnum(static_cast<unsigned char>(body[end])) || body[end] == '#'))
        ++end;
    return body.mid(start + 1, end - start - 1);
}

// The end of a PDF value that starts at `pos`: a balanced array, dictionary, literal or hex string.
qsizetype valueEnd(const QByteArray& data, qsizetype pos)
{
    int depth = 0;
    for (qsizetype i = pos; i < data.size(); ++i) {
        const char c = data[i];
        if (c == '(') {
            int parens = 1;
            for (++i; i < data.size() && parens > 0; ++i) {
                if (data[i] == '\\')
                    ++i;
                else if (data[i] == '(')
                    ++parens;
                else if (data[i] == ')')
                    --parens;
            }
            --i;
        } else if (c == '[' || (c == '<' && i + 1 < data.size() && data[i + 1] == '<')) {
            ++depth;
            i += c == '<' ? 1 : 0;
        } else if (c == ']' || (c == '>' && i + 1 < data.size() && data[i + 1] == '>')) {
            --depth;
            i += c == '>' ? 1 : 0;
            if (depth == 0)
                return i + 1;
        } else if (c == '<') {
            const qsizetype close = data.indexOf('>', i);
            i = close < 0 ? data.size() : close;
        }
        if (depth == 0 && i > pos)
            return i + 1;
    }
    return data.size();
}

QByteArray number(double v)
{
    return QByteArray::number(v, 'f', 3);
}

// What a highlight looks like: the quads filled with the colour, multiplied so the text stays black.
QByteArray highlightContent(const QList<double>& quads, const QList<double>& color)
{
    QByteArray s = "/GS0 gs " + number(color.value(0, 1)) + ' ' + number(color.value(1, 1)) + ' ' +
                   number(color.value(2, 0)) + " rg\n";
    for (int i = 0; i + 7 < quads.size(); i += 8) {
        // Quad points as written: top-left, top-right, bottom-left, bottom-right.
        s += number(quads[i]) + ' ' + number(quads[i + 1]) + " m " + number(quads[i + 2]) + ' ' + number(quads[i + 3]) +
             " l " + number(quads[i + 6]) + ' ' + number(quads[i + 7]) + " l " + number(quads[i + 4]) + ' ' +
             number(quads[i + 5]) + " l h f\n";
    }
    return s;
}

QByteArray underlineContent(const QList<double>& quads, const QList<double>& color)
{
    QByteArray s =
        number(color.value(0, 0)) + ' ' + number(color.value(1, 0)) + ' ' + number(color.value(2, 0)) + " RG 1.2 w\n";
    for (int i = 0; i + 7 < quads.size(); i += 8) {
        const double y = std::min(quads[i + 5], quads[i + 7]) + 1.0;
        s += number(quads[i + 4]) + ' ' + number(y) + " m " + number(quads[i + 6]) + ' ' + number(y) + " l S\n";
    }
    return s;
}

// A note icon: a yellow sheet with a folded corner and three lines of "text".
QByteArray noteContent(const QList<double>& rect)
{
    const double x = rect.value(0), y = rect.value(1), w = rect.value(2) - x, h = rect.value(3) - y;
    QByteArray s = "1 0.89 0.3 rg 0.35 0.3 0.1 RG 0.8 w\n";
    s += number(x + 1) + ' ' + number(y + 1) + " m " + number(x + w - 1) + ' ' + number(y + 1) + " l " +
         number(x + w - 1) + ' ' + number(y + h - 6) + " l " + number(x + w - 6) + ' ' + number(y + h - 1) + " l " +
         number(x + 1) + ' ' + number(y + h - 1) + " l h B\n";
    for (int line = 1; line <= 3; ++line) {
        const double ly = y + h - 1 - line * (h - 2) / 4.5;
        s += number(x + 4) + ' ' + number(ly) + " m " + number(x + w - 5) + ' ' + number(ly) + " l S\n";
    }
    return s;
}

} // namespace

QByteArray PdfAppearanceWriter::addAppearances(const QByteArray& pdf, qsizetype updateStart,
                                               const QByteArray& namePrefix)
{
    const QList<PdfObject> objects = plainObjects(pdf, updateStart);
    QList<const PdfObject*> annotations;
    for (const PdfObject& o : objects)
        if (o.body.contains("/Annot") && o.body.contains("/NM (" + namePrefix) && !o.body.contains("/AP"))
            annotations.append(&o);
    if (annotations.isEmpty())
        return pdf;

    // The update this one follows: its xref offset, size and trailer entries.
    const qsizetype startxrefAt = pdf.lastIndexOf("startxref");
    if (startxrefAt < 0)
        return pdf;
    const qint64 prevXref = pdf.mid(startxrefAt + 9, 32).trimmed().split('\n').value(0).trimmed().toLongLong();
    const bool streamXref = !pdf.mid(prevXref, 4).startsWith("xref");
    const qsizetype trailerAt = streamXref ? prevXref : pdf.indexOf("trailer", prevXref);
    const QByteArray trailer = pdf.mid(trailerAt, startxrefAt - trailerAt);
    static const QRegularExpression sizeRe(QStringLiteral("/Size (\\d+)"));
    const int size = sizeRe.match(QString::fromLatin1(trailer)).captured(1).toInt();
    if (size <= 0 || prevXref <= 0)
        return pdf;
    QByteArray carried; // /Root, /Info and /ID go on unchanged
    for (const char* key : {"/Root", "/Info", "/ID"}) {
        const qsizetype at = trailer.indexOf(key);
        if (at < 0)
            continue;
        qsizetype valueStart = at + qsizetype(qstrlen(key));
        while (valueStart < trailer.size() && trailer[valueStart] == ' ')
            ++valueStart;
        qsizetype end;
        if (trailer[valueStart] == '[')
            end = valueEnd(trailer, valueStart);
        else
            end = trailer.indexOf('R', valueStart) + 1;
        carried += ' ' + trailer.mid(at, end - at);
    }

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    struct Entry {
        int number;
        int generation;
        qsizetype offset;
    };
    QList<Entry> entries;
    int next = size;
    for (const PdfObject* a : annotations) {
        const QByteArray subtype = name(a->body, "/Subtype");
        const QList<double> rect = numberArray(a->body, "/Rect");
        const QList<double> quads = numberArray(a->body, "/QuadPoints");
        const QList<double> color = numberArray(a->body, "/C");
        if (rect.size() != 4)
            continue;
        QByteArray content;
        if (subtype == "Highlight")
            content = highlightContent(quads, color);
        else if (subtype == "Underline")
            content = underlineContent(quads, color);
        else if (subtype == "Text")
            content = noteContent(rect);
        else
            continue;
        const int form = next++;
        entries.append({form, 0, out.size()});
        out += QByteArray::number(form) + " 0 obj\n<< /Type /XObject /Subtype /Form /BBox [" + number(rect[0]) + ' ' +
               number(rect[1]) + ' ' + number(rect[2]) + ' ' + number(rect[3]) +
               "] /Resources << /ExtGState << /GS0 << /BM /Multiply /CA 1 /ca 1 >> >> >> /Length " +
               QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream\nendobj\n";
        QByteArray body = a->body;
        body.insert(body.lastIndexOf(">>"), " /AP << /N " + QByteArray::number(form) + " 0 R >> ");
        entries.append({a->number, a->generation, out.size()});
        out += QByteArray::number(a->number) + ' ' + QByteArray::number(a->generation) + " obj\n" + body + "\nendobj\n";
    }
    if (entries.isEmpty())
        return pdf;
    std::sort(entries.begin(), entries.end(), [](const Entry& x, const Entry& y) { return x.number < y.number; });

    if (!streamXref) {
        const qsizetype xrefAt = out.size();
        out += "xref\n";
        for (const Entry& e : entries) {
            out += QByteArray::number(e.number) + " 1\n";
            out += QByteArray::number(e.offset).rightJustified(10, '0') + ' ' +
                   QByteArray::number(e.generation).rightJustified(5, '0') + " n\r\n";
        }
        out += "trailer\n<< /Size " + QByteArray::number(next) + " /Prev " + QByteArray::number(prevXref) + carried +
               " >>\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
        return out;
    }
    // The original uses a cross-reference stream: so does this update (7-byte entries: type, offset, generation).
    const int xrefObject = next++;
    const qsizetype xrefAt = out.size();
    entries.append({xrefObject, 0, xrefAt});
    QByteArray index, data;
    for (const Entry& e : entries) {
        index += QByteArray::number(e.number) + " 1 ";
        data += char(1);
        for (int shift = 24; shift >= 0; shift -= 8)
            data += char((e.offset >> shift) & 0xFF);
        data += char((e.generation >> 8) & 0xFF);
        data += char(e.generation & 0xFF);
    }
    out += QByteArray::number(xrefObject) + " 0 obj\n<< /Type /XRef /Size " + QByteArray::number(next) + " /Index [" +
           index.trimmed() + "] /W [1 4 2] /Prev " + QByteArray::number(prevXref) + carried + " /Length " +
           QByteArray::number(data.size()) + " >>\nstream\n" + data + "\nendstream\nendobj\nstartxref\n" +
           QByteArray::number(xrefAt) + "\n%%EOF\n";
    return out;
}

} // namespace kl
