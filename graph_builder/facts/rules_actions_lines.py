"""Action lines, their sub-lines and principles, and who facilitates them ('Agencies and action lines').

Rules (docs/MODEL.md 'Action lines'), all keyed on structure and formulaic headings:

* ``actions.lines`` -- a heading ``C<n>. <title>`` opens action line C<n>: it is a wsis:ActionLine in
  wsis:ActionLineScheme with ``skos:notation "C<n>"``, its printed title (``dcterms:title`` @zh) and
  ``wsis:definedIn`` its first paragraph (C1 -> Plan of Action para 8).
* ``actions.sublines`` -- inside an action line's section, a paragraph whose own words are only a name the
  reference list knows as a sub-line (``15. 电子政务``) defines that sub-line: ``skos:broader`` the action
  line, ``wsis:definedIn`` the paragraph; ``（见 C4节）`` makes it ``wsis:seeAlso`` C4 (and the paragraph
  ``wsis:refersTo`` C4).
* ``actions.items`` -- the lettered sub-items of the paragraphs under an action line's heading are the
  actions it calls for: ``wsis:actionItem`` of the action line, or of the sub-line whose title paragraph
  they follow (C7: ``15. 电子政务`` a) b) c) -> e-government); the item itself is the evidence.
* ``actions.principles`` -- a heading ``<n>) <title>`` in another part whose title matches the title of
  action line C<n> (same number, similar words) is the principle C<n> corresponds to: ``wsis:principle n``
  and ``wsis:principleNode`` its section; both headings are evidence.
* ``actions.annex`` -- a table row whose first cell reads ``C<n>. <title>`` names action line C<n> (the
  title is a ``skos:altLabel``) and its second cell lists the facilitators, split on ``/``, in the order
  listed: one wsis:Facilitation per (line, agency) with ``wsis:rank`` and ``wsis:listedIn`` the cell, and
  the shortcut ``wsis:facilitator``. A row whose first cell packs bulleted sub-lines pairs them, in order,
  with the space-separated agency groups of the second cell; the line itself then has those agencies as
  ``wsis:subLineFacilitator`` (a roll-up, ⊑ ``wsis:facilitator``).
* ``actions.lead`` -- ``（特别是A、B和C）…这三个机构在落实《X》方面应发挥主要推动作用``: A, B, C are
  ``wsis:leadFacilitator`` of X; another paragraph naming the same agencies beside ``牵头`` is more evidence.
"""

from __future__ import annotations

import difflib
import re

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from graph_builder.entities.recognize_base import parse_chinese_numeral
from graph_builder.facts import rule
from graph_builder.facts.rules_actions_common import key_of, mentions_of, names
from graph_builder.rdf.namespaces import ID, WSIS, entity_iri, node_iri

_ACTION_HEADING = re.compile(r"^C(\d{1,2})\.\s*(\S.*?)\s*$")
_PRINCIPLE_HEADING = re.compile(r"^(\d{1,2})\)\s*(\S.*?)\s*$")
_SUBLINE_TITLE = re.compile(r"^\d{1,3}\.\s*(?P<name>[^（(\s]+)\s*(?:[（(]\s*见\s*(?P<ref>C\d{1,2})\s*节?\s*[）)])?\s*$")
_ROW_TITLE = re.compile(r"^C(\d{1,2})\.\s*(.+?)\s*$")
_AGENCY_SEPARATORS = re.compile(r"[/／]")
_LEAD = re.compile(r"这(?P<n>[一两二三四五六七八九十\d]+)个(?:机构|组织)在落实(?P<what>《[^》]+》)方面应发挥主要(?:推动|协调|牵头)?作用")
_ENTITY_KINDS = ("org", "body", "post")


def _line_iri(number: int) -> URIRef:
    return entity_iri("actionline", f"c{number}")


def _heading_nodes(ctx, pattern: re.Pattern):
    for d in ctx.documents:
        for n in d.nodes:
            if n.kind == "Heading" and n.parent is not None and n.parent.kind == "Section":
                m = pattern.match(n.normalized().text)
                if m:
                    yield n, m


