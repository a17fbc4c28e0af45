#!/usr/bin/env python3
"""A local stand-in for the two official sources of parliamentary documents, serving the real recorded responses in
../shared/opendata (see its README.md) the way the live hosts do, so that the fetching code can be tested offline.

    tests/opendata/replay-server.py --data ../shared/opendata [--port 0] [--page-size 250] [--odata-version 4|5]
                                    [--verbose]

It binds 127.0.0.1, prints one line `PORT <n>` once it listens, and serves until SIGTERM or SIGINT. One server plays
both hosts:
- the Tweede Kamer's OData service (gegevensmagazijn) under /OData/v4/2.0/, and, with --odata-version 5, its
  successor under /OData/v5/ as well (fields renamed, $top at most 100);
- KOOP at the root: the repository (/frbr/officielepublicaties/...), its SRU search (/sru) and the
  zoek.officielebekendmakingen.nl addresses (/kst-32545-143.xml, .pdf, .html, /kst-32545-143/metadata.xml).
Tests steer it through /_control (failures to inject, documents to change) and read /_requests (what was asked).
tests/opendata/README.md lists what is emulated and what is not.
"""
import argparse
import copy
import glob
import json
import os
import re
import select
import signal
import socket
import sys
import textwrap
import threading
import time
import traceback
import uuid
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, unquote, urlsplit
from xml.sax.saxutils import escape, quoteattr

ODATA_JSON = "application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8"
FILE_TYPES = {"pdf": "application/pdf", "xml": "application/xml", "html": "text/html",
              "odt": "application/vnd.oasis.opendocument.text"}
# Hosts the recordings point at (the SRU recording was made through another project's mock, hence __MOCK_SERVICE__);
# every absolute URL served is made to point at this server instead, so a client that follows links stays offline.
FOREIGN_BASES = ("http://__MOCK_SERVICE__/repository.overheid.nl",
                 "http://__MOCK_SERVICE__/zoek.officielebekendmakingen.nl",
                 "https://repository.overheid.nl", "https://zoek.officielebekendmakingen.nl")
# OData v5 renames these Document fields (README); everything else, Zaak's Volgnummer included, keeps its v4 name.
V5_RENAMES = {"Document": {"DocumentNummer": "Nummer", "Volgnummer": "Ondernummer"}}
V5_MAX_TOP = 100
TIMEOUT_LIMIT = 120  # seconds a "timeout" failure holds a request before giving up on the client giving up
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


class Response:
    """What a request is answered with, built in full before anything is sent, so that a failure rule can still
    replace it, or send only half of it."""

    def __init__(self, status, body, content_type, headers=()):
        self.status, self.body, self.content_type, self.headers = status, body, content_type, list(headers)


def json_response(status, value, content_type=ODATA_JSON):
    return Response(status, json.dumps(value, ensure_ascii=False).encode("utf-8"), content_type)


def read_text(path):
    with open(path, encoding="utf-8") as file:
        return file.read()


def rewrite_urls(text, base):
    for foreign in FOREIGN_BASES:
        text = text.replace(foreign, base)
    return text


# --- Time values ------------------------------------------------------------------------------------------------------

TIMESTAMP = re.compile(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,7})\d*)?)?(Z|[+-]\d\d:\d\d)")


def ticks(text):
    """A timestamp as 100 ns ticks since 1970 UTC, or None when it is not one. The service writes up to 7 fractional
    digits (datetime keeps 6) and mixes Z with +01:00, so comparing the strings, or datetimes, would be wrong."""
    match = TIMESTAMP.fullmatch(text) if isinstance(text, str) else None
    if not match:
        return None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    offset = timezone.utc
    if zone != "Z":
        sign = -1 if zone[0] == "-" else 1
        offset = timezone(sign * timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6])))
    moment = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0), tzinfo=offset)
    return (moment - EPOCH) // timedelta(seconds=1) * 10**7 + int((fraction or "").ljust(7, "0"))


def timestamp_text(value):
    """Ticks written the way the service writes ApiGewijzigdOp: 7 fractional digits and Z."""
    seconds, fraction = divmod(value, 10**7)
    return (EPOCH + timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%S") + f".{fraction:07d}Z"


# --- The OData schema, read from the recorded $metadata ---------------------------------------------------------------

EDM = "{http://docs.oasis-open.org/odata/ns/edm}"
NUMERIC = {"Edm.Byte", "Edm.SByte", "Edm.Int16", "Edm.Int32", "Edm.Int64", "Edm.Decimal", "Edm.Double", "Edm.Single"}


def v5_metadata(csdl):
    """The v4 CSDL with the v5 names in the Document entity type only (the same names occur in other types)."""
    start = csdl.index('<EntityType Name="Document">')
    end = csdl.index("</EntityType>", start)
    document = csdl[start:end]
    for old, new in V5_RENAMES["Document"].items():
        document = document.replace(f'<Property Name="{old}"', f'<Property Name="{new}"')
    return csdl[:start] + document + csdl[end:]


class EntityType:
    def __init__(self, element):
        self.name = element.get("Name")
        self.props = {p.get("Name"): p.get("Type") for p in element.findall(EDM + "Property")}
        self.navs = {}  # name -> (target type, is a collection)
        for nav in element.findall(EDM + "NavigationProperty"):
            kind = nav.get("Type")
            many = kind.startswith("Collection(")
            self.navs[nav.get("Name")] = (kind.removeprefix("Collection(").rstrip(")").rsplit(".", 1)[1], many)


class Schema:
    """Entity types and sets of the CSDL a version serves. Queries are checked against it, as the service checks
    them, so that a field the client misspells, or one a version renamed, is an error here too."""

    def __init__(self, csdl, version):
        root = ET.fromstring(csdl)
        self.csdl, self.version = csdl, version
        self.types = {t.name: t for t in map(EntityType, root.iter(EDM + "EntityType"))}
        self.sets = {s.get("Name"): s.get("EntityType").rsplit(".", 1)[1] for s in root.iter(EDM + "EntitySet")}
        self.renames = V5_RENAMES if version == 5 else {}

    def served_name(self, type_name, stored):
        """Rows are stored with their recorded (v4) names; this is the name a version serves."""
        return self.renames.get(type_name, {}).get(stored, stored)

    def stored_name(self, type_name, served):
        for stored, name in self.renames.get(type_name, {}).items():
            if name == served:
                return stored
        return served


# --- The recorded rows, as a graph of entities ------------------------------------------------------------------------

class Entity:
    """A row: its recorded fields (under their v4 names) and the rows its navigation properties lead to (an Entity,
    a list, or None)."""
    __slots__ = ("type", "props", "navs")

    def __init__(self, type_name, props, navs=None):
        self.type, self.props, self.navs = type_name, props, navs if navs is not None else {}


# The navigation properties the recordings hold, per entity type. Others exist in $metadata but cannot be answered
# from recorded data: asking for them is a 501 here, not an empty list that a test would take for the truth.
RECORDED_NAVS = {
    "Document": {"HuidigeDocumentVersie", "Zaak", "Kamerstukdossier"},
    "DocumentVersie": {"DocumentPublicatie", "DocumentPublicatieMetadata"},
    "Zaak": {"Document", "Kamerstukdossier", "Besluit"},
    "Kamerstukdossier": {"Document", "Zaak"},
    "Besluit": {"Agendapunt", "Stemming", "Zaak"},
    "Agendapunt": {"Zaak", "Besluit"},
    "Stemming": {"Besluit", "Fractie", "Persoon"},
    "Activiteit": {"Agendapunt", "Toezegging"},
    "Toezegging": {"Activiteit", "ToegezegdAanPersoon"},
}
REPLACES = re.compile(r"\(t\.v\.v\. \d+(?:-[A-Z]+)?-(\d+)\)")


def vote_order(zaken):
    """An Agendapunt's Zaken in the order its Besluiten number them (AgendapuntZaakBesluitVolgorde).

    A Besluit's own Zaak is not recorded, only its Agendapunt's Zaak list, and that list is not in voting order:
    taking its k-th Zaak for Besluit k would have GroenLinks-PvdA vote against Piri's own motion 19637-3483, and
    PVV, BBB and SGP alone vote for D66's motion 19637-3472. The Kamer votes on motions in the order of their
    numbers, a changed motion ("Gewijzigde motie ... (t.v.v. 19637-3482)") in the place of the one it replaces. In
    that order every recorded Besluit gets votes that fit its motion (Van Zanten's 19637-3465, on ending the
    protection of Ukrainians who travel home, rejected with BBB, PVV and SGP for), and the one number without a
    Besluit (Volgorde 5 of 2025P16979) falls on 19637-3485."""
    def position(zaak):
        replaced = REPLACES.search(zaak.props.get("Onderwerp") or "")
        return int(replaced.group(1)) if replaced else zaak.props["Volgnummer"]
    return sorted(zaken, key=position)


class Recordings:
    """The recorded files, read once; every graph (at start and on each reset) is built from them afresh."""

    def __init__(self, data):
        tk = os.path.join(data, "tk")
        self.csdl = read_text(os.path.join(tk, "odata-v4", "metadata.xml"))
        self.zaken = [json.loads(read_text(path))
                      for path in sorted(glob.glob(os.path.join(tk, "dossier-19637", "zaak", "*.json")))]
        self.stemmingen = json.loads(read_text(os.path.join(tk, "dossier-19637", "stemmingen.json")))["value"]
        self.publications = os.path.join(tk, "dossier-19637", "publications")
        if not self.zaken or not self.stemmingen:
            raise SystemExit(f"replay-server: no recorded Zaken or Stemmingen under {tk}")
        # Not recorded: Toezegging rows made in the service's shape (see its "about"), beside this script.
        self.toezeggingen = json.loads(read_text(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                              "toezeggingen.json")))


