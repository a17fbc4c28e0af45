#!/usr/bin/env python3
"""Writes tests/data/schema/v<k>.sql: a small library at every earlier schema version, for the migration test
(tests/core/MigrationTest.cpp), and the stored copies its renditions point to (tests/data/schema/files/).

Each database is made by the migrations of app/core/storage/Schema.cpp up to version k (they are append-only:
the tables at version k are those of migrations 1..k), then filled with the rows of the tables that version had,
then dumped with the sqlite3 command-line tool (`.dump`). Run it from the repository root after adding a schema
version, raising LAST to the version before the new one; check the new dump in:

    python3 tools/make-schema-dumps.py
"""
import hashlib
import os
import re
import sqlite3
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "data", "schema")
LAST = 11  # the last version before the current one (Schema::kVersion is 12)
NOW = "2024-11-20T10:00:00.000Z"


def migrations():
    """{version: [statement, ...]} from migrationTo() in Schema.cpp."""
    source = open(os.path.join(ROOT, "app", "core", "storage", "Schema.cpp"), encoding="utf-8").read()
    body = source[source.index("QStringList migrationTo(int version)"):source.index("default:")]
    body = re.sub(r"//[^\n]*", "", body)  # comments between the literals (none of the SQL has //)
    out = {}
    for case in re.finditer(r"case (\d+):(.*?)(?=case \d+:|\Z)", body, re.S):
        statements = []
        for literal in re.finditer(r"QStringLiteral\(((?:\s*\"(?:[^\"\\]|\\.)*\")+)\s*\)", case.group(2), re.S):
            parts = re.findall(r"\"((?:[^\"\\]|\\.)*)\"", literal.group(1))
            statements.append("".join(parts).encode().decode("unicode_escape"))
        out[int(case.group(1))] = statements
    return out


PAGES = {
    1: "Tweede Kamer der Staten-Generaal\n31 490 Digitale overheid\nNr. 77\nMet deze brief informeer ik uw Kamer "
       "over de voortgang van de digitale overheid. Zie ook Kamerstuk 36 471, nr. 96 over de asielketen en het "
       "Regeerprogramma.\n",
    2: "Tweede Kamer der Staten-Generaal\n36 471 Asiel\nNr. 96\nDe instroom van asielzoekers wordt beperkt met een "
       "noodwet.\n",
    3: "Regeerprogramma\nUitwerking van de plannen: een stevig fundament voor het kabinet.\n",
}


def sha(letter):
    return hashlib.sha256(PAGES[letter].encode("utf-8")).hexdigest()


# The columns of the first version, named: later versions add columns of their own.
LETTER = ("INSERT INTO letters (id, key, kst_id, chamber, vergaderjaar, ondernummer, kind, title, date, sender, "
          "signatory, named_as, created, modified) ")


