"""Key-value records (docs/MODEL.md 'Key-value records'): entries printed as lines ``KEY：value``.

Rule ``records.fields``: a run of lines ``项目名称：…`` / ``实施机构：…`` / ``国家：…`` (plain, bulleted or spread over
list items; a numbered title line may stand before it) is one record; a record ends where a line is not a field,
where its name field or any of its keys comes again. Which key gives which fact is data
(``graph_builder/data/record_fields.yaml``: a key and its synonyms -> a field and the kind of its value). A record
with its name field and at least two more fields gives, about the thing it names (a ``wsis:Project``):

* org -> ``wsis:implementedBy`` (the organisation named, or the value minted as one);
* country -> ``wsis:country``; actionlines -> ``wsis:addressesActionLine`` (C1-C11, several);
* date -> ``schema:startDate`` (typed by precision); count -> ``wsis:beneficiaryCount`` with
  ``wsis:beneficiaryCountQualifier`` (约 about, 逾/超过 more than);
* funding ``FUNDER（AMOUNT）`` -> a ``wsis:Contribution`` of the funder, the amount in its currency, status
  ``received``, ``wsis:purpose`` the record's name;
* contact ``NAME（Latin），POST`` -> ``wsis:contactPerson`` and the person ``wsis:holds`` the post (of the
  implementing organisation).

Every fact's evidence is the field's line in the node that holds it. Linear: each line is read once.
"""

from __future__ import annotations

import bisect
from decimal import Decimal
import re
from functools import lru_cache
from pathlib import Path

import yaml
from rdflib import Literal
from rdflib.namespace import RDF, RDFS, XSD

from graph_builder.entities.recognize_dates import find_dates
from graph_builder.entities.recognize_base import parse_number
from graph_builder.entities.recognize_quantities import _MULTIPLIERS, _QUALIFIER_RE, _QUALIFIER_WORDS, find_money
from graph_builder.facts import rule
from graph_builder.facts.date_literals import bound_literal
from graph_builder.facts.frames.mint import mint_key
from graph_builder.normalize import Normalized, normalize, squash
from graph_builder.rdf.namespaces import ID, SCHEMA, WSIS, slugify

_TABLE = Path(__file__).resolve().parents[1] / "data" / "record_fields.yaml"
# a field line: an optional bullet or number, the key, a colon, the value
_LINE = re.compile(r"^[ \t\u3000]*(?:[•·\-–—*▪◦●○][ \t\u3000]*)?(?P<key>[^\s：:，。；,;（）()]{1,10}?)[ \t\u3000]*[：:]"
                   r"[ \t\u3000]*(?P<val>\S[^\n]*?)[ \t\u3000。；;]*$")
_TITLE = re.compile(r"^[ \t\u3000]*(?:\d{1,3}[.．、]|[（(]\d{1,3}[)）])[ \t\u3000]*(?P<name>\S[^\n。；;：:，,]{1,40}?)[ \t\u3000]*$")
_ACTION_LINE = re.compile(r"C(\d{1,2})(?!\d)")
_COUNT_VALUE = re.compile(r"(?P<q>" + _QUALIFIER_RE + r")?(?:(?P<num>\d[\d,]*(?:\.\d+)?)|(?P<cn>[零〇一二两三四五六七八九十百千]+))"
                          r"(?P<mult>千万|百万|万|亿)?(?P<more>多|余)?")
_MIN_FIELDS = 3  # the name and two more: a lone "地点：日内瓦" is no record


@lru_cache(maxsize=1)
def field_table() -> tuple[str, dict[str, tuple[str, str]]]:
    """(class of a record's subject, {key: (field, kind)}) from the data file."""
    data = yaml.safe_load(_TABLE.read_text(encoding="utf-8"))
    keys = {}
    for f in data["fields"]:
        for k in f["keys"]:
            keys[k] = (f["field"], f["kind"])
    return data["subject_class"], keys


def records(text: str, start: int, end: int, keys: dict) -> list[list[tuple[str, str, int, int, int, int]]]:
    """Records in ``text[start:end]``: lists of (field, kind, line start, line end, value start, value end).

    A record without a name field is named by the numbered title line right before it (``（2）项目X``)."""
    out, cur = [], []
    title = None  # (line start, line end, name start, name end) of a title line that may open the next record

    def close():
        nonlocal cur, title
        names = sum(1 for f in cur if f[0] == "name")
        if names == 0 and title is not None and cur:
            cur.insert(0, ("name", "name", *title))
            names = 1
        if names == 1 and len(cur) >= _MIN_FIELDS:
            out.append(cur)
        cur, title = [], None

    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        line = text[pos:stop]
        m = _LINE.match(line)
        hit = keys.get(m.group("key")) if m else None
        if hit is not None:
            field, kind = hit
            if any(f[0] == field for f in cur):
                close()
            cur.append((field, kind, pos, stop, pos + m.start("val"), pos + m.end("val")))
        elif line.strip():
            t = _TITLE.match(line)
            if cur or t is None:
                close()
            if t is not None:
                title = (pos, stop, pos + t.start("name"), pos + t.end("name"))
        pos = stop + 1
    close()
    return out