def dossier_19637():
    """The Kamerstukdossier of every recorded row. It is not recorded itself: only what the rows show is filled in
    (number, title, no addition, still open); the Id is made up (stable across runs), the rest is null."""
    return Entity("Kamerstukdossier", {
        "Id": str(uuid.uuid5(uuid.NAMESPACE_URL, "kamerlezer-replay:kamerstukdossier:19637")),
        "Titel": "Vreemdelingenbeleid", "Citeertitel": None, "Alias": None, "Nummer": 19637, "Toevoeging": None,
        "HoogsteVolgnummer": None, "Afgesloten": False, "Kamer": None, "GewijzigdOp": None, "ApiGewijzigdOp": None,
        "Verwijderd": False})


class Graph:
    """The rows served, linked as the service links them. Edits from /_control change it in place; a reset builds
    a new one."""

    def __init__(self, recordings, base):
        self.dossier = dossier_19637()
        self.sets = {"Document": [], "Zaak": [], "Kamerstukdossier": [self.dossier], "Besluit": [], "Agendapunt": [],
                     "Stemming": []}
        zaken = {}
        for raw in copy.deepcopy(recordings.zaken):
            zaak = Entity("Zaak", {k: v for k, v in raw.items() if k != "Document"},
                          {"Kamerstukdossier": [self.dossier], "Besluit": [], "Document": []})
            zaken[zaak.props["Id"]] = zaak
            self.sets["Zaak"].append(zaak)
            for document in raw["Document"]:
                zaak.navs["Document"].append(self.document(document, zaak, base))
        self.link_votes(copy.deepcopy(recordings.stemmingen), zaken)
        self.link_toezeggingen(copy.deepcopy(recordings.toezeggingen), zaken)
        self.dossier.navs = {"Document": self.sets["Document"], "Zaak": self.sets["Zaak"]}
        self.by_id = {name: {e.props["Id"].lower(): e for e in rows} for name, rows in self.sets.items()}

    def document(self, raw, zaak, base):
        version = raw.pop("HuidigeDocumentVersie")
        navs = {}
        for name in ("DocumentPublicatie", "DocumentPublicatieMetadata"):
            # Their Urls point at the live repository; here the same paths are served by this server.
            navs[name] = [Entity(name, {**p, "Url": p["Url"] and rewrite_urls(p["Url"], base)})
                          for p in version.pop(name)]
        document = Entity("Document", raw, {"HuidigeDocumentVersie": Entity("DocumentVersie", version, navs),
                                            "Zaak": [zaak], "Kamerstukdossier": [self.dossier]})
        self.sets["Document"].append(document)
        return document

    def link_votes(self, rows, zaken):
        """Stemming rows as recorded, duplicates included (157 rows, 140 distinct Ids: a client must cope), each
        Besluit and Agendapunt once (as first recorded)."""
        besluiten, agendapunten = {}, {}
        for row in rows:
            raw_besluit = row.pop("Besluit")
            raw_agendapunt = raw_besluit.pop("Agendapunt")
            agendapunt = agendapunten.get(raw_agendapunt["Id"])
            if agendapunt is None:
                # A Zaak on the agenda without a recorded file of its own (2025Z18586) is served as the Agendapunt
                # recorded it; its Documents are not recorded, so it has none here.
                listed = [zaken.get(z["Id"]) or Entity("Zaak", z, {"Kamerstukdossier": [self.dossier], "Besluit": [],
                                                                    "Document": []})
                          for z in raw_agendapunt.pop("Zaak")]
                agendapunt = Entity("Agendapunt", raw_agendapunt, {"Zaak": listed, "Besluit": []})
                agendapunten[raw_agendapunt["Id"]] = agendapunt
                self.sets["Agendapunt"].append(agendapunt)
            besluit = besluiten.get(raw_besluit["Id"])
            if besluit is None:
                besluit = Entity("Besluit", raw_besluit, {"Agendapunt": agendapunt, "Stemming": [], "Zaak": []})
                besluiten[raw_besluit["Id"]] = besluit
                agendapunt.navs["Besluit"].append(besluit)
                self.sets["Besluit"].append(besluit)
            fractie, persoon = row.pop("Fractie"), row.pop("Persoon")
            stemming = Entity("Stemming", row, {"Besluit": besluit, "Fractie": fractie and Entity("Fractie", fractie),
                                                "Persoon": persoon and Entity("Persoon", persoon)})
            besluit.navs["Stemming"].append(stemming)
            self.sets["Stemming"].append(stemming)
        for agendapunt in agendapunten.values():
            ordered = vote_order(agendapunt.navs["Zaak"])
            for besluit in agendapunt.navs["Besluit"]:
                k = besluit.props["AgendapuntZaakBesluitVolgorde"]
                if 1 <= k <= len(ordered):
                    besluit.navs["Zaak"].append(ordered[k - 1])
                    ordered[k - 1].navs["Besluit"].append(besluit)

    def link_toezeggingen(self, fixture, zaken):
        """Activiteit -> Agendapunt -> Zaak, and Toezegging -> Activiteit and the member it was made to."""
        self.sets["Activiteit"], self.sets["Toezegging"] = [], []
        activiteiten = {}
        for raw in fixture["Activiteit"]:
            point = raw.pop("_agendapunt")
            agendapunt = Entity("Agendapunt", {"Id": point["Id"], "Onderwerp": point["Onderwerp"]},
                                {"Zaak": [zaken[point["_zaak"]]], "Besluit": []})
            self.sets["Agendapunt"].append(agendapunt)
            activiteit = Entity("Activiteit", raw, {"Agendapunt": [agendapunt], "Toezegging": []})
            activiteiten[raw["Id"]] = activiteit
            self.sets["Activiteit"].append(activiteit)
        for raw in fixture["Toezegging"]:
            activiteit = activiteiten[raw.pop("_activiteit")]
            member = raw.pop("_aan")
            toezegging = Entity("Toezegging", raw, {"Activiteit": [activiteit], "ToegezegdAanPersoon":
                                                    [Entity("Persoon", member)] if member else []})
            activiteit.navs["Toezegging"].append(toezegging)
            self.sets["Toezegging"].append(toezegging)

    def document_by_number(self, number):
        return next((d for d in self.sets["Document"] if d.props["DocumentNummer"] == number), None)


# --- OData query options: $filter, $orderby, $select, $expand ---------------------------------------------------------