def _action_line_sections(ctx) -> dict[int, tuple]:
    """Action line number -> (heading node, title, section node), first heading of each number wins."""
    out: dict[int, tuple] = {}
    for heading, m in _heading_nodes(ctx, _ACTION_HEADING):
        number = int(m.group(1))
        title_span = heading.normalized().span(m.start(2), m.end(2))
        out.setdefault(number, (heading, _verbatim(heading.doc.text, title_span), heading.parent))
    return out


def _verbatim(text: str, span: tuple[int, int]) -> Literal:
    """The source words at ``span`` as a @zh literal (free text from the source is quoted verbatim)."""
    return Literal(text[span[0] : span[1]], lang="zh")


def _first_paragraph(section):
    for n in section.children:
        if n.kind == "Paragraph":
            return n
    return None


@rule("actions.lines")
def action_lines(ctx) -> None:
    add = ctx.store.add_span
    for number, (heading, title, section) in sorted(_action_line_sections(ctx).items()):
        line = _line_iri(number)
        span = (heading.start, heading.end)
        add(line, RDF.type, WSIS.ActionLine, heading, span)
        add(line, SKOS.inScheme, WSIS.ActionLineScheme, heading, span)
        add(line, SKOS.notation, Literal(f"C{number}"), heading, span)
        add(line, DCTERMS.title, title, heading, span)
        first = _first_paragraph(section)
        if first is not None:
            add(line, WSIS.definedIn, node_iri(first.id), heading, span)
            add(line, WSIS.definedIn, node_iri(first.id), first, _number_span(first))


def _number_span(node) -> tuple[int, int]:
    """The printed number of a paragraph (``8.``), as the words that tie it to its section."""
    norm = node.normalized()
    m = re.match(r"\s*\d+\.", norm.text)
    return norm.span(m.start(), m.end()) if m else (node.start, node.end)


def _own_first_line(node):
    """The own first line of a node (its ``Text`` child when it has sub-items), normalised, with span."""
    target = node.children[0] if node.children and node.children[0].kind == "Text" else node
    norm = target.normalized()
    line = norm.text.split("\n", 1)[0]
    return line, norm.span(0, len(line)) if line else (target.start, target.start), target


def _sub_line_title(ctx, para, parent_line: URIRef):
    """(sub-line key, title match, span) when ``para``'s own first line is a sub-line's title, else None."""
    line, span, _target = _own_first_line(para)
    m = _SUBLINE_TITLE.match(line)
    if not m:
        return None
    ms = [x for x in mentions_of(ctx, para, span[0], span[1], ("actionline",))
          if x.key != key_of(parent_line) and not re.fullmatch(r"actionline/c\d+", x.key)]
    return (ms[0].key, m, span) if len(ms) == 1 else None


@rule("actions.sublines")
def sub_lines(ctx) -> None:
    add = ctx.store.add_span
    for number, (_heading, _title, section) in sorted(_action_line_sections(ctx).items()):
        parent_line = _line_iri(number)
        for para in section.children:
            if para.kind != "Paragraph":
                continue
            found = _sub_line_title(ctx, para, parent_line)
            if found is None:
                continue
            key, m, span = found
            sub = ID[key]
            add(sub, RDF.type, WSIS.ActionLine, para, span)
            add(sub, RDF.type, WSIS.ActionSubLine, para, span)
            add(sub, SKOS.inScheme, WSIS.ActionLineScheme, para, span)
            add(sub, SKOS.broader, parent_line, para, span)
            add(sub, WSIS.definedIn, node_iri(para.id), para, span)
            if m.group("ref"):
                ref_line = _line_iri(int(m.group("ref")[1:]))
                add(sub, WSIS.seeAlso, ref_line, para, span)
                add(node_iri(para.id), WSIS.refersTo, ref_line, para, span)