def field_count(value: str) -> tuple[int, str | None] | None:
    """(number, qualifier) a count field starts with: ``约12 000人``, ``逾3万名学生``, ``8 500户``, ``两千余人``.

    The field's key already says what is counted, so any measure word or noun may follow the number."""
    m = _COUNT_VALUE.match(normalize(value))
    if m is None:
        return None
    n = parse_number(m.group("cn")) if m.group("cn") else Decimal(m.group("num").replace(",", ""))
    if n is None:
        return None
    n = int(Decimal(n) * _MULTIPLIERS.get(m.group("mult") or "", 1))
    if n <= 0:
        return None
    q = _QUALIFIER_WORDS.get(m.group("q")) if m.group("q") else ("more than" if m.group("more") else None)
    return n, q


def _kind_of(ctx, key: str) -> str:
    from graph_builder.entities.open_class import entity_kind

    return entity_kind(ctx.reference, key) if ctx.reference is not None else ""


def _in(ctx, node, a: int, b: int, kinds: tuple[str, ...]) -> list:
    """The mentions of the given kinds inside [a, b), longest first where they overlap."""
    got = [m for m in ctx.iter_mentions_in(node.doc.doc_id, a, b) if m.key.split("/", 1)[0] in kinds]
    return [m for m in got if not any(o is not m and o.start <= m.start and m.end <= o.end
                                       and (o.end - o.start) > (m.end - m.start) for o in got)]


def _agent(ctx, node, a: int, b: int) -> tuple[str, tuple[int, int]] | None:
    """The organisation named in [a, b) (listed, or the words themselves minted as one)."""
    from graph_builder.entities.minting import SOURCE_NONE, mint

    zh = node.doc.text[a:b].strip()
    # a listed name counts only when it is the whole value: the office of an agency is not the agency
    found = [m for m in _in(ctx, node, a, b, ("org", "body", "gov", "fund", "country"))
             if squash(node.doc.text[m.start:m.end]) == squash(zh)]
    if found:
        m = found[0]
        return m.key, (m.start, m.end)
    if not (2 <= len(zh) <= 40) or ctx.reference is None:
        return None
    return mint(ctx.reference, mint_key("org", zh), "Organization", zh, "", SOURCE_NONE), (a, b)


def _leaf_of(leaves, pos: int):
    """The leaf holding offset ``pos`` (``leaves``: (starts, nodes) in text order, so a binary search)."""
    starts, nodes = leaves
    k = max(bisect.bisect_right(starts, pos) - 1, 0)
    for n in nodes[k:k + 2]:
        if n.start <= pos < n.end:
            return n
    return None


def _read(ctx, doc, leaves, rec, cls: str) -> None:
    from graph_builder.entities.minting import SOURCE_NONE, mint

    add, text = ctx.store.add_span, doc.source.text
    name_f = next(f for f in rec if f[0] == "name")
    name = text[name_f[4]:name_f[5]].strip()
    subject_key = mint_key(cls.lower(), name)
    if ctx.reference is not None:
        mint(ctx.reference, subject_key, cls, name, "", SOURCE_NONE)
    subject = ID[subject_key]
    name_node = _leaf_of(leaves, name_f[2])
    if name_node is None:
        return
    add(subject, RDF.type, WSIS[cls], name_node, (name_f[4], name_f[5]))
    org_key = None
    for field, kind, ls, le, a, b in rec:
        node = _leaf_of(leaves, ls)
        if node is None or kind == "name":
            continue
        line = (ls + len(text[ls:le]) - len(text[ls:le].lstrip()), le)
        if kind == "org":
            got = _agent(ctx, node, a, b)
            if got is not None:
                org_key = got[0]
                add(subject, WSIS.implementedBy, ID[got[0]], node, line)
        elif kind == "country":
            for m in _in(ctx, node, a, b, ("country", "place", "gov")):
                if _kind_of(ctx, m.key) == "COUNTRY":
                    add(subject, WSIS.country, ID[m.key], node, line)
        elif kind == "actionlines":
            for m in _ACTION_LINE.finditer(text, a, b):
                key = f"actionline/c{int(m.group(1))}"
                if ctx.reference is None or key in ctx.reference.by_key:
                    add(subject, WSIS.addressesActionLine, ID[key], node, line)
        elif kind == "date":
            dates = [d for d in find_dates(Normalized.of(text, 0, a, b)) if d.start_date is not None]
            if dates:
                add(subject, SCHEMA.startDate, bound_literal(dates[0]), node, line)
        elif kind == "count":
            got = field_count(text[a:b])
            if got is not None:
                add(subject, WSIS.beneficiaryCount, Literal(got[0], datatype=XSD.integer), node, line)
                if got[1]:
                    add(subject, WSIS.beneficiaryCountQualifier, Literal(got[1]), node, line)
        elif kind == "funding":
            _funding(ctx, node, subject_key, name, a, b, line)
        elif kind == "contact":
            _contact(ctx, node, subject, org_key, a, b, line)