class ODataError(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status


def invalid(message):
    return ODataError(400, "The query specified in the URI is not valid. " + message)


FILTER_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<datetime>\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d))
  | (?P<guid>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})
  | (?P<date>\d{4}-\d\d-\d\d)
  | (?P<number>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)
  | (?P<string>'(?:[^']|'')*')
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<punct>[(),:/])""", re.X)
COMPARISONS = {"eq": "Equal", "ne": "NotEqual", "gt": "GreaterThan", "ge": "GreaterThanOrEqual", "lt": "LessThan",
               "le": "LessThanOrEqual"}
FUNCTIONS = {"contains": lambda a, b: b in a, "startswith": str.startswith, "endswith": str.endswith}


class Parser:
    """OData expressions ($filter, $orderby paths) into a tree of tuples: ("or"|"and", a, b), ("not", a),
    ("cmp", op, a, b), ("lit", edm type, value), ("path", [names]), ("lambda", any|all, [names], var, body),
    ("call", function, [args])."""

    def __init__(self, text):
        self.text, self.tokens, position = text, [], 0
        while position < len(text):
            match = FILTER_TOKEN.match(text, position)
            if not match:
                raise self.error(position)
            if match.lastgroup != "space":
                self.tokens.append((match.lastgroup, match.group(), position))
            position = match.end()
        self.index = 0

    def error(self, position=None):
        if position is None:
            position = self.tokens[self.index][2] if self.index < len(self.tokens) else len(self.text)
        return invalid(f"Syntax error at position {position} in '{self.text}'.")

    def peek(self, value=None):
        if self.index >= len(self.tokens):
            return None
        token = self.tokens[self.index]
        return token if value is None or token[1] == value else None

    def take(self, value=None, kind=None):
        token = self.peek(value)
        if token is None or (kind and token[0] != kind):
            raise self.error()
        self.index += 1
        return token[1]

    def at_end(self):
        return self.index == len(self.tokens)

    def expression(self):
        left = self.conjunction()
        while self.peek("or"):
            self.take()
            left = ("or", left, self.conjunction())
        return left

    def conjunction(self):
        left = self.comparison()
        while self.peek("and"):
            self.take()
            left = ("and", left, self.comparison())
        return left

    def comparison(self):
        left = self.unary()
        token = self.peek()
        if token and token[1] in COMPARISONS:
            self.take()
            return ("cmp", token[1], left, self.unary())
        return left

    def unary(self):
        """`not` binds tighter than the comparisons, as in OData: not A eq B is (not A) eq B."""
        if self.peek("not"):
            self.take()
            return ("not", self.unary())
        return self.primary()

    def primary(self):
        token = self.peek()
        if token is None:
            raise self.error()
        kind, text, _ = token
        if text == "(":
            self.take()
            inner = self.expression()
            self.take(")")
            return inner
        self.take()
        if kind == "string":
            return ("lit", "Edm.String", text[1:-1].replace("''", "'"))
        if kind == "number":
            if re.fullmatch(r"-?\d+", text):
                return ("lit", "Edm.Int32" if abs(int(text)) < 2**31 else "Edm.Int64", int(text))
            return ("lit", "Edm.Decimal", Decimal(text))
        if kind == "guid":
            return ("lit", "Edm.Guid", text.lower())
        if kind == "datetime":
            try:
                return ("lit", "Edm.DateTimeOffset", ticks(text))
            except ValueError:
                raise invalid(f"'{text}' is not a valid DateTimeOffset.") from None
        if kind == "date":
            return ("lit", "Edm.Date", text)
        if kind != "name":
            raise self.error(token[2])
        if text in ("true", "false"):
            return ("lit", "Edm.Boolean", text == "true")
        if text == "null":
            return ("lit", None, None)
        if self.peek("("):
            return self.call(text)
        return self.path(text)

    def call(self, name):
        if name not in FUNCTIONS:
            raise invalid(f"An unknown function with name '{name}' was found.")
        self.take("(")
        args = [self.expression()]
        while self.peek(","):
            self.take()
            args.append(self.expression())
        self.take(")")
        return ("call", name, args)

    def path(self, first):
        names = [first]
        while self.peek("/"):
            self.take()
            name = self.take(kind="name")
            if name in ("any", "all") and self.peek("("):
                self.take("(")
                if name == "any" and self.peek(")"):
                    self.take()
                    return ("lambda", name, names, None, None)
                variable = self.take(kind="name")
                self.take(":")
                body = self.expression()
                self.take(")")
                return ("lambda", name, names, variable, body)
            names.append(name)
        return ("path", names)


class Compiler:
    """A parsed expression into a function of the rows in scope ({"$it": row, variable: row}), checked against the
    schema first: unknown fields, operands of the wrong type and misplaced collections are 400s, as on the
    service, before any row is looked at."""

    def __init__(self, schema, type_name):
        self.schema, self.type_name = schema, type_name

    def boolean(self, node, scope=None):
        kind, edm, function = self.compile(node, scope or {})
        if kind != "value" or edm != "Edm.Boolean":
            raise invalid("The $filter expression must evaluate to a single boolean value.")
        return function

    def compile(self, node, scope):
        """(kind, type, function): kind "value" (a primitive of Edm type `type`), "entity" or "collection" (of
        entity type `type`)."""
        op = node[0]
        if op in ("and", "or"):
            left, right = (self.compile(n, scope) for n in node[1:])
            for kind, edm, _ in (left, right):
                if kind != "value" or edm not in ("Edm.Boolean", None):
                    raise invalid(f"A binary operator with incompatible types was detected. Found operand types "
                                  f"'{left[1]}' and '{right[1]}' for operator kind '{op.capitalize()}'.")
            a, b = left[2], right[2]
            if op == "and":
                return "value", "Edm.Boolean", lambda env: bool(a(env)) and bool(b(env))
            return "value", "Edm.Boolean", lambda env: bool(a(env)) or bool(b(env))
        if op == "not":
            kind, edm, inner = self.compile(node[1], scope)
            if kind != "value" or edm != "Edm.Boolean":
                raise invalid("The operand for a unary operator 'Not' must be of type Edm.Boolean.")
            return "value", "Edm.Boolean", lambda env: not inner(env)
        if op == "cmp":
            return self.comparison(node[1], self.compile(node[2], scope), self.compile(node[3], scope))
        if op == "lit":
            value = node[2]
            return "value", node[1], lambda env: value
        if op == "call":
            args = [self.compile(n, scope) for n in node[2]]
            if len(args) != 2 or any(kind != "value" or edm not in ("Edm.String", None) for kind, edm, _ in args):
                raise invalid(f"No function signature for the function with name '{node[1]}' matches the "
                              f"specified arguments.")
            function, (_, _, a), (_, _, b) = FUNCTIONS[node[1]], *args
            return "value", "Edm.Boolean", lambda env: (a(env) is not None and b(env) is not None
                                                        and function(a(env), b(env)))
        if op == "path":
            return self.path(node[1], scope)
        return self.lambda_(node, scope)

    def comparison(self, op, left, right):
        (left_kind, a_type, a), (right_kind, b_type, b) = left, right
        compatible = (a_type is None or b_type is None or a_type == b_type
                      or (a_type in NUMERIC and b_type in NUMERIC))
        if left_kind != "value" or right_kind != "value" or not compatible:
            raise invalid(f"A binary operator with incompatible types was detected. Found operand types "
                          f"'{a_type}' and '{b_type}' for operator kind '{COMPARISONS[op]}'.")
        if op == "eq":
            return "value", "Edm.Boolean", lambda env: a(env) == b(env)
        if op == "ne":
            return "value", "Edm.Boolean", lambda env: a(env) != b(env)
        test = {"gt": lambda x, y: x > y, "ge": lambda x, y: x >= y,
                "lt": lambda x, y: x < y, "le": lambda x, y: x <= y}[op]

        def ordered(env):
            x, y = a(env), b(env)
            return x is not None and y is not None and test(x, y)
        return "value", "Edm.Boolean", ordered

    def path(self, names, scope):
        """A path from $it or a lambda variable, through single-valued navigation properties, to a field (then its
        value, comparable: timestamps as ticks, GUIDs in lower case) or a collection (for any/all)."""
        if names[0] in scope:
            start, type_name, names = names[0], scope[names[0]], names[1:]
        else:
            start, type_name = "$it", self.type_name
        steps, kind, edm = [], "entity", type_name
        for name in names:
            if kind != "entity":
                raise invalid(f"The parent value for a property access of a property '{name}' is not a single "
                              f"value. Property access can only be applied to a single value.")
            entity_type = self.schema.types[type_name]
            if name in entity_type.props:
                kind, edm = "value", entity_type.props[name]
                steps.append((True, self.schema.stored_name(type_name, name)))
            elif name in entity_type.navs:
                require_recorded(type_name, name)
                type_name, many = entity_type.navs[name]
                kind, edm = ("collection" if many else "entity"), type_name
                steps.append((False, name))
            else:
                raise invalid(f"Could not find a property named '{name}' on type 'TK.DA.GGM.OData.{type_name}'.")
        normalize = {"Edm.DateTimeOffset": ticks, "Edm.Guid": str.lower}.get(edm) if kind == "value" else None

        def value(env):
            current = env[start]
            for is_field, name in steps:
                if current is None:
                    return None
                current = current.props.get(name) if is_field else current.navs.get(name)
            return normalize(current) if normalize and current is not None else current
        return kind, edm, value

    def lambda_(self, node, scope):
        _, quantifier, names, variable, body = node
        kind, type_name, collection = self.path(names, scope)
        if kind != "collection":
            raise invalid(f"The '{quantifier}' operator can only be applied to a collection.")
        if variable is None:
            return "value", "Edm.Boolean", lambda env: bool(collection(env))
        test = self.boolean(body, {**scope, variable: type_name})
        quantify = any if quantifier == "any" else all
        return "value", "Edm.Boolean", lambda env: quantify(test({**env, variable: item})
                                                            for item in collection(env) or [])


def require_recorded(type_name, nav):
    if nav not in RECORDED_NAVS.get(type_name, ()):
        raise ODataError(501, f"{type_name}/{nav} exists in $metadata but is not in the recordings this server "
                              f"replays.")


def compile_orderby(text, schema, type_name):
    """$orderby: comma-separated field paths, each asc (default) or desc; a list of (value function, descending)."""
    parser, compiler, keys = Parser(text), Compiler(schema, type_name), []
    while True:
        node = parser.primary()
        kind, _, value = compiler.compile(node, {}) if node[0] == "path" else (None, None, None)
        if kind != "value":
            raise invalid(f"The $orderby expression '{text}' must be a single value.")
        descending = bool(parser.peek("desc"))
        if parser.peek("desc") or parser.peek("asc"):
            parser.take()
        keys.append((value, descending))
        if parser.at_end():
            return keys
        parser.take(",")


def split_top_level(text, separator):
    """Splits at the separators outside parentheses: $expand=A($expand=B,C),D has two items."""
    parts, depth, start = [], 0, 0
    for position, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            raise invalid(f"Unbalanced parentheses in '{text}'.")
        if char == separator and depth == 0:
            parts.append(text[start:position])
            start = position + 1
    if depth:
        raise invalid(f"Unbalanced parentheses in '{text}'.")
    return parts + [text[start:]]


def parse_select(text, schema, type_name):
    names = [name.strip() for name in text.split(",")]
    for name in names:
        if name not in schema.types[type_name].props:
            raise invalid(f"Could not find a property named '{name}' on type 'TK.DA.GGM.OData.{type_name}'.")
    return names


def parse_expand(text, schema, type_name):
    """$expand, with $expand and $select nested inside: [(navigation property, select or None, expand)]."""
    items = []
    for item in split_top_level(text, ","):
        match = re.fullmatch(r"\s*(\w+)\s*(?:\((.*)\))?\s*", item, re.S)
        if not match:
            raise invalid(f"Syntax error in $expand '{text}'.")
        nav, options = match.groups()
        if nav not in schema.types[type_name].navs:
            raise invalid(f"Could not find a property named '{nav}' on type 'TK.DA.GGM.OData.{type_name}'.")
        require_recorded(type_name, nav)
        target = schema.types[type_name].navs[nav][0]
        select, expand = None, []
        for option in split_top_level(options, ";") if options else []:
            key, _, value = option.partition("=")
            if key.strip() == "$expand":
                expand = parse_expand(value, schema, target)
            elif key.strip() == "$select":
                select = parse_select(value, schema, target)
            else:
                raise ODataError(501, f"'{key.strip()}' inside $expand is not emulated by this server.")
        items.append((nav, select, expand))
    return items


def context_fragment(select, expand):
    """The part of @odata.context that names what was selected and expanded: Document(HuidigeDocumentVersie(...))."""
    parts = list(select or []) + [f"{nav}({context_fragment(s, e)})" for nav, s, e in expand]
    return ",".join(parts)


def render(entity, schema, select, expand):
    """A row as JSON: its fields in recorded order (under the version's names), then what was expanded."""
    out = {}
    for stored, value in entity.props.items():
        name = schema.served_name(entity.type, stored)
        if select is None or name in select:
            out[name] = value
    for nav, sub_select, sub_expand in expand:
        value = entity.navs.get(nav)
        if isinstance(value, list):
            out[nav] = [render(e, schema, sub_select, sub_expand) for e in value]
        else:
            out[nav] = render(value, schema, sub_select, sub_expand) if value is not None else None
    return out


# --- The OData service ------------------------------------------------------------------------------------------------

QUERY_OPTIONS = {"$filter", "$expand", "$select", "$orderby", "$top", "$skip", "$count", "$format"}


def odata_response(server, version, prefix, rest, raw_query):
    """Answers a request under an OData prefix; rest is the path after it, raw_query the query as sent."""
    try:
        return odata_resource(server, version, prefix, rest, raw_query)
    except ODataError as error:
        return json_response(error.status, {"error": {"code": "", "message": str(error)}})


def odata_resource(server, version, prefix, rest, raw_query):
    schema, base = server.schemas[version], server.base + prefix
    if rest == "":
        return json_response(200, {"@odata.context": base + "$metadata",
                                   "value": [{"name": s, "kind": "EntitySet", "url": s} for s in schema.sets]})
    if rest == "$metadata":
        return Response(200, schema.csdl.encode("utf-8"), "application/xml")
    match = re.fullmatch(r"(\w+)(?:\(([^()]*)\))?(?:/(\w+))?", rest)
    if not match or match.group(1) not in schema.sets:
        raise ODataError(404, f"No HTTP resource was found that matches the request URI '{base}{rest}'.")
    set_name, key, segment = match.groups()
    graph = server.state.graph
    if set_name not in graph.sets:
        raise ODataError(501, f"The entity set '{set_name}' is not in the recordings this server replays.")
    type_name = schema.sets[set_name]
    options = parse_qsl(raw_query, keep_blank_values=True)  # like ASP.NET Core: '+' is a space, %2B a plus
    query = dict(options)
    unknown = [name for name, _ in options if name.startswith("$") and name not in QUERY_OPTIONS]
    if unknown:
        raise invalid(f"The query parameter '{unknown[0]}' is not supported.")
    given = [name for name, _ in options if name.startswith("$")]
    if len(set(given)) != len(given):
        raise invalid("A query option was specified more than once.")
    select = parse_select(query["$select"], schema, type_name) if "$select" in query else None
    expand = parse_expand(query["$expand"], schema, type_name) if "$expand" in query else []
    if key is not None:
        return single_row(server, graph, schema, set_name, key, segment, select, expand, base)
    if segment is not None:
        raise ODataError(404, f"No HTTP resource was found that matches the request URI '{base}{rest}'.")
    rows = list(graph.sets[set_name])
    if "$filter" in query:
        parser = Parser(query["$filter"])
        tree = parser.expression()
        if not parser.at_end():
            raise parser.error()
        test = Compiler(schema, type_name).boolean(tree)
        rows = [row for row in rows if test({"$it": row})]
    rows = sort_rows(rows, schema, type_name, query.get("$orderby"))
    skip, top = count_option(query, "$skip"), count_option(query, "$top")
    if version == 5 and top is not None and top > V5_MAX_TOP:
        raise invalid(f"The limit of '{V5_MAX_TOP}' for Top query has been exceeded. The value from the incoming "
                      f"request is '{top}'.")
    page = top if top is not None else server.page_size
    fragment = context_fragment(select, expand)
    body = {"@odata.context": f"{base}$metadata#{set_name}" + (f"({fragment})" if fragment else "")}
    if query.get("$count") == "true":
        body["@odata.count"] = len(rows)
    body["value"] = [render(row, schema, select, expand) for row in rows[skip:skip + page]]
    if top is None and skip + page < len(rows):
        # The service pages only when the client did not choose a page itself ($top); its nextLink is the same
        # query with $skip moved on. The other options keep the encoding the client sent.
        kept = [part for part in raw_query.split("&") if part and not unquote(part).startswith("$skip=")]
        body["@odata.nextLink"] = f"{base}{set_name}?" + "&".join(kept + [f"$skip={skip + page}"])
    return json_response(200, body)


def count_option(query, name):
    if name not in query:
        return None if name == "$top" else 0
    if not re.fullmatch(r"\d+", query[name]):
        raise invalid(f"Invalid value '{query[name]}' for {name} query option found. The {name} query option "
                      f"requires a non-negative integer value.")
    return int(query[name])


def sort_rows(rows, schema, type_name, orderby):
    """By $orderby, else by ApiGewijzigdOp (what a client syncing changes walks), always then by Id, so that pages
    cut with $skip never overlap. Nulls sort first, as in OData."""
    compiler = Compiler(schema, type_name)
    keys = compile_orderby(orderby, schema, type_name) if orderby else [
        (compiler.path(["ApiGewijzigdOp"], {})[2], False)]
    rows = sorted(rows, key=lambda row: row.props["Id"].lower())
    for value, descending in reversed(keys):
        rows.sort(key=lambda row: (value({"$it": row}) is not None, value({"$it": row})), reverse=descending)
    return rows


def single_row(server, graph, schema, set_name, key, segment, select, expand, base):
    """Document(<guid>) and Document(<guid>)/resource. Keys are bare GUIDs, as the service writes them."""
    if not re.fullmatch(r"[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}", key):
        raise invalid(f"The key value '{key}' is not a valid Edm.Guid.")
    entity = graph.by_id[set_name].get(key.lower())
    if entity is None:
        raise ODataError(404, f"No {set_name} with Id {key}.")
    if segment == "resource" and set_name == "Document":
        return resource(server, entity)
    if segment is not None:
        raise ODataError(501, f"'{set_name}(...)/{segment}' is not emulated by this server.")
    fragment = context_fragment(select, expand)
    body = {"@odata.context": f"{base}$metadata#{set_name}" + (f"({fragment})" if fragment else "") + "/$entity"}
    body.update(render(entity, schema, select, expand))
    return json_response(200, body)


def resource(server, document):
    """A Document's file. The originals (the Kamer's own PDFs) are not recorded, so this is a stand-in: a small PDF
    of the motion's text, made from its recorded KOOP XML. Its size is not the recorded ContentLength (that is the
    original's); the Content-Length header is right. Every recorded Document is an application/pdf."""
    identifier = document.navs["HuidigeDocumentVersie"].props["ExterneIdentifier"]
    lines = publication_text(os.path.join(server.recordings.publications, identifier + ".xml"))
    return Response(200, make_pdf(identifier, lines), document.props["ContentType"])


def publication_text(path):
    """The readable lines of a KOOP Kamerstuk XML, top to bottom: head, dossier, number and title, date, text."""
    root = ET.parse(path).getroot()
    lines = []
    for element in root.find("kamerstuk").iter():
        if element.tag in ("tekstregel", "dossiernr", "titel", "stuknr", "datumtekst", "al") and \
                element.get("inhoud") not in ("kamernummer", "documenttype"):
            lines.append(" ".join("".join(element.itertext()).split()))
    return lines


def make_pdf(title, lines):
    """A plain PDF 1.4 (A4, Helvetica, WinAnsi text) with the lines wrapped and paged; written by hand because the
    server may use nothing but the standard library. The Producer says it is a stand-in."""
    wrapped = [part for line in lines for part in (textwrap.wrap(line, 90) or [""])]
    pages = [wrapped[i:i + 50] for i in range(0, len(wrapped), 50)] or [[]]

    def pdf_string(text):
        raw = text.encode("cp1252", errors="replace")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    page_numbers = [5 + 2 * i for i in range(len(pages))]
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % n for n in page_numbers)
               + b"] /Count %d >>" % len(pages),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
               b"<< /Title " + pdf_string(title) + b" /Producer "
               + pdf_string("Kamerlezer replay server: a stand-in, not the recorded original") + b" >>"]
    for number, page in zip(page_numbers, pages):
        stream = b"BT /F1 11 Tf 14 TL 56 790 Td " + b"".join(pdf_string(line) + b" Tj T* " for line in page) + b"ET"
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                       b" /Contents %d 0 R >>" % (number + 1))
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out, offsets = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