@rule("actions.items")
def action_items(ctx) -> None:
    add = ctx.store.add_span
    for number, (_heading, _title, section) in sorted(_action_line_sections(ctx).items()):
        line = _line_iri(number)
        owner = line
        for para in section.children:
            if para.kind != "Paragraph":
                continue
            found = _sub_line_title(ctx, para, line)
            if found is not None:
                owner = ID[found[0]]  # the items that follow belong to this sub-line
            for item in para.children:
                if item.kind == "SubItem":
                    add(owner, WSIS.actionItem, node_iri(item.id), item, (item.start, item.end))


def _similar(a: str, b: str) -> bool:
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.5


@rule("actions.principles")
def principles(ctx) -> None:
    add = ctx.store.add_span
    lines = _action_line_sections(ctx)
    for heading, m in _heading_nodes(ctx, _PRINCIPLE_HEADING):
        number, title = int(m.group(1)), m.group(2)
        if number not in lines:
            continue
        line_heading, line_title, _section = lines[number]
        if not _similar(title, str(line_title)):
            continue
        line = _line_iri(number)
        for node in (heading, line_heading):
            span = (node.start, node.end)
            add(line, WSIS.principle, Literal(number, datatype=XSD.integer), node, span)
            add(line, WSIS.principleNode, node_iri(heading.parent.id), node, span)


# ------------------------------------------------------------------------------------- annex table
def _cells(row):
    return [c for c in row.children if c.kind == "TableCell"]


def _segments(text: str, start: int, end: int, sep: re.Pattern) -> list[tuple[int, int]]:
    """Original ``text[start:end]`` cut at ``sep``, as (i, j) pieces with surrounding spaces trimmed.

    Works on the original text: normalising would drop the spaces that separate the C7 agency groups.
    """
    out, i = [], start
    for m in list(sep.finditer(text, start, end)) + [None]:
        j = m.start() if m else end
        a, b = i, j
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
        if m:
            i = m.end()
    return out


def _agencies(ctx, cell, start: int, end: int) -> list[tuple]:
    """(entity key, original span) for each '/'-separated agency in original ``[start, end)`` of ``cell``."""
    out = []
    for s, e in _segments(cell.doc.text, start, end, _AGENCY_SEPARATORS):
        ms = mentions_of(ctx, cell, s, e, _ENTITY_KINDS)
        if len(ms) == 1:
            out.append((ms[0].key, (s, e)))
    return out


def _facilitations(ctx, line: URIRef, notation: str, cell, agencies: list[tuple], group_span) -> None:
    add = ctx.store.add_span
    line_en, line_zh = names(ctx, key_of(line))
    for rank, (key, span) in enumerate(agencies, 1):
        agency = ID[key]
        fac = entity_iri("facilitation", f"{notation.lower().replace(' ', '-')}-{rank}-{key.split('/', 1)[1]}")
        en, zh = names(ctx, key)
        add(fac, RDF.type, WSIS.Facilitation, cell, span)
        add(fac, WSIS.actionLine, line, cell, span)
        add(fac, WSIS.agency, agency, cell, span)
        add(fac, WSIS.rank, Literal(rank, datatype=XSD.integer), cell, group_span)
        add(fac, WSIS.listedIn, node_iri(cell.id), cell, span)
        add(fac, RDFS.label, Literal(f"{notation} facilitator {rank}: {en}", lang="en"), cell, span)
        add(fac, RDFS.label, Literal(f"{notation} 协调/推进机构 {rank}：{zh}", lang="zh"), cell, span)
        add(line, WSIS.facilitator, agency, cell, span)


