#!/usr/bin/env python3
"""Tests of replay-server.py: every path it serves, OData paging and filters, the v5 renames, SRU, and every
failure it can inject. Starts the server on a free port, as the C++ tests will.

    python3 tests/opendata/test_replay_server.py [-v]

The recorded data is read from $KAMERLEZER_OPENDATA, else ../shared/opendata next to the repository.
"""
import calendar
import glob
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unittest
import xml.etree.ElementTree as ET
from urllib.parse import quote, urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER = os.path.join(HERE, "replay-server.py")
DATA = os.environ.get("KAMERLEZER_OPENDATA") or os.path.join(HERE, "..", "..", "..", "shared", "opendata")
V4 = "/OData/v4/2.0/"
V5 = "/OData/v5/"
DOSSIER_QUERY = ("Verwijderd eq false and (Kamerstukdossier/any(k:k/Nummer eq 19637) or "
                 "Zaak/any(z:z/Kamerstukdossier/any(k:k/Nummer eq 19637)))")
MOTION = "14c41606-a7c2-4201-92c0-db5d62fc9173"  # Document 2023D51190, Zaak 2023Z20876, kst-19637-3185


def start(*args):
    """The server as a test starts it: a subprocess whose first line says the port."""
    process = subprocess.Popen([sys.executable, SERVER, "--data", DATA, *args], stdout=subprocess.PIPE, text=True)
    line = process.stdout.readline()
    match = re.fullmatch(r"PORT (\d+)\n", line)
    if not match:
        process.kill()
        process.wait()
        process.stdout.close()
        raise RuntimeError(f"replay-server did not say its port: {line!r}")
    return process, int(match.group(1))


def stop(process):
    process.send_signal(signal.SIGTERM)
    code = process.wait(timeout=10)
    process.stdout.close()
    return code


def odata_path(prefix, resource, **options):
    """A query written as QUrl writes it: spaces as %20, OData's punctuation left alone; options named without
    their $ (filter=... is $filter=...)."""
    query = "&".join(f"${name}={quote(str(value), safe=chr(39) + '()/:,$=;')}" for name, value in options.items())
    return prefix + resource + ("?" + query if query else "")


def sru_path(query, start=1, maximum=50):
    return (f"/sru?operation=searchRetrieve&version=2.0&startRecord={start}&maximumRecords={maximum}"
            f"&query={quote(query, safe='')}")


def recorded_zaken():
    zaken = []
    for path in sorted(glob.glob(os.path.join(DATA, "tk", "dossier-19637", "zaak", "*.json"))):
        with open(path, encoding="utf-8") as file:
            zaken.append(json.load(file))
    return zaken


def recorded_documents():
    return [d for zaak in recorded_zaken() for d in zaak["Document"]]


def ticks(text):
    """Timestamps as comparable numbers, independently of the server's own parsing: 7-digit fractions, offsets."""
    match = re.fullmatch(r"(.{19})(?:\.(\d+))?(Z|[+-]\d\d:\d\d)", text)
    zone = match.group(3)
    offset = 0 if zone == "Z" else (1 if zone[0] == "+" else -1) * (int(zone[1:3]) * 3600 + int(zone[4:6]) * 60)
    seconds = calendar.timegm(time.strptime(match.group(1), "%Y-%m-%dT%H:%M:%S")) - offset
    return seconds * 10**7 + int((match.group(2) or "").ljust(7, "0")[:7])


class ReplayServerTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.process, cls.port = start("--page-size", "50", "--odata-version", "5")
        cls.base = f"http://127.0.0.1:{cls.port}"

    @classmethod
    def tearDownClass(cls):
        stop(cls.process)

    def setUp(self):
        self.control([{"reset": True}, {"clear": True}])

    # --- helpers ---

    def request(self, path, method="GET", body=None, timeout=10):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            connection.request(method, path, body=body)
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            connection.close()

    def get_json(self, path, status=200):
        code, headers, body = self.request(path)
        self.assertEqual(code, status, body[:300])
        self.assertTrue(headers["Content-Type"].startswith("application/json"), headers["Content-Type"])
        self.assertEqual(int(headers["Content-Length"]), len(body))
        return json.loads(body)

    def odata(self, resource, prefix=V4, status=200, **options):
        return self.get_json(odata_path(prefix, resource, **options), status)

    def odata_error(self, resource, prefix=V4, **options):
        body = self.odata(resource, prefix, 400, **options)
        self.assertEqual(set(body), {"error"})
        self.assertEqual(body["error"]["code"], "")
        return body["error"]["message"]

    def control(self, commands):
        code, _, body = self.request("/_control", "POST", json.dumps(commands).encode())
        self.assertEqual(code, 200, body)
        return json.loads(body)

    def sru(self, query, start=1, maximum=50):
        code, headers, body = self.request(sru_path(query, start, maximum))
        self.assertEqual(code, 200)
        self.assertTrue(headers["Content-Type"].startswith("application/xml"))
        ET.fromstring(body)  # well-formed, records and diagnostics alike
        return body.decode("utf-8")

    def all_pages(self, path):
        rows, pages = [], 0
        while path:
            page = self.get_json(path)
            rows += page["value"]
            pages += 1
            link = page.get("@odata.nextLink")
            if link:
                self.assertTrue(link.startswith(self.base + V4), link)
                path = link[len(self.base):]
            else:
                path = None
        return rows, pages

    # --- OData: metadata and documents ---

    def test_metadata_is_the_recorded_csdl(self):
        code, headers, body = self.request(V4 + "$metadata")
        self.assertEqual(code, 200)
        self.assertEqual(headers["Content-Type"], "application/xml")
        with open(os.path.join(DATA, "tk", "odata-v4", "metadata.xml"), "rb") as file:
            self.assertEqual(body, file.read())

    def test_service_document_lists_the_entity_sets(self):
        names = {s["name"] for s in self.get_json(V4)["value"]}
        self.assertTrue({"Document", "Zaak", "Besluit", "Stemming", "Kamerstukdossier", "Toezegging"} <= names)

    def test_documents_of_a_dossier_with_their_publications(self):
        rows, _ = self.all_pages(odata_path(V4, "Document", filter=DOSSIER_QUERY,
                                            expand="HuidigeDocumentVersie($expand=DocumentPublicatie)"))
        self.assertEqual(len(rows), 144)
        self.assertEqual(len({r["Id"] for r in rows}), 144)
        for row in rows:
            self.assertNotIn("Zaak", row)
            version = row["HuidigeDocumentVersie"]
            self.assertRegex(version["ExterneIdentifier"], r"^kst-19637-\d+$")
            self.assertEqual(len(version["DocumentPublicatie"]), 4)
            self.assertNotIn("DocumentPublicatieMetadata", version)
            for publication in version["DocumentPublicatie"]:  # recorded null for most; else on this server
                self.assertTrue(publication["Url"] is None or publication["Url"].startswith(self.base + "/frbr/"))
        page = self.odata("Document", filter=DOSSIER_QUERY, top=1,
                          expand="HuidigeDocumentVersie($expand=DocumentPublicatie)")
        self.assertEqual(page["@odata.context"],
                         self.base + V4 + "$metadata#Document(HuidigeDocumentVersie(DocumentPublicatie()))")

    def test_expanded_zaak_and_dossier(self):
        one = "DocumentNummer eq '2023D51190'"
        row = self.odata("Document", filter=one, expand="Zaak,Kamerstukdossier")["value"][0]
        self.assertEqual([z["Nummer"] for z in row["Zaak"]], ["2023Z20876"])
        self.assertNotIn("Document", row["Zaak"][0])
        dossier = row["Kamerstukdossier"][0]
        self.assertEqual((dossier["Nummer"], dossier["Toevoeging"], dossier["Titel"]),
                         (19637, None, "Vreemdelingenbeleid"))
        nested = self.odata("Document", filter=one,
                            expand="Zaak($expand=Kamerstukdossier;$select=Nummer)")["value"][0]["Zaak"][0]
        self.assertEqual(set(nested), {"Nummer", "Kamerstukdossier"})

    def test_a_budget_chapter_matches_nothing_recorded(self):
        page = self.odata("Document", filter="Verwijderd eq false and Kamerstukdossier/any(k:k/Nummer eq 36600 and "
                                             "k/Toevoeging eq 'VI')")
        self.assertEqual(page["value"], [])

    def test_pages_of_page_size_with_next_links(self):
        path = odata_path(V4, "Document", filter="Verwijderd eq false", select="Id,ApiGewijzigdOp")
        first = self.get_json(path)
        self.assertEqual(len(first["value"]), 50)
        self.assertEqual(first["@odata.nextLink"], self.base + path + "&$skip=50")
        rows, pages = self.all_pages(path)
        self.assertEqual((len(rows), pages), (144, 3))
        self.assertEqual(len({r["Id"] for r in rows}), 144)
        keys = [(ticks(r["ApiGewijzigdOp"]), r["Id"]) for r in rows]
        self.assertEqual(keys, sorted(keys))  # by time, then Id

    def test_top_and_skip_without_next_link(self):
        page = self.odata("Document", top=10, select="Id")
        self.assertEqual(len(page["value"]), 10)
        self.assertNotIn("@odata.nextLink", page)
        self.assertEqual(len(self.odata("Document", skip=140, top=10)["value"]), 4)
        counted = self.odata("Document", top=0, count="true")
        self.assertEqual((counted["@odata.count"], counted["value"]), (144, []))
        self.assertIn("$top", self.odata_error("Document", top=-1))

    def test_a_default_server_pages_by_250(self):
        process, port = start()
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            connection.request("GET", odata_path(V4, "Document", select="Id"))
            page = json.loads(connection.getresponse().read())
            self.assertEqual(len(page["value"]), 144)
            self.assertNotIn("@odata.nextLink", page)
            connection.request("GET", V5 + "$metadata")  # no v5 unless asked for
            response = connection.getresponse()
            response.read()
            self.assertEqual(response.status, 404)
            connection.close()
        finally:
            self.assertEqual(stop(process), 0)

    def test_orderby(self):
        latest = self.odata("Document", top=144, orderby="ApiGewijzigdOp desc", select="ApiGewijzigdOp")["value"]
        times = [ticks(r["ApiGewijzigdOp"]) for r in latest]
        self.assertEqual(times, sorted(times, reverse=True))
        dated = self.odata("Document", top=144, orderby="Datum,Id", select="Datum,Id")["value"]
        keys = [(ticks(r["Datum"]), r["Id"]) for r in dated]
        self.assertEqual(keys, sorted(keys))
        ids = [r["Id"] for r in self.odata("Document", top=144, orderby="Id desc", select="Id")["value"]]
        self.assertEqual(ids, sorted(ids, reverse=True))
        self.assertIn("Foo", self.odata_error("Document", orderby="Foo"))

    def test_changed_since_compares_times_not_text(self):
        documents = recorded_documents()
        # A 6-digit fraction next to 7-digit ones, and an offset, as the service's clients write them.
        moment = next(d["ApiGewijzigdOp"] for d in documents if re.search(r"\.\d{6}Z$", d["ApiGewijzigdOp"]))
        at = ticks(moment)
        expected = sorted(d["DocumentNummer"] for d in documents if ticks(d["ApiGewijzigdOp"]) >= at)
        for literal in (moment, moment[:-1] + "0Z"):
            got = self.odata("Document", top=144, filter=f"ApiGewijzigdOp ge {literal}", select="DocumentNummer")
            self.assertEqual(sorted(r["DocumentNummer"] for r in got["value"]), expected)
        strictly = self.odata("Document", top=144, filter=f"ApiGewijzigdOp gt {moment}")["value"]
        self.assertEqual(len(strictly), sum(ticks(d["ApiGewijzigdOp"]) > at for d in documents))
        self.assertLess(len(strictly), len(expected))
        plus_one = moment[:19] + "+01:00"  # the same wall clock an hour east: an hour earlier
        hour_earlier = [d for d in documents if ticks(d["ApiGewijzigdOp"]) >= ticks(plus_one)]
        got = self.get_json(odata_path(V4, "Document", top=144, filter=f"ApiGewijzigdOp ge {plus_one}")
                            .replace("+", "%2B"))
        self.assertEqual(len(got["value"]), len(hour_earlier))

    def test_filter_operators(self):
        def count(expression):
            return len(self.odata("Document", top=144, filter=expression, select="Id")["value"])
        documents = recorded_documents()
        self.assertEqual(count("Verwijderd eq false"), 144)
        self.assertEqual(count("Verwijderd ne false"), 0)
        self.assertEqual(count("DatumOntvangst eq null"), 144)
        self.assertEqual(count("Volgnummer ge 3400 and Volgnummer lt 3410"),
                         sum(3400 <= d["Volgnummer"] < 3410 for d in documents))
        self.assertEqual(count("Volgnummer le 3186 or (Volgnummer gt 3486 and not (Soort eq 'Motie'))"),
                         sum(d["Volgnummer"] <= 3186 or (d["Volgnummer"] > 3486 and d["Soort"] != "Motie")
                             for d in documents))
        self.assertEqual(count(f"Id eq {MOTION.upper()}"), 1)
        self.assertEqual(count("Onderwerp eq 'Motie van het lid O''Neill'"), 0)
        self.assertEqual(count("contains(Onderwerp,'Koekkoek') and startswith(DocumentNummer,'2023D')"),
                         sum("Koekkoek" in d["Onderwerp"] and d["DocumentNummer"].startswith("2023D")
                             for d in documents))
        self.assertEqual(count("Zaak/any(z:z/Nummer eq '2023Z20876')"), 1)
        self.assertEqual(count("Zaak/all(z:z/Afgedaan eq false)"), sum(not z["Afgedaan"] for z in recorded_zaken()))
        self.assertEqual(count("HuidigeDocumentVersie/ExterneIdentifier eq 'kst-19637-3185'"), 1)

    def test_filter_errors_are_odata_400s(self):
        self.assertIn("Could not find a property named 'Nummer' on type 'TK.DA.GGM.OData.Document'",
                      self.odata_error("Document", filter="Nummer eq '2023D51190'"))
        self.assertIn("Syntax error", self.odata_error("Document", filter="Verwijderd eq false and ("))
        self.assertIn("Syntax error", self.odata_error("Document", filter="Verwijderd eq 'x"))
        self.assertIn("incompatible types", self.odata_error("Document", filter="DocumentNummer eq 19637"))
        self.assertIn("'Edm.DateTimeOffset' and 'Edm.Date'", self.odata_error("Document", filter="Datum ge 2024-01-01"))
        self.assertIn("unknown function", self.odata_error("Document", filter="substringof('a',Titel)"))
        self.assertIn("not a single value", self.odata_error("Document", filter="Zaak/Nummer eq '2023Z20876'"))
        self.assertIn("boolean", self.odata_error("Document", filter="Volgnummer"))
        self.assertIn("Could not find", self.odata_error("Document", filter="Kamerstukdossier/any(k:k/Foo eq 1)"))
        self.assertIn("$foo", self.odata_error("Document", foo="1"))
        # An unencoded '+' is a space to the service, as to any ASP.NET host: the client must write %2B.
        code, _, body = self.request(V4 + "Document?$filter=ApiGewijzigdOp%20ge%202024-06-01T00:00:00+02:00")
        self.assertEqual(code, 400, body)

    def test_unrecorded_parts_of_the_model_say_so(self):
        self.assertEqual(self.odata("Persoon", status=501)["error"]["code"], "")
        self.odata("Document", status=501, expand="DocumentActor")
        self.odata("Foo", status=404)

    def test_one_document_and_its_file(self):
        row = self.odata(f"Document({MOTION})", expand="HuidigeDocumentVersie")
        self.assertEqual(row["DocumentNummer"], "2023D51190")
        self.assertTrue(row["@odata.context"].endswith("$metadata#Document(HuidigeDocumentVersie())/$entity"))
        self.odata("Document(00000000-0000-0000-0000-000000000000)", status=404)
        self.odata("Document(2023D51190)", status=400)
        code, headers, body = self.request(V4 + f"Document({MOTION})/resource")
        self.assertEqual(code, 200)
        self.assertEqual(headers["Content-Type"], row["ContentType"])
        self.assertEqual(int(headers["Content-Length"]), len(body))
        self.assertTrue(body.startswith(b"%PDF-1.4") and body.rstrip().endswith(b"%%EOF"))
        self.assertIn(b"(kst-19637-3185)", body)

    @unittest.skipUnless(shutil.which("pdftotext"), "pdftotext (poppler, as the program uses) not installed")
    def test_the_stand_in_pdf_reads_in_poppler(self):
        _, _, body = self.request(V4 + f"Document({MOTION})/resource")
        with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
            file.write(body)
            file.flush()
            text = subprocess.run(["pdftotext", file.name, "-"], capture_output=True, text=True, check=True).stdout
        self.assertIn("MOTIE VAN HET LID KOEKKOEK EN CEDER", text)
        self.assertIn("Nr. 3185", text)

    # --- OData: Zaken and votes ---

    def test_zaak_by_number_and_by_document(self):
        self.assertEqual([z["Nummer"] for z in self.odata("Zaak", filter="Nummer eq '2023Z20876'")["value"]],
                         ["2023Z20876"])
        page = self.odata("Zaak", filter="Document/any(d:d/DocumentNummer eq '2023D51190')", expand="Document")
        self.assertEqual([d["DocumentNummer"] for d in page["value"][0]["Document"]], ["2023D51190"])
        self.assertEqual(len(self.all_pages(odata_path(V4, "Zaak", select="Nummer"))[0]), 144)

    def test_votes_on_a_motion(self):
        besluiten = self.odata("Besluit", filter="Verwijderd eq false and Zaak/any(z:z/Nummer eq '2025Z18580')",
                               expand="Stemming")["value"]
        self.assertEqual(len(besluiten), 1)
        besluit = besluiten[0]
        self.assertEqual((besluit["BesluitSoort"], besluit["AgendapuntZaakBesluitVolgorde"]),
                         ("Stemmen - aangenomen", 1))
        votes = besluit["Stemming"]
        self.assertEqual(len(votes), 17)
        self.assertLess(len({v["Id"] for v in votes}), len(votes))  # the recording's duplicates, served as recorded
        self.assertEqual({v["Besluit_Id"] for v in votes}, {besluit["Id"]})

    def test_votes_follow_the_order_of_the_motions_numbers(self):
        def besluit(zaak):
            rows = self.odata("Besluit", filter=f"Zaak/any(z:z/Nummer eq '{zaak}')", expand="Stemming")["value"]
            return rows[0] if rows else None
        # 19637-3465 (Van Zanten: end the protection of Ukrainians travelling home): third in voting order,
        # fourth in the Agendapunt's Zaak list; rejected with BBB, PVV and SGP for it.
        rejected = besluit("2025Z16189")
        self.assertEqual((rejected["AgendapuntZaakBesluitVolgorde"], rejected["BesluitSoort"]),
                         (3, "Stemmen - verworpen"))
        self.assertEqual({v["ActorFractie"] for v in rejected["Stemming"] if v["Soort"] == "Voor"},
                         {"BBB", "PVV", "SGP"})
        # The changed motion 3488 takes the place of 3482 it replaces: second.
        self.assertEqual(besluit("2025Z18608")["AgendapuntZaakBesluitVolgorde"], 2)
        self.assertIsNone(besluit("2025Z18584"))  # 3485: no Besluit recorded (Volgorde 5 is missing)
        zaak = self.odata("Zaak", filter="Nummer eq '2025Z18580'", expand="Besluit")["value"][0]
        self.assertEqual([b["AgendapuntZaakBesluitVolgorde"] for b in zaak["Besluit"]], [1])

    def test_stemming_rows_of_a_motion(self):
        rows = self.odata("Stemming", filter="Besluit/Zaak/any(z:z/Nummer eq '2025Z18580')", expand="Besluit")["value"]
        self.assertEqual(len(rows), 17)
        self.assertTrue(all(r["Besluit"]["AgendapuntZaakBesluitVolgorde"] == 1 for r in rows))
        self.assertNotIn("Fractie", rows[0])
        full = self.odata("Stemming", top=1, expand="Besluit($expand=Agendapunt($expand=Zaak)),Fractie,Persoon")
        self.assertTrue(full["@odata.context"].endswith("#Stemming(Besluit(Agendapunt(Zaak())),Fractie(),Persoon())"))
        row = full["value"][0]
        self.assertIn(len(row["Besluit"]["Agendapunt"]["Zaak"]), (5, 7))  # the two recorded Agendapunten
        self.assertIsNone(row["Persoon"])
        self.assertEqual(len(self.all_pages(odata_path(V4, "Stemming", select="Id"))[0]), 157)

    # --- OData v5 ---

    def test_v5_renames_document_fields(self):
        code, _, body = self.request(V5 + "$metadata")
        self.assertEqual(code, 200)
        document = re.search(r'<EntityType Name="Document">.*?</EntityType>', body.decode()).group()
        self.assertIn('<Property Name="Nummer"', document)
        self.assertIn('<Property Name="Ondernummer"', document)
        self.assertNotIn("DocumentNummer", document)
        zaak = re.search(r'<EntityType Name="Zaak">.*?</EntityType>', body.decode()).group()
        self.assertIn('<Property Name="Volgnummer"', zaak)
        row = self.odata("Document", V5, filter="Nummer eq '2023D51190'", expand="Zaak")["value"][0]
        self.assertEqual((row["Nummer"], row["Ondernummer"]), ("2023D51190", 3185))
        self.assertNotIn("DocumentNummer", row)
        self.assertEqual(row["Zaak"][0]["Volgnummer"], 3185)
        self.assertNotIn("Volgnummer", row)
        self.assertIn("DocumentNummer", self.odata_error("Document", V5, filter="DocumentNummer eq '2023D51190'"))
        nested = self.odata("Zaak", V5, filter="Nummer eq '2023Z20876'", expand="Document")["value"][0]
        self.assertEqual(nested["Document"][0]["Nummer"], "2023D51190")

    def test_v5_caps_top_at_100(self):
        self.assertEqual(len(self.odata("Document", V5, top=100)["value"]), 100)
        self.assertIn("limit of '100'", self.odata_error("Document", V5, top=101))
        page = self.odata("Document", V5, select="Id")
        self.assertTrue(page["@odata.nextLink"].startswith(self.base + V5 + "Document?"))

    # --- KOOP: repository and zoek ---

    def assert_file(self, path, content_type, recorded):
        code, headers, body = self.request(path)
        self.assertEqual(code, 200, path)
        self.assertEqual(headers["Content-Type"], content_type)
        self.assertEqual(int(headers["Content-Length"]), len(body))
        with open(os.path.join(DATA, recorded), "rb") as file:
            self.assertEqual(body, file.read())

    def test_repository_files(self):
        root = "koop/repository.overheid.nl/frbr/officielepublicaties/"
        for path, kind in (("kst/32545/kst-32545-143/1/pdf/kst-32545-143.pdf", "application/pdf"),
                           ("kst/32545/kst-32545-143/1/xml/kst-32545-143.xml", "application/xml"),
                           ("ah-tk/20202021/ah-tk-20202021-3235/1/html/ah-tk-20202021-3235.html", "text/html"),
                           ("ah-tk/20202021/ah-tk-20202021-3235/1/odt/ah-tk-20202021-3235.odt",
                            "application/vnd.oasis.opendocument.text"),
                           ("blg/onopgemaakt/blg-1007826/1/metadata/metadata.xml", "application/xml")):
            self.assert_file("/frbr/officielepublicaties/" + path, kind, root + path)
        motion = "/frbr/officielepublicaties/kst/19637/kst-19637-3185/1/"
        self.assert_file(motion + "xml/kst-19637-3185.xml", "application/xml",
                         "tk/dossier-19637/publications/kst-19637-3185.xml")
        for rendition in ("pdf/kst-19637-3185.pdf", "html/kst-19637-3185.html", "odt/kst-19637-3185.odt"):
            self.assertEqual(self.request(motion + rendition)[0], 404)
        unrecorded = "/frbr/officielepublicaties/kst/32545/kst-32545-144/1/xml/kst-32545-144.xml"
        self.assertEqual(self.request(unrecorded)[0], 404)
        code, headers, body = self.request("/kst-32545-143.pdf", "HEAD")
        self.assertEqual((code, body, headers["Content-Length"]), (200, b"", "37473"))

    def test_zoek_addresses(self):
        root = "koop/repository.overheid.nl/frbr/officielepublicaties/kst/32545/kst-32545-143/1/"
        self.assert_file("/kst-32545-143.xml", "application/xml", root + "xml/kst-32545-143.xml")
        self.assert_file("/kst-32545-143.pdf", "application/pdf", root + "pdf/kst-32545-143.pdf")
        self.assert_file("/kst-32545-143.html", "text/html", root + "html/kst-32545-143.html")
        self.assert_file("/kst-32545-143/metadata.xml", "application/xml", root + "metadata/metadata.xml")
        self.assert_file("/blg-1007826.pdf", "application/pdf", "koop/repository.overheid.nl/frbr/"
                         "officielepublicaties/blg/onopgemaakt/blg-1007826/1/pdf/blg-1007826.pdf")
        self.assert_file("/kst-19637-3185.xml", "application/xml", "tk/dossier-19637/publications/kst-19637-3185.xml")
        self.assertEqual(self.request("/kst-19637-3185.pdf")[0], 404)

    # --- KOOP: SRU ---

    def records(self, response):
        return re.findall(r"<dcterms:identifier>([^<]+)</dcterms:identifier>", response)

    def test_sru_all_kamerstukken_of_a_dossier_in_pages(self):
        query = "c.product-area=officielepublicaties AND w.dossiernummer==19637 AND w.publicatienaam=Kamerstuk"
        seen, start = [], 1
        for expected_next in ("51", "101", None):
            response = self.sru(query, start, 50)
            self.assertIn("<sru:numberOfRecords>144</sru:numberOfRecords>", response)
            positions = re.findall(r"<sru:recordPosition>(\d+)</sru:recordPosition>", response)
            self.assertEqual(positions[0], str(start))
            next_position = re.search(r"<sru:nextRecordPosition>(\d+)</sru:nextRecordPosition>", response)
            self.assertEqual(next_position and next_position.group(1), expected_next)
            seen += self.records(response)
            start += 50
        self.assertEqual(len(set(seen)), 144)
        one = self.sru(query + " AND w.ondernummer==3185")
        self.assertEqual(self.records(one), ["kst-19637-3185"])
        item = re.search(r'<gzd:itemUrl manifestation="xml">([^<]+)</gzd:itemUrl>', one).group(1)
        self.assertEqual(item, self.base + "/frbr/officielepublicaties/kst/19637/kst-19637-3185/1/xml/"
                               "kst-19637-3185.xml")
        self.assert_file(urlsplit(item).path, "application/xml", "tk/dossier-19637/publications/kst-19637-3185.xml")
        self.assertIn("<dcterms:title>Vreemdelingenbeleid; Motie; Motie van de leden Koekkoek en Ceder", one)

    def test_sru_recorded_records_are_kept_as_recorded(self):
        response = self.sru("dt.identifier==kst-32545-143")
        self.assertEqual(self.records(response), ["kst-32545-143"])
        with open(os.path.join(DATA, "koop", "repository.overheid.nl", "sru.xml"), encoding="utf-8") as file:
            recorded = file.read()
        data = re.search(r"<sru:recordData>.*?</sru:recordData>", recorded, re.S).group()
        self.assertIn(data.replace("http://__MOCK_SERVICE__/repository.overheid.nl", self.base)
                          .replace("https://zoek.officielebekendmakingen.nl", self.base), response)
        self.assertNotIn("__MOCK_SERVICE__", response)
        self.assertNotIn("https://", response)
        self.assertEqual(self.records(self.sru('dt.identifier="ah-tk-20202021-3235"')), ["ah-tk-20202021-3235"])
        item = re.search(r'<gzd:itemUrl manifestation="pdf">([^<]+)</gzd:itemUrl>',
                         self.sru("dt.identifier==blg-1007826")).group(1)
        self.assertEqual(self.request(urlsplit(item).path)[0], 200)

    def test_sru_query_language(self):
        def found(query):
            return self.records(self.sru(query, maximum=500))
        self.assertEqual(found('dt.creator=="Eerste Kamer der Staten-Generaal"'), [])
        self.assertEqual(found("c.product-area=officielepublicaties AND dt.modified>=2026-01-01"), [])
        since = [d for d in recorded_documents() if next(p["PublicatieDatum"] for p in
                 d["HuidigeDocumentVersie"]["DocumentPublicatie"] if p["DocumentType"] == "Xml") >= "2025-05-01"]
        self.assertEqual(len(found("dt.modified>=2025-05-01")), len(since))
        self.assertEqual(found("(w.dossiernummer==33037 OR w.dossiernummer==29689) AND w.publicatienaam=Kamerstuk"),
                         ["blg-1007826", "blg-1025203"])
        numbers = sorted(int(d["HuidigeDocumentVersie"]["ExterneIdentifier"].rsplit("-", 1)[1])
                         for d in recorded_documents())
        self.assertEqual(found("dt.type=Kamerstuk AND w.dossiernummer==19637 AND w.ondernummer>=3480"),
                         [f"kst-19637-{n}" for n in numbers if n >= 3480])
        self.assertIn("kst-32545-143", found("grensspaarsaldo"))
        self.assertNotIn("kst-19637-3185", found("w.dossiernummer==19637 NOT w.ondernummer==3185"))

    def test_sru_diagnostics(self):
        for query, code in (("w.dossiernummer==", 10), ("(w.dossiernummer==19637", 10), ('dt.title="open', 10),
                            ("foo.bar==1", 16), ("w.nietbestaand==1", 16), ("a PROX b", 37)):
            response = self.sru(query)
            self.assertIn(f"<diag:uri>info:srw/diagnostic/1/{code}</diag:uri>", response, query)
            self.assertIn("<sru:numberOfRecords>0</sru:numberOfRecords>", response)
        code, _, body = self.request("/sru?operation=searchRetrieve&version=2.0")
        self.assertEqual(code, 200)
        self.assertIn(b"info:srw/diagnostic/1/7", body)

    # --- Failures and edits ---

    def test_http_errors_for_a_count(self):
        self.control({"fail": 500, "match": "Document(", "count": 2})
        path = V4 + f"Document({MOTION})"
        self.assertEqual([self.request(path)[0] for _ in range(3)], [500, 500, 200])
        self.assertEqual(self.request(V4 + "Zaak")[0], 200)
        self.control({"fail": 503, "match": "kst-32545", "count": -1})
        self.assertEqual([self.request("/kst-32545-143.pdf")[0] for _ in range(3)], [503, 503, 503])

    def test_too_many_requests_with_retry_after(self):
        code, _, _ = self.request("/_control?fail=429&retryAfter=2&match=%24metadata")
        self.assertEqual(code, 200)
        code, headers, _ = self.request(V4 + "$metadata")
        self.assertEqual((code, headers["Retry-After"]), (429, "2"))
        self.assertEqual(self.request(V4 + "$metadata")[0], 200)

    def test_timeout_holds_the_answer_until_the_client_gives_up(self):
        self.control({"fail": "timeout", "match": "/sru"})
        started = time.monotonic()
        with self.assertRaises(TimeoutError):
            self.request(sru_path("dt.identifier==kst-32545-143"), timeout=0.5)
        self.assertLess(time.monotonic() - started, 5)
        self.assertEqual(self.request(sru_path("dt.identifier==kst-32545-143"))[0], 200)

    def test_truncated_body(self):
        self.control({"fail": "truncate", "match": "kst-32545-143.pdf"})
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        connection.request("GET", "/kst-32545-143.pdf")
        response = connection.getresponse()
        self.assertEqual((response.status, response.getheader("Content-Length")), (200, "37473"))
        with self.assertRaises(http.client.IncompleteRead) as raised:
            response.read()
        self.assertEqual(len(raised.exception.partial), 37473 // 2)
        connection.close()

    def test_html_instead_of_the_file(self):
        self.control({"fail": "html", "match": "Document"})
        code, headers, body = self.request(odata_path(V4, "Document", top=1))
        self.assertEqual((code, headers["Content-Type"]), (200, "text/html"))
        self.assertTrue(body.startswith(b"<!DOCTYPE html>"))
        self.assertEqual(int(headers["Content-Length"]), len(body))

    def test_dropped_connection(self):
        self.control({"fail": "drop"})
        with self.assertRaises((http.client.RemoteDisconnected, ConnectionResetError)):
            self.request("/kst-32545-143.xml")
        self.assertEqual(self.request("/kst-32545-143.xml")[0], 200)

    def test_bad_control_commands(self):
        for command in ({"fail": "explode"}, {"fail": 200}, {"fail": 500, "count": 0}, {"fail": 500, "count": None},
                        {"touch": "2099D00000"}, [1]):
            code, _, _ = self.request("/_control", "POST", json.dumps(command).encode())
            self.assertEqual(code, 400, command)
        self.assertEqual(self.request("/_control", "POST", b"{not json")[0], 400)

    def test_touch_makes_a_document_and_its_zaak_changed(self):
        latest = max(ticks(d["ApiGewijzigdOp"]) for d in recorded_documents())
        since = max((d["ApiGewijzigdOp"] for d in recorded_documents()), key=ticks)
        self.assertEqual(self.odata("Document", filter=f"ApiGewijzigdOp gt {since}")["value"], [])
        self.request("/_control?touch=2023D51190")
        changed = self.odata("Document", filter=f"ApiGewijzigdOp gt {since}", expand="Zaak")["value"]
        self.assertEqual([d["DocumentNummer"] for d in changed], ["2023D51190"])
        self.assertRegex(changed[0]["ApiGewijzigdOp"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$")
        self.assertGreater(ticks(changed[0]["ApiGewijzigdOp"]), latest)
        self.assertEqual(changed[0]["Zaak"][0]["ApiGewijzigdOp"], changed[0]["ApiGewijzigdOp"])
        self.assertEqual(len(self.odata("Zaak", filter=f"ApiGewijzigdOp gt {since}")["value"]), 1)
        ordered = self.odata("Document", top=144, select="DocumentNummer")["value"]
        self.assertEqual(ordered[-1]["DocumentNummer"], "2023D51190")  # the default order is by change

    def test_delete_marks_a_document_removed(self):
        self.control({"delete": "2023D51190"})
        alive = self.odata("Document", top=144, filter="Verwijderd eq false", select="DocumentNummer")["value"]
        self.assertEqual(len(alive), 143)
        self.assertNotIn("2023D51190", {d["DocumentNummer"] for d in alive})
        row = self.odata("Document", filter="DocumentNummer eq '2023D51190'")["value"][0]
        self.assertTrue(row["Verwijderd"])
        self.assertGreater(ticks(row["ApiGewijzigdOp"]), max(ticks(d["ApiGewijzigdOp"]) for d in recorded_documents()))
        self.control({"reset": True})
        self.assertEqual(len(self.odata("Document", top=144, filter="Verwijderd eq false")["value"]), 144)

    def test_requests_are_listed_and_cleared(self):
        self.control({"fail": "drop", "match": "kst"})
        paths = ["/kst-32545-143.xml", V4 + "$metadata", "/nope"]
        for path in paths:
            try:
                self.request(path)
            except http.client.RemoteDisconnected:
                pass
        self.assertEqual(self.get_json("/_requests"), paths)  # failed ones too; control requests not
        self.control({"clear": True})
        self.assertEqual(self.get_json("/_requests"), [])
        self.assertEqual(self.control({"reset": True})["rules"], [])


class ProcessTest(unittest.TestCase):
    def test_sigterm_and_sigint_exit_cleanly(self):
        for signum in (signal.SIGTERM, signal.SIGINT):
            process, port = start("--port", "0")
            self.addCleanup(lambda p=process: p.poll() is None and p.kill())
            with socket.create_connection(("127.0.0.1", port), timeout=5):
                pass
            started = time.monotonic()
            process.send_signal(signum)
            self.assertEqual(process.wait(timeout=10), 0)
            self.assertLess(time.monotonic() - started, 3)
            self.assertEqual(process.stdout.read(), "")  # nothing on stdout but the PORT line
            process.stdout.close()


if __name__ == "__main__":
    if not os.path.isfile(os.path.join(DATA, "README.md")):
        print(f"SKIPPED: no recorded open data at {DATA}")
        sys.exit(0)
    unittest.main()