# --- KOOP: repository files and zoek.officielebekendmakingen.nl addresses ---------------------------------------------

def koop_files(data, publications):
    """Every path served from disk, mapped to its file: the recorded repository tree, the 144 motions' XML at the
    repository path the Tweede Kamer's rows give them, and the zoek.officielebekendmakingen.nl short forms of both
    (/kst-32545-143.pdf, /kst-32545-143/metadata.xml). Looking the short forms up in the tree, rather than
    rebuilding the folder from the id, finds the folder whatever the dossier's addition or the type's layout
    (kst/36600-VI/, ah-tk/20202021/, blg/onopgemaakt/)."""
    files = {}
    repository = os.path.join(data, "koop", "repository.overheid.nl")
    for folder, _, names in os.walk(os.path.join(repository, "frbr")):
        for name in names:
            path = os.path.join(folder, name)
            files["/" + os.path.relpath(path, repository).replace(os.sep, "/")] = path
    for path in glob.glob(os.path.join(publications, "kst-19637-*.xml")):
        identifier = os.path.basename(path)[:-4]
        files[f"/frbr/officielepublicaties/kst/19637/{identifier}/1/xml/{identifier}.xml"] = path
    for url, path in list(files.items()):
        match = re.fullmatch(r"/frbr/officielepublicaties/[^/]+/[^/]+/([^/]+)/[^/]+/(\w+)/([^/]+)", url)
        if not match:
            continue
        identifier, manifestation, name = match.groups()
        if manifestation in FILE_TYPES and name == f"{identifier}.{manifestation}":
            files["/" + name] = path
        elif manifestation == "metadata":
            files[f"/{identifier}/{name}"] = path
    return files