def fill(db, version):
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    x = db.execute
    x(LETTER + "VALUES (1, 'kst-31490-77', 'kst-31490-77', 2, '2024-2025', '77', 'brief', "
      "'Digitale overheid', '2024-11-14', 'Binnenlandse Zaken', NULL, NULL, ?, ?)", (NOW, NOW))
    x(LETTER + "VALUES (2, 'kst-36471-96', 'kst-36471-96', 2, '2024-2025', '96', 'brief', "
      "'Voortgang asielbeleid', '2024-10-01', 'Asiel en Migratie', NULL, NULL, ?, ?)", (NOW, NOW))
    x(LETTER + "VALUES (3, ?, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'regeerprogramma', "
      "?, ?)", ("sha256:" + sha(3), NOW, NOW))
    x("INSERT INTO dossiers VALUES (1, '31490', '', 'Digitale overheid')")
    x("INSERT INTO dossiers VALUES (2, '36471', '', 'Asiel')")
    x("INSERT INTO letter_dossiers VALUES (1, 1, 0)")
    x("INSERT INTO letter_dossiers VALUES (2, 2, 0)")
    names = {1: "digitale-overheid.txt", 2: "asiel.txt", 3: "regeerprogramma.txt"}
    for n in (1, 2, 3):
        x("INSERT INTO renditions (id, letter_id, format, sha256, file, original_name, pages, imported) "
          "VALUES (?, ?, 'text', ?, ?, ?, 1, ?)", (n, n, sha(n), sha(n) + ".txt", names[n], NOW))
        x("INSERT INTO page_texts (rendition_id, page, text) VALUES (?, 1, ?)", (n, PAGES[n]))
    # What an older scanner found: one stale row that the rescan must drop, one it finds again.
    start = PAGES[1].index("Kamerstuk 36 471")
    x("INSERT INTO letter_references VALUES (1, 1, 1, 'kst', 'kst-99999-1', 'Kamerstuk 99 999', 0, 10)")
    x("INSERT INTO letter_references VALUES (2, 1, 1, 'kst', 'kst-36471-96', 'Kamerstuk 36 471, nr. 96', ?, ?)",
      (start, start + len("Kamerstuk 36 471, nr. 96")))
    if "annotations" in tables:
        exact = "voortgang van de digitale overheid"
        s = PAGES[1].index(exact)
        x("INSERT INTO annotations VALUES (1, 1, 1, 'highlight', 'yellow', 'Nagaan bij BZK', ?, ?, ?, ?, ?, 0, "
          "'[]', ?, ?)", (exact, PAGES[1][max(0, s - 32):s], PAGES[1][s + len(exact):s + len(exact) + 32], s,
                          s + len(exact), NOW, NOW))
        x("INSERT INTO annotations VALUES (2, 2, NULL, 'letter-note', 'blue', 'Noodwet bespreken in de commissie', "
          "'', '', '', 0, 0, 0, '[]', ?, ?)", (NOW, NOW))
        x("INSERT INTO annotation_tags VALUES (1, 'digitaal')")
        x("INSERT INTO annotation_tags VALUES (1, 'volgen')")
        x("INSERT INTO color_meanings VALUES ('yellow', 'belangrijk')")
    if "passages" in tables:
        # One passage a page, as near the splitter as a dump needs: the passage index is built again on open.
        for n in (1, 2, 3):
            x("INSERT INTO passages (letter_id, rendition_id, page, start, end, text) VALUES (?, ?, 1, 0, ?, ?)",
              (n, n, len(PAGES[n]), PAGES[n]))
    if "saved_searches" in tables:
        x("INSERT INTO saved_searches VALUES (1, 'Asiel', ?, ?)",
          ('{"dossier":"","from":"","includeNotes":true,"kind":"","onlyNotes":false,"sender":"","text":"asiel",'
           '"to":"","vergaderjaar":""}', NOW))
    columns = {r[1] for r in db.execute("PRAGMA table_info(letters)")}
    if "publication_id" in columns:
        x("UPDATE letters SET publication_id = kst_id")
    if "links" in tables:
        f, t = "digitale overheid", "noodwet"
        fs, ts = PAGES[1].index(f), PAGES[2].index(t)
        x("INSERT INTO links VALUES (1, 1, 1, ?, '', '', ?, ?, 2, 2, ?, '', '', ?, ?, 'hangt samen', ?, ?)",
          (f, fs, fs + len(f), t, ts, ts + len(t), NOW, NOW))


def main():
    steps = migrations()
    os.makedirs(os.path.join(OUT, "files"), exist_ok=True)
    for n in PAGES:
        with open(os.path.join(OUT, "files", sha(n) + ".txt"), "w", encoding="utf-8", newline="") as f:
            f.write(PAGES[n])
    for version in range(1, LAST + 1):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "library.sqlite")
            db = sqlite3.connect(path)
            for v in range(1, version + 1):
                for statement in steps[v]:
                    db.execute(statement)
            fill(db, version)
            db.execute("PRAGMA user_version = %d" % version)
            db.commit()
            db.close()
            dump = subprocess.run(["sqlite3", path, ".dump"], check=True, capture_output=True, text=True).stdout
            header = ("-- A Kamerlezer library at schema version %d, made by tools/make-schema-dumps.py; "
                      "do not edit.\nPRAGMA user_version = %d;\n" % (version, version))
            with open(os.path.join(OUT, "v%d.sql" % version), "w", encoding="utf-8") as f:
                f.write(header + dump)
            print("v%d.sql" % version)


if __name__ == "__main__":
    sys.exit(main())