@rule("actions.annex")
def annex_table(ctx) -> None:
    add = ctx.store.add_span
    for d in ctx.documents:
        for row in d.nodes:
            if row.kind != "TableRow":
                continue
            cells = _cells(row)
            if len(cells) != 2:
                continue
            title_cell, agency_cell = cells
            title_node = next((c for c in title_cell.children if c.kind == "Text"), title_cell)
            tnorm = title_node.normalized()
            first = tnorm.text.split("\n", 1)[0]
            m = _ROW_TITLE.match(first)
            if not m:
                continue
            number = int(m.group(1))
            line = _line_iri(number)
            title_span = tnorm.span(m.start(2), m.end(2))
            add(line, SKOS.altLabel, _verbatim(d.source.text, title_span), title_cell, title_span)
            items = [c for c in title_cell.children if c.kind == "ListItem"]
            if not items:
                agencies = _agencies(ctx, agency_cell, agency_cell.start, agency_cell.end)
                _facilitations(ctx, line, f"C{number}", agency_cell, agencies, (agency_cell.start, agency_cell.end))
                continue
            groups = _segments(d.source.text, agency_cell.start, agency_cell.end, re.compile(r"\s+"))
            if len(groups) != len(items):
                continue  # cannot pair sub-lines with agency groups: say nothing rather than guess
            for item, (a, b) in zip(items, groups):
                ms = mentions_of(ctx, item, item.start, item.end, ("actionline",))
                if len(ms) != 1:
                    continue
                sub = ID[ms[0].key]
                item_span = (ms[0].start, ms[0].end)
                add(sub, RDF.type, WSIS.ActionLine, item, item_span)
                add(sub, SKOS.broader, line, item, item_span)
                add(sub, SKOS.altLabel, Literal(ms[0].surface, lang="zh"), item, item_span)
                notation = f"C{number} {ms[0].key.split('/', 1)[1].split('-', 1)[-1]}"
                agencies = _agencies(ctx, agency_cell, a, b)
                _facilitations(ctx, sub, notation, agency_cell, agencies, (a, b))
                # a roll-up: the row's agencies facilitate its action line through this sub-line (no rank);
                # wsis:subLineFacilitator says so, and is a sub-property of wsis:facilitator
                for key, span in agencies:
                    add(line, WSIS.subLineFacilitator, ID[key], agency_cell, span)


# ------------------------------------------------------------------------------------- lead roles
def _count(word: str) -> int | None:
    return int(word) if word.isdigit() else parse_chinese_numeral(word)


@rule("actions.lead")
def lead_facilitators(ctx) -> None:
    add = ctx.store.add_span
    found: list[tuple[set, URIRef, str]] = []
    for node in ctx.leaves("Paragraph", "Text", "SubItem"):
        norm = node.normalized()
        for m in _LEAD.finditer(norm.text):
            role_span = norm.span(m.start(), m.end())
            # the agencies are the nearest enumeration before "these N agencies" in the paragraph
            runs = [r for r in _enumerations(ctx, node, norm) if r[-1].end <= role_span[0]]
            if not runs or _count(m.group("n")) != len(runs[-1]):
                continue
            agencies = runs[-1]
            list_span = (agencies[0].start, agencies[-1].end)
            what_span = norm.span(m.start("what"), m.end("what"))
            docs = mentions_of(ctx, node, *what_span, ("document",))
            if len(docs) != 1:
                continue
            led = ID[docs[0].key]
            keys = {a.key for a in agencies}
            for a in agencies:
                add(led, WSIS.leadFacilitator, ID[a.key], node, list_span)
                add(led, WSIS.leadFacilitator, ID[a.key], node, role_span)
            found.append((keys, led, node.doc.doc_id))
    # The same agencies named together beside 牵头 (lead) elsewhere in the text: more evidence.
    for keys, led, doc_id in found:
        for node in ctx.leaves("Paragraph", "Text", "SubItem", doc_id=doc_id):
            norm = node.normalized()
            if "牵头" not in norm.text:
                continue
            for run in _enumerations(ctx, node, norm):
                if {m.key for m in run} == keys:
                    span = (run[0].start, run[-1].end)
                    for m in run:
                        add(led, WSIS.leadFacilitator, ID[m.key], node, span)


def _enumerations(ctx, node, norm) -> list[list]:
    """Runs of entity mentions joined only by 、/和/及/与 (an enumeration like 甲、乙和丙)."""
    ms = mentions_of(ctx, node, node.start, node.end, _ENTITY_KINDS)
    runs: list[list] = []
    text = node.doc.text
    for m in ms:
        if runs and text[runs[-1][-1].end : m.start].strip() in ("、", "和", "及", "与", "以及", ","):
            runs[-1].append(m)
        else:
            runs.append([m])
    return [r for r in runs if len(r) >= 2]
