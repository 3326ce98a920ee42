"""Shared helpers of the money-and-staff rules (docs/MODEL.md 'Money and staff').

No rule lives here: these functions find the agents a table cell or clause names, the headings that
frame an annex table, and assert an n-ary node's type, labels and source with evidence.
"""

from __future__ import annotations

import re
from decimal import Decimal

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from graph_builder.rdf.namespaces import WSIS, node_iri
from graph_builder.structure.model import Node

# Kinds of reference entities that can give money, staff or facilities.
AGENT_KINDS = ("org", "body")

# Parenthesised remarks in table cells: （62 691 030日元）, (日本), （工资由日内瓦州负担）.
PAREN = re.compile(r"[（(]([^（）()]*)[）)]")

# Sentence and clause boundaries in normalised text.
SENTENCE_END = "。；;!?！？\n"
CLAUSE_END = SENTENCE_END + "，,"

# English for the few generic Chinese nouns the money tables and clauses use, so that n-ary nodes get an
# @en label (the @zh label and every wsis:facility / wsis:category value stay verbatim).
GLOSSARY = {
    "家具": "furniture",
    "办公室": "offices",
    "办公场地": "office space",
    "计算机": "computers",
    "设备": "equipment",
    "装修": "refurbishment",
    "全职人员": "full-time staff",
    "兼职人员": "part-time staff",
    "其它": "other units",
    "其他": "other units",
    "专家": "seconded experts",
    "承诺书": "commitments to second experts",
}

STATUS_ZH = {"received": "收到捐款", "pledged": "承诺款额", "loan": "借款", "guarantee": "担保"}


def ref_entity(ctx, key: str):
    return ctx.reference.by_key.get(key) if ctx.reference is not None else None


def names(ctx, key: str) -> tuple[str, str]:
    """(English, Chinese) label of a reference entity; the key itself when the list lacks it."""
    e = ref_entity(ctx, key)
    return (e.en, e.zh) if e is not None else (key, key)


def as_agent(ctx, key: str) -> str:
    """The country a city shares its Chinese name with (突尼斯, 新加坡, 科威特), when the name stands where only an
    agent can: a contributor, a member, a sponsor. A city gives nothing; its country does."""
    e = ref_entity(ctx, key)
    if e is None or e.cls != "City" or not e.country:
        return key
    country = ref_entity(ctx, e.country)
    if country is not None and country.zh == e.zh:
        return country.key
    return key


def entity_kind(key: str) -> str:
    return key.split("/", 1)[0]


def entity_class(ctx, key: str) -> str:
    e = ref_entity(ctx, key)
    return e.cls if e is not None else ""


def agents_in(ctx, doc_id: str, start: int, end: int, kinds=AGENT_KINDS, exclude=()) -> list:
    """Mentions of organisations/bodies in ``[start, end)``, minus those inside the ``exclude`` spans."""
    out = []
    for m in ctx.mentions_in(doc_id, start, end):
        if entity_kind(m.key) not in kinds:
            continue
        if any(a <= m.start and m.end <= b for a, b in exclude):
            continue
        out.append(m)
    return out


def most_specific(ctx, mentions: list) -> list:
    """Drop mentions whose entity is the reference parent of another one mentioned (峰会 beside 第一阶段)."""
    keys = {m.key for m in mentions}
    parents = set()
    for k in keys:
        e = ref_entity(ctx, k)
        if e is not None and e.parent:
            parents.add(e.parent)
    return [m for m in mentions if m.key not in parents]


def paren_spans(node: Node) -> list[tuple[int, int, str]]:
    """Original (start, end, inner normalised text) of every parenthesised remark in ``node``."""
    norm = node.normalized()
    out = []
    for m in PAREN.finditer(norm.text):
        s, e = norm.span(m.start(), m.end())
        out.append((s, e, m.group(1)))
    return out


def heading_of(node: Node) -> Node | None:
    """The Heading child that titles a section, if any."""
    return next((c for c in node.children if c.kind == "Heading"), None)


def framing_headings(section: Node) -> list[Node]:
    """The headings that frame a table section, innermost first: its own, its parent sections', and the
    headings printed directly in the enclosing annex (峰会捐款（截止至2002年12月20日）)."""
    out: list[Node] = []
    node: Node | None = section
    while node is not None and node.kind not in ("SourceText", "Part"):
        h = heading_of(node)
        if h is not None:
            out.append(h)
        if node.kind == "Annex":
            out.extend(c for c in node.children if c.kind == "Heading" and c is not h)
            break
        node = node.parent
    return out


def cells(row: Node) -> list[Node]:
    return [c for c in row.children if c.kind == "TableCell"]


def add_entity_node(ctx, iri: URIRef, cls: URIRef, en: str, zh: str, node: Node, span: tuple[int, int],
                    source_prop: URIRef = WSIS.statedIn) -> None:
    """Type, @en/@zh labels and the node an n-ary fact is read from, all cited by ``span`` of ``node``."""
    add = ctx.store.add_span
    add(iri, RDF.type, cls, node, span)
    add(iri, RDFS.label, Literal(en, lang="en"), node, span)
    add(iri, RDFS.label, Literal(zh, lang="zh"), node, span)
    add(iri, source_prop, node_iri(node.id), node, span)


def decimal(value: Decimal) -> Literal:
    """An xsd:decimal literal in canonical form (no exponent, no trailing zeros)."""
    text = format(value.normalize(), "f")
    return Literal(text, datatype=XSD.decimal)


def chf_text(value: Decimal) -> str:
    """'CHF 5,900,000' for English labels."""
    v = value.normalize()
    return f"CHF {v:,.0f}" if v == v.to_integral_value() else f"CHF {v:,}"


def clause_bounds(text: str, i: int, j: int, stops: str = CLAUSE_END) -> tuple[int, int]:
    """Normalised [start, end) of the clause around ``text[i:j]``."""
    a = i
    while a > 0 and text[a - 1] not in stops:
        a -= 1
    b = j
    while b < len(text) and text[b] not in stops:
        b += 1
    return a, b
