"""Citations: which node cites which act, report or document (docs/MODEL.md, 'Citations').

Rules:

* ``citations.references`` -- every prose node (paragraph, item, footnote, table cell …) that cites an act
  (``第56/183号决议``, ``第 73 号决议 (1998 年, 明尼阿波利斯)``, ``经社理事会第2001/321号决定``) or names a
  document of the reference list (``《联合国千年宣言》``) ``dcterms:references`` it; the evidence is the
  citation. An act is linked as the act rules resolve it (their IRIs), so a citation whose printed year
  differs from the act's other citations is kept as printed, not merged.
* ``citations.anaphora`` -- ``该决议`` / ``这一决议`` / ``上述决定`` references the act of that kind cited last before
  it, when that citation is at most a paragraph away and no other act of the kind is cited beside it.
* ``citations.un-documents`` -- a UN document symbol (``A/56/558/Add.3``, ``A/60/L.1``) printed right after a
  listed document's name (``《大会正式记录…补编第3号》(A/55/3/Rev.1)``) is that document's
  ``wsis:documentSymbol``; any other is a document of its own (``document/un-a-60-l.1``; a ``wsis:Report`` when
  the text calls it a report: ``第二委员会的报告(A/56/558/Add.3)``) that the citing node ``dcterms:references``.
* ``citations.act-texts`` -- a container (annex, part) holding the text of a resolution (``大会决议`` /
  ``56/183. 标题`` headings, a ``大会，`` subject line, preambular and operative paragraphs) is that act's
  ``wsis:textIn``; the act ``dcterms:references`` every act and document its text cites (acts cited
  inside other acts).
* ``citations.year-conflicts`` -- when one act (same issuer and number) is cited with different years, or a
  printed year contradicts the year the act's own text or date gives (a citation of the act as revised,
  ``（2018年，迪拜，修订版）``, names a later version and is left out), the citation's act gets
  ``wsis:yearConflictsWith`` the act as otherwise known, and the build reports it as a warning.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from graph_builder.facts import rule
from graph_builder.facts.base import cited_node
from graph_builder.entities.recognize_acts import find_doc_symbols
from graph_builder.rdf.namespaces import ID, WSIS, entity_iri, node_iri, slugify

_DOC_KINDS = ("document",)
_ACT_HEADING = re.compile(r"^\s*(?P<number>\d{1,3}/\d{1,4}[A-Z]?)\s*[.．]")
_ACT_KIND = re.compile(r"(?P<kind>决议|决定)\s*$")


def _acts(ctx):
    from graph_builder.facts.rules_org_acts import cited_acts  # the act rules own act IRIs

    return [c for c in cited_acts(ctx) if getattr(c, "iri", None) is not None]


def _span(c) -> tuple[int, int]:
    return c.passage.norm.span(c.i, c.j)


@rule("citations.references")
def references(ctx) -> None:
    add = ctx.store.add
    for c in _acts(ctx):
        node = c.passage.node
        start, end = _span(c)
        cited = cited_node(ctx.doc(node.doc.doc_id), start, end)
        add(node_iri(cited.id), DCTERMS.references, c.iri, node.doc.doc_id, start, end)
    for doc in ctx.documents:
        for m in ctx.mentions_in(doc.doc_id, 0, len(doc.source.text)):
            if m.key.split("/", 1)[0] not in _DOC_KINDS:
                continue
            cited = cited_node(doc, m.start, m.end)
            if cited.kind in ("Heading",) or cited.parent is None:
                continue  # a title names the document it heads, it does not cite it
            add(node_iri(cited.id), DCTERMS.references, ID[m.key], doc.doc_id, m.start, m.end)


# 该决议 / 这一决议 / 上述决定: the act cited last before it, when that citation is close (the paragraph or the one
# before); farther back, which act is meant is not said.
_ANAPHOR = re.compile(r"(?:这一|这项|该项|该|上述|前述|此项)[\s*]*(?P<kind>决议|决定)")
_ANAPHOR_REACH = 600  # characters between the citation and the anaphor
_NEW_ACT = re.compile(r"(?:一|两|一份|一项|新的?)[\s*]*(?:项)?[\s*]*(?:新)?(?:决议|决定)")


@rule("citations.anaphora")
def anaphora(ctx) -> None:
    add = ctx.store.add
    by_doc: dict[str, list] = defaultdict(list)
    for c in _acts(ctx):
        start, end = _span(c)
        by_doc[c.passage.node.doc.doc_id].append((end, start, str(c.iri)))
    for cites in by_doc.values():
        cites.sort()
    for node in ctx.leaves():
        doc_id = node.doc.doc_id
        norm = node.normalized()
        for m in _ANAPHOR.finditer(norm.text):
            start, end = norm.span(m.start(), m.end())
            kind = "/resolution/" if m.group("kind") == "决议" else "/decision/"
            cites = by_doc.get(doc_id, [])
            # the citations of that kind ending within reach before the anaphor (bisect: linear overall)
            k = bisect_right(cites, (start, len(node.doc.text) + 1, ""))
            before = []
            while k > 0 and start - cites[k - 1][0] <= _ANAPHOR_REACH:
                k -= 1
                if kind in str(cites[k][2]):
                    before.insert(0, cites[k])
            if not before:
                continue
            if _NEW_ACT.search(node.doc.text, before[-1][0], start):
                continue  # 通过了一项决议…该决议: the act just introduced, which the text does not name
            # two acts of that kind cited in the same stretch: which one is meant is not said
            near = {iri for (e, s, iri) in before if before[-1][0] - e <= 40}
            if len(near) != 1:
                continue
            cited = cited_node(ctx.doc(doc_id), start, end)
            add(node_iri(cited.id), DCTERMS.references, URIRef(before[-1][2]), doc_id, start, end)


_REPORT_BEFORE = re.compile(r"报告[\s*]*[(（]?[\s*]*$")
_NAME_THEN_SYMBOL = re.compile(r"^[\s*》」”]*[(（]?[\s*]*$")


@rule("citations.un-documents")
def un_documents(ctx) -> None:
    add = ctx.store.add
    for node in ctx.leaves():
        text = node.doc.text
        for sym in find_doc_symbols(node.normalized()):
            if sym.series != "un":
                continue
            doc_id = node.doc.doc_id
            named = [m for m in ctx.mentions_in(doc_id, node.start, node.end) if m.key.startswith("document/")]
            if any(m.start < sym.end and sym.start < m.end for m in named):
                continue  # the reference list knows the symbol as a name of the document
            before = [m for m in named if m.end <= sym.start and _NAME_THEN_SYMBOL.match(text[m.end : sym.start])]
            cited = node_iri(cited_node(ctx.doc(doc_id), sym.start, sym.end).id)
            if before:  # 《X》(A/55/3/Rev.1): the symbol of X
                add(ID[before[-1].key], WSIS.documentSymbol, Literal(sym.symbol), doc_id, before[-1].start, sym.end)
                continue
            iri = entity_iri("document", f"un-{slugify(sym.symbol)}")
            report = _REPORT_BEFORE.search(text, max(node.start, sym.start - 6), sym.start) is not None
            add(iri, RDF.type, WSIS.Report if report else WSIS.Document, doc_id, sym.start, sym.end)
            add(iri, WSIS.documentSymbol, Literal(sym.symbol), doc_id, sym.start, sym.end)
            add(iri, RDFS.label, Literal(f"UN document {sym.symbol}", lang="en"), doc_id, sym.start, sym.end)
            add(iri, RDFS.label, Literal(f"联合国文件{sym.symbol}", lang="zh"), doc_id, sym.start, sym.end)
            add(cited, DCTERMS.references, iri, doc_id, sym.start, sym.end)


def _act_containers(ctx):
    """(container node, act IRI, heading node) for each container holding the text of a resolution."""
    from graph_builder.facts.rules_actions_directives import _Issuers
    from graph_builder.facts.rules_org_acts import act_iri

    issuers = _Issuers(ctx)
    for doc in ctx.documents:
        for box in doc.nodes:
            kids = box.children
            if not any(k.kind == "OperativeParagraph" for k in kids):
                continue
            heads = [k for k in kids if k.kind == "Heading"]
            kind = next(("decision" if m.group("kind") == "决定" else "resolution"
                         for h in heads if (m := _ACT_KIND.search(h.normalized().text))), None)
            number = next(((h, m.group("number")) for h in heads if (m := _ACT_HEADING.match(h.normalized().text))), None)
            subject = issuers._resolution_subject(box)
            if kind is None or number is None or subject is None:
                continue
            issuer = str(subject)[len(str(ID)):]
            try:
                iri = act_iri(kind, issuer, number[1], None)
            except KeyError:
                continue  # an issuer the act rules do not name acts for
            yield box, iri, number[0]


@rule("citations.act-texts")
def act_texts(ctx) -> None:
    add = ctx.store.add
    acts = _acts(ctx)
    for box, act, heading in _act_containers(ctx):
        doc_id = box.doc.doc_id
        add(act, WSIS.textIn, node_iri(box.id), doc_id, heading.start, heading.end)
        for c in acts:
            node = c.passage.node
            if node.doc.doc_id == doc_id and box.start <= node.start and node.end <= box.end and c.iri != act:
                add(act, DCTERMS.references, c.iri, doc_id, *_span(c))
        for m in ctx.mentions_in(doc_id, box.start, box.end):
            if m.key.split("/", 1)[0] in _DOC_KINDS:
                add(act, DCTERMS.references, ID[m.key], doc_id, m.start, m.end)


@rule("citations.year-conflicts")
def year_conflicts(ctx) -> None:
    """Acts cited with contradicting years: linked as printed, flagged, reported (runs after the act rules,
    whose wsis:year facts are the act's known year)."""
    add = ctx.store.add
    known_years: dict[URIRef, set[int]] = defaultdict(set)
    for (s, p, o) in ctx.store.facts:
        if p == WSIS.year and isinstance(o, Literal) and str(o)[:4].isdigit():
            known_years[s].add(int(str(o)[:4]))
    by_act: dict[tuple, dict] = defaultdict(lambda: defaultdict(list))
    for c in _acts(ctx):
        year = c.year or c.res.year
        if c.res.revised:
            continue  # '(2018年,迪拜,修订版)' names a later version of the act: another year is no conflict
        if c.issuer is not None and year:
            by_act[(c.issuer, c.res.kind, c.res.number)][(year, c.iri)].append(c)
    for key, years in sorted(by_act.items()):
        # the year most citations print is the act as known; the others are kept as printed and flagged
        ranked = sorted(years.items(), key=lambda kv: (-len(kv[1]), kv[0][0]))
        (known_year, known), _ = ranked[0]
        for (year, iri), cites in ranked:
            stated = known_years.get(iri, set())
            if (year, iri) == (known_year, known) and (not stated or year in stated):
                continue
            other = known_year if year != known_year else sorted(stated)[0]
            for c in cites:
                node = c.passage.node
                start, end = _span(c)
                if iri != known:
                    add(iri, WSIS.yearConflictsWith, known, node.doc.doc_id, start, end)
                add(node_iri(cited_node(ctx.doc(node.doc.doc_id), start, end).id), WSIS.citedYear,
                    Literal(str(year), datatype=XSD.gYear), node.doc.doc_id, start, end)
                warning = (f"{node.doc.file_name}: {node.locator}: act {c.res.number} cited with year {year}, "
                           f"known as {other}")
                warnings = ctx.doc(node.doc.doc_id).warnings
                if warning not in warnings:
                    warnings.append(warning)


year_conflicts.after_all = True