def _parts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """[a, b) split at 、；; outside brackets: the funders of ``A（20万美元）、B（10万美元）``."""
    out, depth, k = [], 0, a
    for i in range(a, b):
        ch = text[i]
        depth += ch in "（(" and 1 or 0
        depth -= ch in "）)" and 1 or 0
        if depth == 0 and ch in "、；;" and i > k:
            out.append((k, i))
            k = i + 1
    out.append((k, b))
    return [(x, y) for x, y in out if y > x]


def _funding(ctx, node, subject_key: str, name: str, a: int, b: int, line) -> None:
    """``FUNDER（AMOUNT）``, one or several: each funder before its bracketed amount gives one contribution."""
    text = node.doc.text
    parts = _parts(text, a, b)
    if len(parts) > 1 and not all(find_money(Normalized.of(text, 0, x, y)) for x, y in parts):
        parts = [(a, b)]  # 'A和B（50万美元）': one amount of two funders is not split
    for n, (x, y) in enumerate(parts, 1):
        monies = find_money(Normalized.of(text, 0, x, y))
        cut = text.find("（", x, y)
        cut = text.find("(", x, y) if cut < 0 else cut
        funder = _agent(ctx, node, x, cut if cut > x else y)
        if funder is None or not monies:
            continue
        suffix = f"-{n}" if len(parts) > 1 else ""
        _contribution(ctx, node, subject_key, name, funder[0], monies[0], line, suffix)


def _contribution(ctx, node, subject_key: str, name: str, funder: str, money, line, suffix: str) -> None:
    add = ctx.store.add_span
    slug = slugify(subject_key.split('/', 1)[1])[:40]
    iri = ID[f"contribution/{slugify(node.id.replace('/', '-'))}-{slug}{suffix}"]
    add(iri, RDF.type, WSIS.Contribution, node, line)
    add(iri, RDFS.label, Literal(f"Funding of {subject_key.split('/', 1)[1]}", lang="en"), node, line)
    add(iri, RDFS.label, Literal(f"{name}的资金", lang="zh"), node, line)
    add(iri, WSIS.contributor, ID[funder], node, line)
    add(iri, WSIS.status, Literal("received"), node, line)
    add(iri, WSIS.originalAmount, Literal(money.amount, datatype=XSD.decimal), node, line)
    add(iri, WSIS.originalCurrency, Literal(money.currency), node, line)
    if money.currency == "CHF":
        add(iri, WSIS.amountCHF, Literal(money.amount, datatype=XSD.decimal), node, line)
    if money.qualifier:
        add(iri, WSIS.amountQualifier, Literal(money.qualifier), node, line)
    add(iri, WSIS.purpose, Literal(name, lang="zh"), node, line)


def _contact(ctx, node, subject, org_key, a: int, b: int, line) -> None:
    """``NAME（Latin），POST`` or ``POST NAME``: the person, and the post after the name's last comma or before it."""
    from graph_builder.entities.minting import SOURCE_NONE, mint

    add, text = ctx.store.add_span, node.doc.text
    persons = _in(ctx, node, a, b, ("person",))
    if not persons:
        return
    person = persons[0]
    add(subject, WSIS.contactPerson, ID[person.key], node, line)
    rest = text[person.end:b]
    close = max(rest.rfind("）"), rest.rfind(")"))
    tail = rest[close + 1:] if close >= 0 else rest
    post = tail.lstrip("，,、 \t").strip()
    if not post:  # 项目主任詹姆斯·X: the post before the name
        post = text[a:person.start].strip().rstrip("，,、：:")
    if 2 <= len(post) <= 20 and re.fullmatch(r"[\u4e00-\u9fff]+", post) and ctx.reference is not None:
        key = mint(ctx.reference, mint_key("post", post), "Post", post, "", SOURCE_NONE,
                   parent=org_key or "")
        add(ID[person.key], WSIS.holds, ID[key], node, line)


@rule("records.fields")
def record_fields(ctx) -> None:
    cls, keys = field_table()
    for doc in ctx.documents:
        nodes = sorted((n for n in doc.nodes if n.is_leaf), key=lambda n: (n.start, n.end))
        leaves = ([n.start for n in nodes], nodes)
        text = doc.source.text
        if "：" not in text and ":" not in text:
            continue
        for rec in records(text, 0, len(text), keys):
            _read(ctx, doc, leaves, rec, cls)
