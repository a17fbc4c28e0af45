#!/usr/bin/env python3
"""Writes tests/data/outline-links.pdf: three A4 pages with an outline (two chapters, one with a section) and a
table of contents on page 1 whose lines link to pages 2 and 3. Written by hand, not by a library, so that the
fixture holds exactly the PDF objects the tests are about."""
import sys

def stream(text):
    data = text.encode('latin-1')
    return b'<< /Length %d >>\nstream\n' % len(data) + data + b'\nendstream'

pages_text = [
    "BT /F1 18 Tf 72 760 Td (Inhoud) Tj ET\n"
    "BT /F1 12 Tf 72 720 Td (1. Asiel en migratie) Tj ET\n"
    "BT /F1 12 Tf 72 700 Td (2. Wonen) Tj ET\n",
    "BT /F1 18 Tf 72 760 Td (1. Asiel en migratie) Tj ET\n"
    "BT /F1 12 Tf 72 400 Td (1.1 Opvang) Tj ET\n",
    "BT /F1 18 Tf 72 760 Td (2. Wonen) Tj ET\n",
]

objs = {}
objs[1] = b'<< /Type /Catalog /Pages 2 0 R /Outlines 20 0 R /PageMode /UseOutlines >>'
objs[2] = b'<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>'
for i, n in enumerate((3, 4, 5)):
    annots = b' /Annots [30 0 R 31 0 R]' if i == 0 else b''
    objs[n] = (b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R '
               b'/Resources << /Font << /F1 10 0 R >> >>%s >>' % (6 + i, annots))
    objs[6 + i] = stream(pages_text[i])
objs[10] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
# The outline: 1. Asiel en migratie (page 2, with 1.1 Opvang halfway down) and 2. Wonen (page 3).
objs[20] = b'<< /Type /Outlines /First 21 0 R /Last 22 0 R /Count 3 >>'
objs[21] = (b'<< /Title (1. Asiel en migratie) /Parent 20 0 R /Next 22 0 R /First 23 0 R /Last 23 0 R /Count 1 '
            b'/Dest [4 0 R /XYZ 0 842 null] >>')
objs[22] = b'<< /Title (2. Wonen) /Parent 20 0 R /Prev 21 0 R /Dest [5 0 R /XYZ 0 842 null] >>'
objs[23] = b'<< /Title (1.1 Opvang) /Parent 21 0 R /Dest [4 0 R /XYZ 0 421 null] >>'
# The table of contents on page 1 links to the chapters.
objs[30] = b'<< /Type /Annot /Subtype /Link /Rect [70 715 300 735] /Border [0 0 0] /Dest [4 0 R /XYZ 0 842 null] >>'
objs[31] = b'<< /Type /Annot /Subtype /Link /Rect [70 695 300 715] /Border [0 0 0] /Dest [5 0 R /XYZ 0 842 null] >>'

out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
offsets = {}
for n in sorted(objs):
    offsets[n] = len(out)
    out += b'%d 0 obj\n' % n + objs[n] + b'\nendobj\n'
size = max(objs) + 1
xref = len(out)
out += b'xref\n0 %d\n' % size
out += b'0000000000 65535 f \n'
for n in range(1, size):
    out += (b'%010d 00000 n \n' % offsets[n]) if n in offsets else b'0000000000 65535 f \n'
out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (size, xref)
open(sys.argv[1] if len(sys.argv) > 1 else 'tests/data/outline-links.pdf', 'wb').write(out)
