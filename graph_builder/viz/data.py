"""What the pictures show, read off the graph as plain JSON-able data.

- network: entities and n-ary fact nodes, the fact triples between them, literal facts, each with its
  evidence (document, locator, verbatim quote); which documents mention or state something about a node.
- timeline: meetings (``wsis:isoDate`` / ``schema:startDate``), acts (``wsis:isoDate`` / ``wsis:date`` /
  ``wsis:year``) and deadlines (``wsis:deadline``), each with its ``wsis:datePrecision``.
- matrix: ``wsis:Facilitation`` nodes: action line x agency -> ``wsis:rank``; lead facilitators.
- props: a readable English and Chinese name for every property the pages show, from the ontology's
  ``rdfs:label`` (standard vocabularies: :data:`STANDARD_LABELS`).
"""

from __future__ import annotations

import pyoxigraph as ox

from graph_builder.exports.index import GraphIndex
from graph_builder.exports.network import node_ids, short
from graph_builder.exports.tables import notation_key
import re

from rdflib import RDFS, Literal, URIRef

from graph_builder.rdf.namespaces import DOC, GRAPH, ORG, SCHEMA, SKOS, WSIS
from graph_builder.viz.dates import parse_iso

# Colour groups, first match wins; a node's group is the first whose classes it belongs to.
GROUPS = [
    ("Person", "#d62728", {WSIS.Person}),
    ("Post", "#ff7f0e", {WSIS.Post, ORG.Post}),
    ("Body", "#1f77b4", {WSIS.Body}),
    ("Organization", "#17becf", {WSIS.Organization, ORG.Organization}),
    ("Event", "#2ca02c", {WSIS.Event, SCHEMA.Event}),
    ("Act", "#9467bd", {WSIS.Act}),
    ("Place", "#8c564b", {WSIS.Place, SCHEMA.Place}),
    ("ActionLine", "#e377c2", {WSIS.ActionLine}),
    ("Facilitation", "#f7b6d2", {WSIS.Facilitation}),
    ("Directive", "#bcbd22", {WSIS.Directive}),
    ("Contribution", "#ffbb78", {WSIS.Contribution, WSIS.StatedTotal, WSIS.Budget}),
    ("Document", "#7f7f7f", {WSIS.Document, WSIS.OutcomeDocument, WSIS.Report, WSIS.CouncilDocument}),
    ("Theme", "#aec7e8", {WSIS.Theme}),
    ("Other", "#c7c7c7", set()),
]


# Display names of the colour groups (the kind filter of the network page).
GROUP_NAMES = {"Person": ("Person", "人物"), "Post": ("Post", "职位"), "Body": ("Body", "机构"),
               "Organization": ("Organization", "组织"), "Event": ("Event", "会议和活动"),
               "Act": ("Resolution or decision", "决议和决定"), "Place": ("Place", "地点"),
               "ActionLine": ("Action line", "行动方面"), "Facilitation": ("Facilitation", "协调推动"),
               "Directive": ("Request or instruction", "要求和指示"), "Contribution": ("Contribution", "捐款"),
               "Document": ("Document", "文件"), "Theme": ("Theme", "主题"), "Other": ("Other", "其他")}

# Properties of standard vocabularies, which the project's ontology does not label itself.
STANDARD_LABELS = {
    "rdf:type": ("type", "类型"), "rdfs:label": ("name", "名称"), "skos:altLabel": ("other name", "别名"),
    "skos:notation": ("notation", "编号"), "skos:inScheme": ("in scheme", "所属体系"),
    "skos:broader": ("part of", "上级条目"), "dcterms:title": ("title", "标题"),
    "dcterms:isPartOf": ("part of", "属于"), "schema:startDate": ("start date", "开始日期"),
    "schema:endDate": ("end date", "结束日期"), "schema:location": ("location", "地点"),
}