def file_response(path):
    with open(path, "rb") as file:
        body = file.read()
    return Response(200, body, FILE_TYPES.get(path.rsplit(".", 1)[-1], "application/octet-stream"))


# --- KOOP: SRU search -------------------------------------------------------------------------------------------------

INDEX_NAMESPACES = {"dt": "http://purl.org/dc/terms/", "w": "http://standaarden.overheid.nl/wetgeving/",
                    "c": "http://standaarden.overheid.nl/collectie/"}
DIAGNOSTICS = {1: "General system error", 4: "Unsupported operation", 6: "Unsupported parameter value",
               7: "Mandatory parameter not supplied", 10: "Query syntax error", 16: "Unsupported index",
               19: "Unsupported relation", 37: "Unsupported boolean operator"}


class SruDiagnostic(Exception):
    def __init__(self, code, details):
        super().__init__(details)
        self.code, self.details = code, details


class SruRecord:
    """One <sru:record> as text (served as it is, but for its position) and its metadata values, by (index prefix,
    element name), for the query to test."""

    def __init__(self, text, namespaces):
        self.text = text
        self.values = {}
        wrapped = ET.fromstring(f"<wrap {namespaces}>{text}</wrap>")
        data = wrapped.find(".//{http://standaarden.overheid.nl/sru}originalData")
        prefixes = {uri: prefix for prefix, uri in INDEX_NAMESPACES.items()}
        for element in data.iter():
            uri, _, name = element.tag[1:].partition("}")
            if uri in prefixes and len(element) == 0 and (element.text or "").strip():
                self.values.setdefault((prefixes[uri], name), []).append(element.text.strip())


def recorded_sru_records(path, base):
    """The recorded response's root tag (its namespace declarations are reused) and its records, URLs rewritten.

    The file holds five records, not the three its README names nor the three its numberOfRecords says: besides
    kst-32545-143 (creator "overige"), ah-tk-20202021-3235 and blg-1007826 there are blg-1025203, whose files are not
    recorded and whose pdf itemUrl has the scheme "httbroken", and kst-32545-144, a copy of 143 under another
    identifier (ondernummer still 143, links to 143). All five are served as recorded, the broken scheme too:
    a client must cope with such records."""
    text = rewrite_urls(read_text(path), base)
    root = re.search(r"<sru:searchRetrieveResponse[^>]*>", text).group()
    namespaces = root[len("<sru:searchRetrieveResponse"):-1].strip()
    records = [SruRecord(m.group(), namespaces) for m in re.finditer(r"[ \t]*<sru:record>.*?</sru:record>", text, re.S)]
    return root, namespaces, records