def _words(local: str) -> str:
    """'participantCount' -> 'participant count': a readable fallback for an unlabelled property."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", local).lower()


def property_labels(shorts: set[str], ontology) -> dict[str, dict[str, str]]:
    """{'wsis:chair': {'en': 'chair', 'zh': '主席'}, …} for the compact property names in ``shorts``."""
    out = {}
    for name in sorted(shorts):
        prefix, _, local = name.partition(":")
        en, zh = STANDARD_LABELS.get(name, ("", ""))
        if prefix == "wsis" and ontology is not None:
            for label in ontology.objects(URIRef(str(WSIS) + local), RDFS.label):
                if isinstance(label, Literal) and label.language == "en" and not en:
                    en = str(label)
                elif isinstance(label, Literal) and label.language == "zh" and not zh:
                    zh = str(label)
        en = en or _words(local or name)
        out[name] = {"en": en, "zh": zh or en}
    return out


def group_of(ix: GraphIndex, iri: str) -> str:
    for name, _, classes in GROUPS:
        if classes and ix.is_a(iri, {str(c) for c in classes}):
            return name
    return "Other"


def node_label(ix: GraphIndex, iri: str, lang: str) -> str:
    """rdfs:label; for unnamed n-ary fact nodes a description built from their parts."""
    if ix.label(iri, "en") != iri.rsplit("/", 1)[-1] or ix.label(iri, "zh"):
        return ix.label(iri, lang)

    def name(target: str) -> str:
        return ix.value(target, str(WSIS.acronym)) or ix.label(target, lang) or ix.label(target, "en")

    kind = ix.main_type(iri)
    if ix.is_a(iri, {str(WSIS.Facilitation)}):
        lines = " ".join(ix.value(a, str(SKOS.notation)) for a in ix.values(iri, str(WSIS.actionLine)))
        agencies = ", ".join(name(a) for a in ix.values(iri, str(WSIS.agency)))
        return f"{lines} · {agencies} #{ix.value(iri, str(WSIS.rank))}"
    if ix.is_a(iri, {str(WSIS.Directive)}):
        action = ix.value(iri, str(WSIS.action))
        if lang == "zh" and action:
            return action
        where = ix.value(ix.value(iri, str(WSIS.statedIn)), str(WSIS.locator))
        return f"{kind}: {where}" if where else kind
    if ix.is_a(iri, {str(WSIS.Contribution)}):
        who = ", ".join(name(c) for c in ix.values(iri, str(WSIS.contributor)))
        amount = ix.value(iri, str(WSIS.amountCHF))
        return f"{who}: CHF {amount}" if amount else who
    return ix.label(iri, lang) if lang == "en" else ""


def _where(ix: GraphIndex, node: str) -> str:
    """'004 Plan of Action para 6 a)': a document node's locator, prefixed with its document id."""
    doc, locator = _doc_of_node(node), ix.value(node, str(WSIS.locator)) or node
    return locator if not doc or locator.startswith(doc + " ") else f"{doc} {locator}"


def _doc_of_node(iri: str) -> str:
    return iri[len(str(DOC)):].split("/", 1)[0] if iri.startswith(str(DOC)) else ""


def _evidence(ix: GraphIndex, s: str, p: str, o) -> list[dict]:
    return [{"doc": e.doc, "loc": e.where, "quote": e.quote} for e in ix.evidence(s, p, o)]