def motion_record(xml_path, document, base):
    """An SRU record, in the recorded records' shape, for one of the 144 motions, from its KOOP XML and its Tweede
    Kamer Document. 52 of the XMLs carry KOOP's metadata; for the other 92 (which carry only a link to it) the same
    fields are read from the text (kop, dossier, number, date) and the Document (Onderwerp is KOOP's
    documenttitel, as the 52 show); the title is built as KOOP builds it ("dossier; Motie; documenttitel");
    indieners and subjects are left out where not recorded. dt.modified and the change timestamps are the XML's
    PublicatieDatum in the Kamer's DocumentPublicatie, the only record of when KOOP last published it. Only the
    xml manifestation is listed: it is the only one this server has."""
    root = ET.parse(xml_path).getroot()
    meta = {}
    for entry in root.find("metadata"):
        meta.setdefault((entry.get("name"), entry.get("scheme") or ""), []).append(entry.get("content"))
    kop = {t.get("inhoud"): t.text.strip() for t in root.iter("tekstregel")}
    identifier = os.path.basename(xml_path)[:-4]
    dossier_number = "".join(root.find(".//dossier/dossiernummer/dossiernr").text.split())
    dossier_title = root.find(".//dossier/titel").text.strip()
    version = document["HuidigeDocumentVersie"]
    published = next(p for p in version["DocumentPublicatie"] if p["DocumentType"] == "Xml")["PublicatieDatum"]
    issued = root.find(".//stuk/datumtekst/datum").get("isodatum")
    subtype = meta.get(("DC.type", "OVERHEIDop.KamerstukTypen"), ["Motie"])[0]
    doc_title = meta.get(("OVERHEIDop.documenttitel", ""), [document["Onderwerp"].strip()])[0]
    title = meta.get(("DC.title", ""), [f"{dossier_title}; {subtype}; {doc_title}"])[0]
    available = meta.get(("DCTERMS.available", "DCTERMS.W3CDTF"), [published[:10]])[0]
    xml_url = f"{base}/frbr/officielepublicaties/kst/{dossier_number}/{identifier}/1/xml/{identifier}.xml"

    kern = [element("dcterms:identifier", identifier), element("dcterms:title", title),
            element("dcterms:language", "nl"), element("dcterms:type", "Kamerstuk", scheme="OVERHEIDop.Parlementair"),
            element("dcterms:creator", kop["kameraanduiding"], scheme="OVERHEID.StatenGeneraal"),
            element("dcterms:modified", published[:10])]
    mantel = [element("dcterms:available", available), element("dcterms:date", issued),
              element("dcterms:hasVersion", "1", resourceIdentifier=f"{base}/{identifier}.html"),
              element("dcterms:issued", issued)]
    mantel += [element("dcterms:subject", s, scheme="OVERHEID.TaxonomieBeleidsagenda")
               for s in meta.get(("OVERHEID.category", "OVERHEID.TaxonomieBeleidsagenda"), [])]
    tp = [element("c:product-area", "officielepublicaties"),
          element("c:content-area", f"officielepublicaties/kst/{dossier_number}"),
          element("overheidwetgeving:documenttitel", doc_title),
          element("overheidwetgeving:dossiertitel", dossier_title)]
    tp += [element("overheidwetgeving:indiener", name) for name in meta.get(("OVERHEIDop.indiener", ""), [])]
    tp += [element("overheidwetgeving:ondernummer", root.find(".//stuk/stuknr/ondernummer").text.strip()),
           element("overheidwetgeving:organisatietype", "staten generaal", scheme="OVERHEID.Organisatietype"),
           element("overheidwetgeving:publicatienaam", "Kamerstuk"),
           element("overheidwetgeving:vergaderjaar", kop["vergaderjaar"].removeprefix("Vergaderjaar ")),
           element("overheidwetgeving:dossiernummer", dossier_number),
           element("overheidwetgeving:subrubriek", subtype, scheme="OVERHEIDop.KamerstukTypen"),
           element("cd:datumTijdstipWijzigingWork", published),
           element("cd:datumTijdstipWijzigingExpression", published)]
    enriched = [element("gzd:url", xml_url), element("gzd:preferredUrl", f"{base}/{identifier}.html"),
                element("gzd:itemUrl", xml_url, manifestation="xml"), element("gzd:timestamp", published)]
    meta_block = block("overheidwetgeving:meta", block("overheidwetgeving:owmskern", kern)
                       + block("overheidwetgeving:owmsmantel", mantel) + block("overheidwetgeving:tpmeta", tp))
    gzd = block("gzd:gzd", block("gzd:originalData", meta_block) + block("gzd:enrichedData", enriched))
    record = block("sru:record", [element("sru:recordSchema", "http://standaarden.overheid.nl/sru/"),
                                  element("sru:recordPacking", "xml"), *block("sru:recordData", gzd),
                                  element("sru:recordPosition", "0")])
    return "\n".join(" " * 8 + line for line in record)


def element(name, value, **attributes):
    """One line of XML: <name attributes>value</name>."""
    attrs = "".join(f" {key}={quoteattr(v)}" for key, v in attributes.items())
    return f"<{name}{attrs}>{escape(value)}</{name}>"


def block(name, lines):
    """An element around lines, indented as the recorded response is (4 spaces a level)."""
    return [f"<{name}>", *(" " * 4 + line for line in lines), f"</{name}>"]


CQL_TOKEN = re.compile(r'\s*(?:(?P<paren>[()])|(?P<relation>==|<>|<=|>=|=|<|>)|"(?P<quoted>(?:[^"\\]|\\.)*)"'
                       r'|(?P<word>[^\s()"=<>]+))')
WORD_RELATIONS = {"any", "all", "adj"}


def words(text):
    return re.findall(r"\w+", text.lower())


def relation_test(relation, wanted):
    """How a value of a record's field answers `index relation wanted`. = and adj: the words of `wanted` appear in
    it, adjacent and in order (case-insensitive); ==: the whole value, case-insensitive; any/all: some/all words;
    < <= > >=: numbers as numbers, anything else (ISO dates) as text."""
    wanted_words = words(wanted)

    def phrase(value):
        have = words(value)
        return bool(wanted_words) and any(have[i:i + len(wanted_words)] == wanted_words
                                          for i in range(len(have) - len(wanted_words) + 1))

    def ordered(compare):
        def test(value):
            if re.fullmatch(r"-?\d+", value) and re.fullmatch(r"-?\d+", wanted):
                return compare(int(value), int(wanted))
            return compare(value, wanted)
        return test
    return {"=": phrase, "adj": phrase, "==": lambda v: v.lower() == wanted.lower(),
            "<>": lambda v: v.lower() != wanted.lower(),
            "any": lambda v: any(w in words(v) for w in wanted_words),
            "all": lambda v: all(w in words(v) for w in wanted_words),
            "<": ordered(lambda a, b: a < b), "<=": ordered(lambda a, b: a <= b),
            ">": ordered(lambda a, b: a > b), ">=": ordered(lambda a, b: a >= b)}[relation]


def combine(operator, left, right):
    """CQL's booleans; NOT is binary, "and not"."""
    if operator == "and":
        return lambda record: left(record) and right(record)
    if operator == "or":
        return lambda record: left(record) or right(record)
    return lambda record: left(record) and not right(record)


class CqlParser:
    """The CQL the repository's SRU takes, into a test of a record's values. CQL gives AND, OR and NOT one
    precedence, read left to right; parentheses group. A clause is `index relation term` or a bare term (searched
    in every field). The indexes are those the records carry (dt.*, w.*, c.*); another is diagnostic 16."""

    def __init__(self, text, known_indexes):
        self.text, self.known, self.tokens, position = text, known_indexes, [], 0
        while text[position:].strip():
            match = CQL_TOKEN.match(text, position)
            if not match:
                raise SruDiagnostic(10, f"cannot read the query from position {position}: {text[position:]}")
            value = match.group("quoted")
            self.tokens.append((match.lastgroup, re.sub(r"\\(.)", r"\1", value) if value is not None
                                else match.group(match.lastgroup)))
            position = match.end()
        self.index = 0

    def parse(self):
        test = self.query()
        if self.index != len(self.tokens):
            raise SruDiagnostic(10, f"unexpected '{self.tokens[self.index][1]}' in: {self.text}")
        return test

    def peek(self, offset=0):
        return self.tokens[self.index + offset] if self.index + offset < len(self.tokens) else (None, None)

    def take(self, kind=None, value=None):
        token = self.peek()
        if token[0] is None or (kind and token[0] != kind) or (value and token[1] != value):
            raise SruDiagnostic(10, f"expected {value or kind or 'more'} in: {self.text}")
        self.index += 1
        return token

    def query(self):
        test = self.clause()
        while self.peek()[0] == "word" and self.peek()[1].lower() in ("and", "or", "not", "prox"):
            operator = self.take()[1].lower()
            if operator == "prox":
                raise SruDiagnostic(37, "PROX")
            test = combine(operator, test, self.clause())
        return test

    def clause(self):
        if self.peek() == ("paren", "("):
            self.take()
            test = self.query()
            self.take("paren", ")")
            return test
        kind, term = self.take()
        if kind not in ("word", "quoted"):
            raise SruDiagnostic(10, f"unexpected '{term}' in: {self.text}")
        relation_kind, relation = self.peek()
        is_word_relation = (relation_kind == "word" and relation.lower() in WORD_RELATIONS
                            and self.peek(1)[0] in ("word", "quoted"))
        if relation_kind != "relation" and not is_word_relation:
            test = relation_test("=", term)
            return lambda record: any(test(v) for values in record.values.values() for v in values)
        self.take()
        value_kind, value = self.take()
        if value_kind not in ("word", "quoted") or kind != "word":
            raise SruDiagnostic(10, f"expected index relation term in: {self.text}")
        prefix, _, name = term.partition(".")
        if prefix not in INDEX_NAMESPACES or (prefix, name) not in self.known:
            raise SruDiagnostic(16, term)
        test, key = relation_test(relation.lower(), value), (prefix, name)
        if relation == "<>":
            return lambda record: all(test(v) for v in record.values.get(key, []))
        return lambda record: any(test(v) for v in record.values.get(key, []))


class Sru:
    """/sru: searchRetrieve over the recorded records and the 144 motions, paged with startRecord and
    maximumRecords."""

    def __init__(self, data, recordings, base):
        root, namespaces, records = recorded_sru_records(
            os.path.join(data, "koop", "repository.overheid.nl", "sru.xml"), base)
        documents = {d["HuidigeDocumentVersie"]["ExterneIdentifier"]: d
                     for zaak in recordings.zaken for d in zaak["Document"]}
        motions = sorted(glob.glob(os.path.join(recordings.publications, "kst-19637-*.xml")),
                         key=lambda p: int(re.search(r"-(\d+)\.xml$", p).group(1)))
        records += [SruRecord(motion_record(p, documents[os.path.basename(p)[:-4]], base), namespaces) for p in motions]
        self.root, self.records = root, records
        self.indexes = {key for record in records for key in record.values}

    def respond(self, raw_query):
        params = dict(parse_qsl(raw_query, keep_blank_values=True))
        try:
            return self.search(params)
        except SruDiagnostic as diagnostic:  # the live service answers these with 200 too
            return self.xml("\n".join([
                "    <sru:version>2.0</sru:version>",
                "    <sru:numberOfRecords>0</sru:numberOfRecords>",
                "    <sru:diagnostics>",
                "        <diag:diagnostic>",
                f"            <diag:uri>info:srw/diagnostic/1/{diagnostic.code}</diag:uri>",
                f"            <diag:details>{escape(diagnostic.details)}</diag:details>",
                f"            <diag:message>{DIAGNOSTICS[diagnostic.code]}</diag:message>",
                "        </diag:diagnostic>",
                "    </sru:diagnostics>"]))

    def search(self, params):
        if params.get("operation", "searchRetrieve") != "searchRetrieve":
            raise SruDiagnostic(4, params["operation"])
        if not params.get("query", "").strip():
            raise SruDiagnostic(7, "query")
        start, maximum = params.get("startRecord", "1"), params.get("maximumRecords", "50")
        if not re.fullmatch(r"[1-9]\d*", start):
            raise SruDiagnostic(6, f"startRecord={start}")
        if not re.fullmatch(r"\d+", maximum):
            raise SruDiagnostic(6, f"maximumRecords={maximum}")
        start, maximum = int(start), int(maximum)
        test = CqlParser(params["query"], self.indexes).parse()
        found = [record for record in self.records if test(record)]
        page = found[start - 1:start - 1 + maximum]
        lines = ["    <sru:version>2.0</sru:version>", f"    <sru:numberOfRecords>{len(found)}</sru:numberOfRecords>"]
        if page:
            lines.append("    <sru:records>")
            lines += [re.sub(r"<sru:recordPosition>\d+</sru:recordPosition>",
                             f"<sru:recordPosition>{start + i}</sru:recordPosition>", record.text)
                      for i, record in enumerate(page)]
            lines.append("    </sru:records>")
        if start - 1 + maximum < len(found):
            lines.append(f"    <sru:nextRecordPosition>{start + maximum}</sru:nextRecordPosition>")
        lines += ["    <sru:echoedSearchRetrieveRequest>",
                  f"        <sru:query>{escape(params['query'])}</sru:query>",
                  f"        <sru:startRecord>{start}</sru:startRecord>",
                  f"        <sru:maximumRecords>{maximum}</sru:maximumRecords>",
                  "    </sru:echoedSearchRetrieveRequest>",
                  "    " + element("sru:resultCountPrecision", "info:srw/vocabulary/resultCountPrecision/1/exact")]
        return self.xml("\n".join(lines))

    def xml(self, inner):
        text = f'<?xml version="1.0" encoding="UTF-8"?>\n{self.root}\n{inner}\n</sru:searchRetrieveResponse>\n'
        return Response(200, text.encode("utf-8"), "application/xml; charset=utf-8")


# --- Test control: failures to inject, documents to change, requests seen ---------------------------------------------

FAILURES = {"timeout", "truncate", "html", "drop", "slow"}


class State:
    """What tests change while the server runs, behind one lock (requests are served on many threads)."""

    def __init__(self, recordings, base):
        self.recordings, self.base = recordings, base
        self.lock = threading.Lock()
        self.graph = Graph(recordings, base)
        self.rules, self.requests = [], []
        self.last_change = 0

    def control(self, command):
        """Applies one /_control command (see the module's README); returns the rules left, for the test to see."""
        with self.lock:
            if command.get("reset") in (True, "true", "1"):
                self.graph, self.rules = Graph(self.recordings, self.base), []
            if command.get("clear") in (True, "true", "1"):
                self.requests = []
            for action in ("touch", "delete"):
                if action in command:
                    self.change(action, command[action])
            if "toezegging" in command:
                self.change_toezegging(command)
            if "fail" in command:
                self.rules.append(self.rule(command))
            return {"rules": list(self.rules)}

    def rule(self, command):
        fail = command["fail"]
        if isinstance(fail, str) and fail.isdigit():
            fail = int(fail)
        if not (isinstance(fail, int) and 400 <= fail <= 599) and fail not in FAILURES:
            raise ValueError(f"fail must be an HTTP status (400-599) or one of {sorted(FAILURES)}, not {fail!r}")
        rule = {"fail": fail, "match": str(command.get("match", "")), "count": int(command.get("count", 1))}
        if rule["count"] < 1 and rule["count"] != -1:
            raise ValueError("count must be at least 1, or -1 for always")
        if fail == "slow":
            rule["delay"] = float(command.get("delay", 0.5))
        if "retryAfter" in command or fail == 429:
            rule["retryAfter"] = int(command.get("retryAfter", 1))
        return rule

    def change_toezegging(self, command):
        """{"toezegging": "TZ202410-113", "status": "Voldaan", "kamerbrief": "2025D43239"}: the register's row
        changed now."""
        row = next((t for t in self.graph.sets["Toezegging"] if t.props["Nummer"] == command["toezegging"]), None)
        if row is None:
            raise ValueError(f"no Toezegging {command['toezegging']}")
        clock = (datetime.now(timezone.utc) - EPOCH) // timedelta(microseconds=1) * 10
        self.last_change = max(clock, self.last_change + 1)
        row.props["ApiGewijzigdOp"] = timestamp_text(self.last_change)
        if "status" in command:
            row.props["Status"] = command["status"]
        if "kamerbrief" in command:
            row.props["KamerbriefNakoming"] = command["kamerbrief"]

    def change(self, action, number):
        """touch: the Document (by DocumentNummer) and its Zaak changed now; delete: the Document removed now.
        "Now" always moves on, so two changes in one clock tick still sort apart."""
        document = self.graph.document_by_number(number)
        if document is None:
            raise ValueError(f"no recorded Document {number}")
        clock = (datetime.now(timezone.utc) - EPOCH) // timedelta(microseconds=1) * 10
        self.last_change = max(clock, self.last_change + 1)
        now = timestamp_text(self.last_change)
        document.props["ApiGewijzigdOp"] = now
        if action == "touch":
            for zaak in document.navs["Zaak"]:
                zaak.props["ApiGewijzigdOp"] = now
        else:
            document.props["Verwijderd"] = True

    def take_rule(self, path):
        """Logs the request and returns the failure it must suffer, if any: the first rule whose match is in the
        path (as sent, or percent-decoded, so a test need not know how the client encodes)."""
        with self.lock:
            self.requests.append(path)
            decoded = unquote(path)
            for rule in self.rules:
                if rule["match"] in path or rule["match"] in decoded:
                    if rule["count"] > 0:
                        rule["count"] -= 1
                        if rule["count"] == 0:
                            self.rules.remove(rule)
                    return dict(rule)
            return None