def network(ix: GraphIndex, positions: dict[str, tuple[float, float]] | None = None) -> dict:
    ids = node_ids(ix)
    known = set(ids)
    docs: dict[str, set[str]] = {i: set() for i in ids}
    for t in ix.graph_triples.get(str(GRAPH["mentions"]), []):
        if t.predicate.value == str(WSIS.mentions) and isinstance(t.object, ox.NamedNode) and t.object.value in docs:
            doc = _doc_of_node(t.subject.value)
            if doc:
                docs[t.object.value].add(doc)
    edges, values = [], []
    for t in sorted(ix.facts, key=lambda t: (str(t.subject), str(t.predicate), str(t.object))):
        s, p = t.subject.value, t.predicate.value
        if s not in known:
            continue
        evidence = _evidence(ix, s, p, t.object)
        for ev in evidence:
            docs[s].add(ev["doc"])
        if isinstance(t.object, ox.NamedNode) and t.object.value in known:
            for ev in evidence:
                docs[t.object.value].add(ev["doc"])
            edges.append({"s": s, "p": short(p), "o": t.object.value, "ev": evidence})
        elif isinstance(t.object, ox.NamedNode):  # a document node: show its locator
            target = ix.value(t.object.value, str(WSIS.locator)) or short(t.object.value)
            values.append({"s": s, "p": short(p), "v": target, "ev": evidence})
        else:
            values.append({"s": s, "p": short(p), "v": t.object.value, "ev": evidence})
    positions = positions or {}
    nodes = []
    for iri in ids:
        x, y = positions.get(iri, (0.0, 0.0))
        nodes.append({"id": iri, "g": group_of(ix, iri), "t": ix.main_type(iri), "en": node_label(ix, iri, "en"),
                      "zh": node_label(ix, iri, "zh"), "short": ix.value(iri, str(WSIS.acronym)), "docs": sorted(d for d in docs[iri] if d), "x": x, "y": y})
    groups = [{"name": name, "colour": colour, "en": GROUP_NAMES[name][0], "zh": GROUP_NAMES[name][1]}
              for name, colour, _ in GROUPS if any(n["g"] == name for n in nodes)]
    return {"nodes": nodes, "edges": edges, "values": values, "groups": groups, "documents": ix.documents()}


# -- timeline ------------------------------------------------------------------------------------

LANES = [("meeting", "Meetings", "会议"), ("act", "Resolutions and decisions", "决议和决定"),
         ("deadline", "Deadlines and targets", "期限和目标")]


DATE_PREDICATES = (WSIS.isoDate, SCHEMA.startDate, SCHEMA.endDate, WSIS.date, WSIS.year, WSIS.deadline)


def _first_date(ix: GraphIndex, iri: str, predicates) -> str:
    for predicate in predicates:
        value = ix.value(iri, str(predicate))
        if value:
            return value
    return ""


def neighbours(ix: GraphIndex) -> dict[str, set[str]]:
    """Network node -> the network nodes a fact links it to, in both directions (one pass over the facts)."""
    known = set(node_ids(ix))
    out: dict[str, set[str]] = {}
    for t in ix.facts:
        if t.subject.value in known and isinstance(t.object, ox.NamedNode) and t.object.value in known:
            out.setdefault(t.subject.value, set()).add(t.object.value)
            out.setdefault(t.object.value, set()).add(t.subject.value)
    return out


def _timeline_item(ix: GraphIndex, iri: str, lane: str, iso: str, related: dict[str, set[str]]) -> dict | None:
    """One timeline entry; ``rel``: the entities it is linked to, so a page can show one entity's timeline."""
    span = parse_iso(iso)
    if span is None:
        return None
    stated = ix.value(iri, str(WSIS.datePrecision))
    label_en, label_zh = node_label(ix, iri, "en"), node_label(ix, iri, "zh")
    if lane == "deadline":
        addressees = ", ".join(ix.label(a, "en") for a in ix.values(iri, str(WSIS.addressee)))
        label_en = f"{label_en} ({addressees})" if addressees and addressees not in label_en else label_en
    evidence = []
    for date_predicate in DATE_PREDICATES:  # the date may be stated under any of its forms
        for value in sorted(ix.objects(iri, str(date_predicate)), key=str):
            for ev in _evidence(ix, iri, str(date_predicate), value):
                if ev not in evidence:
                    evidence.append(ev)
    statedin = ix.value(iri, str(WSIS.statedIn))
    if not evidence and statedin:
        evidence = [{"doc": _doc_of_node(statedin), "loc": _where(ix, statedin), "quote": ""}]
    return {"id": iri, "rel": sorted(related.get(iri, ())), "lane": lane, "en": label_en, "zh": label_zh, "iso": iso,
            "precision": stated or span.precision, "start": span.start.isoformat(), "end": span.end.isoformat(),
            "qualifier": ix.value(iri, str(WSIS.deadlineQualifier)), "type": ix.main_type(iri), "ev": evidence}


def timeline(ix: GraphIndex) -> dict:
    items, related = [], neighbours(ix)
    for iri in ix.subjects_of_class({str(WSIS.Event), str(SCHEMA.Event)}):
        iso = _first_date(ix, iri, (WSIS.isoDate, SCHEMA.startDate, WSIS.date))
        if iso and (item := _timeline_item(ix, iri, "meeting", iso, related)):
            items.append(item)
    for iri in ix.subjects_of_class({str(WSIS.Act)}):
        iso = _first_date(ix, iri, (WSIS.isoDate, WSIS.date, WSIS.year))
        if iso and (item := _timeline_item(ix, iri, "act", iso, related)):
            items.append(item)
    for iri in sorted({t.subject.value for t in ix.facts if t.predicate.value == str(WSIS.deadline)}):
        iso = ix.value(iri, str(WSIS.deadline))
        if item := _timeline_item(ix, iri, "deadline", iso, related):
            items.append(item)
    items.sort(key=lambda i: (i["start"], i["end"], i["lane"], i["id"]))
    first = min([1998] + [int(i["start"][:4]) for i in items])
    last = max([2015] + [int(i["end"][:4]) for i in items])
    rel = sorted({r for i in items for r in i["rel"]})
    names = {r: {"en": node_label(ix, r, "en"), "zh": node_label(ix, r, "zh")} for r in rel}
    return {"items": items, "names": names, "lanes": [{"id": a, "en": b, "zh": c} for a, b, c in LANES],
            "from": f"{first}-01-01", "to": f"{last + 1}-01-01"}


# -- matrix --------------------------------------------------------------------------------------

def matrix(ix: GraphIndex) -> dict:
    cells = []
    for f in ix.subjects_of_class({str(WSIS.Facilitation)}):
        for line in ix.values(f, str(WSIS.actionLine)):
            for agency in ix.values(f, str(WSIS.agency)):
                rank = ix.value(f, str(WSIS.rank))
                listed = ix.value(f, str(WSIS.listedIn))
                loc = ix.value(listed, str(WSIS.locator)) if listed else ""
                evidence = _evidence(ix, f, str(WSIS.agency), ox.NamedNode(agency))
                if not evidence and listed:
                    evidence = [{"doc": _doc_of_node(listed), "loc": _where(ix, listed), "quote": ""}]
                cells.append({"row": line, "col": agency, "rank": int(rank) if rank.isdigit() else None,
                              "loc": loc, "ev": evidence})
    row_ids = sorted({c["row"] for c in cells} | set(ix.subjects_of_class({str(WSIS.ActionLine)})),
                     key=lambda r: (notation_key(ix.value(r, str(SKOS.notation)) or r), r))
    counts: dict[str, int] = {}
    for c in cells:
        counts[c["col"]] = counts.get(c["col"], 0) + 1
    leads = {t.object.value for t in ix.facts if t.predicate.value == str(WSIS.leadFacilitator)
             and isinstance(t.object, ox.NamedNode)}
    col_ids = sorted(counts, key=lambda c: (c not in leads, -counts[c], ix.label(c, "en").lower(), c))
    rows = [{"id": r, "notation": ix.value(r, str(SKOS.notation)), "en": ix.label(r, "en"), "zh": ix.label(r, "zh"),
             "sub": bool(ix.values(r, str(SKOS.broader)))} for r in row_ids]
    cols = [{"id": c, "en": ix.value(c, str(WSIS.acronym)) or ix.label(c, "en"), "name": ix.label(c, "en"),
             "zh": ix.label(c, "zh"), "lead": c in leads, "count": counts[c]} for c in col_ids]
    cells.sort(key=lambda c: (row_ids.index(c["row"]), col_ids.index(c["col"]), c["rank"] or 0))
    return {"rows": rows, "cols": cols, "cells": cells}