# --- HTTP -------------------------------------------------------------------------------------------------------------

ERROR_PAGE = (b"<!DOCTYPE html>\n<html><head><title>Onderhoud</title></head>\n<body><h1>Tijdelijk niet beschikbaar"
              b"</h1><p>Deze dienst is wegens onderhoud tijdelijk niet beschikbaar. Probeer het later opnieuw.</p>"
              b"</body></html>\n")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as Qt uses it; every response carries its Content-Length
    server_version = "KamerlezerReplay/1"
    # Headers and body go out as two writes; without TCP_NODELAY the body of every answer on a kept-alive
    # connection waits ~40 ms for the client's delayed ACK, as no real server makes it wait.
    disable_nagle_algorithm = True

    def do_GET(self):
        self.serve(send_body=True)

    def do_HEAD(self):
        self.serve(send_body=False)

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if urlsplit(self.path).path != "/_control":
            self.send(Response(405, b"Method not allowed\n", "text/plain"), True)
            return
        try:
            commands = json.loads(body or b"{}")
        except ValueError:
            self.send(json_response(400, {"error": "the body is not JSON"}, "application/json"), True)
            return
        self.send(self.control(commands if isinstance(commands, list) else [commands]), True)

    def control(self, commands):
        """Applies /_control commands in order and answers with the rules then in force; a bad command is a 400
        (the ones before it stay applied)."""
        state = self.server.state
        try:
            result = state.control({})
            for command in commands:
                if not isinstance(command, dict):
                    raise ValueError(f"a command is a JSON object, not {command!r}")
                result = state.control(command)
        except (ValueError, TypeError) as error:
            return json_response(400, {"error": str(error)}, "application/json")
        return json_response(200, result, "application/json")

    def serve(self, send_body):
        url = urlsplit(self.path)
        if url.path == "/_control":
            self.send(self.control([dict(parse_qsl(url.query, keep_blank_values=True))]), send_body)
            return
        if url.path == "/_requests":
            with self.server.state.lock:
                requests = list(self.server.state.requests)
            self.send(json_response(200, requests, "application/json"), send_body)
            return
        rule = self.server.state.take_rule(self.path)
        fail = rule and rule["fail"]
        if fail == "drop":
            self.close_connection = True
            return
        if fail == "timeout":
            self.wait_for_client_to_give_up()
            self.close_connection = True
            return
        if isinstance(fail, int):
            response = self.failure(fail, url.path)
            if "retryAfter" in rule:
                response.headers.append(("Retry-After", str(rule["retryAfter"])))
        elif fail == "html":
            response = Response(200, ERROR_PAGE, "text/html")
        elif fail == "slow":  # a busy server: the right answer, late
            time.sleep(rule["delay"])
            response = self.route(url)
        else:
            response = self.route(url)
        self.send(response, send_body, truncate=fail == "truncate")

    def route(self, url):
        server, path = self.server, unquote(url.path)
        try:
            for prefix, version in server.odata_prefixes:
                if path.startswith(prefix) or path == prefix.rstrip("/"):
                    return odata_response(server, version, prefix, path[len(prefix):], url.query)
            if path == "/sru":
                return server.sru.respond(url.query)
            if path in server.files:
                return file_response(server.files[path])
            return Response(404, b"Not found\n", "text/plain")
        except Exception:  # a bug here: say so to the client and on stderr, and keep serving
            traceback.print_exc()
            return Response(500, b"Internal error in the replay server (see its stderr)\n", "text/plain")

    def failure(self, status, path):
        if path.startswith("/OData/"):
            return json_response(status, {"error": {"code": "", "message": f"Injected failure: HTTP {status}"}})
        return Response(status, f"Injected failure: HTTP {status}\n".encode(), "text/plain")

    def wait_for_client_to_give_up(self):
        """Holds the request unanswered until the client closes the connection (its timeout), at most
        TIMEOUT_LIMIT seconds, so that a test's thread is not kept for minutes after the client has gone."""
        deadline = time.monotonic() + TIMEOUT_LIMIT
        while time.monotonic() < deadline:
            readable, _, _ = select.select([self.connection], [], [], 0.2)
            if readable:
                try:
                    if not self.connection.recv(1, socket.MSG_PEEK):
                        return
                except OSError:
                    return
                time.sleep(0.2)  # a pipelined request waiting: keep holding, it gets no answer either

    def send(self, response, send_body, truncate=False):
        """Sends a response; truncated, the headers promise the whole body but only half follows, then the
        connection closes, as when a transfer breaks off."""
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        for name, value in response.headers:
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(response.body[:len(response.body) // 2] if truncate else response.body)
        if truncate:
            self.wfile.flush()
            self.close_connection = True

    def log_message(self, format, *args):
        if self.server.verbose:
            sys.stderr.write(f"{self.address_string()} - {format % args}\n")


class ReplayServer(ThreadingHTTPServer):
    daemon_threads = True  # a request held by a "timeout" failure must not keep the process from exiting

    def __init__(self, args):
        super().__init__(("127.0.0.1", args.port), Handler)
        self.base = f"http://127.0.0.1:{self.server_address[1]}"
        self.verbose, self.page_size = args.verbose, args.page_size
        self.recordings = Recordings(args.data)
        self.schemas = {4: Schema(self.recordings.csdl, 4)}
        self.odata_prefixes = [("/OData/v4/2.0/", 4)]
        if args.odata_version == 5:
            self.schemas[5] = Schema(v5_metadata(self.recordings.csdl), 5)
            self.odata_prefixes.append(("/OData/v5/", 5))
        self.files = koop_files(args.data, self.recordings.publications)
        self.sru = Sru(args.data, self.recordings, self.base)
        self.state = State(self.recordings, self.base)


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=os.path.join(root, "..", "shared", "opendata"),
                        help="the recorded open data (default: ../shared/opendata next to the repository)")
    parser.add_argument("--port", type=int, default=0, help="port to listen on; 0 (default) takes a free one")
    parser.add_argument("--page-size", type=int, default=250, help="rows per OData page without $top (default 250)")
    parser.add_argument("--odata-version", type=int, choices=(4, 5), default=4,
                        help="5 serves /OData/v5/ besides /OData/v4/2.0/")
    parser.add_argument("--verbose", action="store_true", help="log every request to stderr")
    args = parser.parse_args()
    if args.page_size < 1:
        parser.error("--page-size must be at least 1")
    server = ReplayServer(args)

    def stop(signum, frame):
        raise SystemExit(0)
    # Both in place before the port is said: a test may stop the server the moment it has read it.
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        print(f"PORT {server.server_address[1]}", flush=True)
        server.serve_forever()
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
