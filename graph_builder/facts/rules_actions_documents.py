"""Documents: the outcome documents, the reports, council documents, sections, themes, cross-references.

'Documents'; vocabulary in docs/MODEL.md 'Documents'. Rules:

* ``actions.documents.text`` -- a Part whose title lines, read together, name an outcome document of the
  reference list (``日内瓦 原则宣言``; ``突尼斯`` + ``承诺``) holds its text: ``wsis:textIn`` the Part.
  The Part's closing date line (``2003年12月12日，日内瓦``) gives the document's ``wsis:date`` (typed, with
  ISO form and precision) and ``schema:location`` (the place named on the line).
* ``actions.documents.adopted`` -- ``…阶段会议(制定|拟定|通过)了《X》和《Y》``: X and Y are wsis:OutcomeDocuments
  ``wsis:adoptedAt`` that phase.
* ``actions.documents.reports`` -- a corpus text whose title line says what it is (``秘书长的报告`` ->
  wsis:Report; ``成果文件`` -> wsis:Document) is that work, ``wsis:textIn`` its source text, named as its
  manifest row names it; council document symbols (``C2000/87``) are wsis:CouncilDocuments with
  ``wsis:documentSymbol``, and the passage citing one ``wsis:refersTo`` it.
* ``actions.documents.sections`` -- a lettered Section of a Part has ``wsis:firstParagraph`` and
  ``wsis:lastParagraph`` (its paragraph range).
* ``actions.documents.refs`` -- ``重申…《X》的第4、5和55段`` -> the node ``wsis:reaffirms`` paragraphs 4, 5 and
  55 of X; ``《X》第16段`` / ``第35段提及的`` -> ``wsis:refersTo`` that paragraph.
* ``actions.themes`` -- the proposed-themes table rows (``<p>A 基础设施建设</p> <p>A.1 …</p>``): each
  ``<p>`` names a theme or sub-theme of the reference list by its printed code, kept as printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from graph_builder.entities.recognize_acts import find_doc_symbols
from graph_builder.entities.recognize_dates import find_dates
from graph_builder.facts import rule
from graph_builder.facts.rules_actions_common import date_values, mentions_of
from graph_builder.normalize import Normalized, squash
from graph_builder.rdf.namespaces import ID, SCHEMA, WSIS, entity_iri, node_iri, slugify

_ADOPTED = re.compile(r"(?:制定|拟定|通过)了(?P<docs>《[^》]+》(?:(?:和|、|及|与)《[^》]+》)*)")
_PARA_LIST = re.compile(r"第(?P<nums>\d+(?:(?:、|,|和|及|与)\d+)*)段")
_TITLE_LINE = re.compile(r"^(?:\S{0,12}的)?报告$|^\S{0,12}成果文件$")
_COUNCIL_SYMBOL = re.compile(r"^C\d{2,4}/\d+$")


@dataclass
class OutcomeText:
    """An outcome document found as a Part of a corpus text."""

    key: str  # reference key, 'document/tunis-commitment'
    part: object  # the Part node
    title_span: tuple[int, int]  # original span of its title lines


def _outcome_keys(ctx) -> dict[str, str]:
    """squashed zh label or alias -> key, for every OutcomeDocument of the reference list."""
    out: dict[str, str] = {}
    ref = ctx.reference
    if ref is None:
        return out
    for e in ref.entities:
        if e.cls == "OutcomeDocument":
            for form in [e.zh] + [a.form for a in e.aliases]:
                out.setdefault(squash(form), e.key)
    return out


def outcome_texts(ctx) -> list[OutcomeText]:
    """The Parts that hold an outcome document: their leading headings, joined, name it."""
    keys = _outcome_keys(ctx)
    found = []
    for d in ctx.documents:
        for part in d.nodes:
            if part.kind != "Part":
                continue
            heads = []
            for child in part.children:
                if child.kind != "Heading":
                    break
                heads.append(child)
            for k in range(len(heads), 0, -1):  # longest run of title lines that names a document
                joined = squash("".join(h.text for h in heads[:k]))
                if joined in keys:
                    found.append(OutcomeText(keys[joined], part, (heads[0].start, heads[k - 1].end)))
                    break
    return found


def _part_of(node):
    while node is not None and node.kind not in ("Part", "Annex"):
        node = node.parent
    return node


def adopting_phases(ctx) -> dict[str, tuple]:
    """document key -> (phase key, node, span) from ``…阶段会议制定了《X》和《Y》`` sentences."""
    out: dict[str, tuple] = {}
    for node in ctx.leaves():
        norm = node.normalized()
        for m in _ADOPTED.finditer(norm.text):
            before = norm.span(max(0, m.start() - 40), m.start())
            phases = [x for x in mentions_of(ctx, node, before[0], before[1], ("event",))
                      if x.key != "event/wsis"]
            if not phases:
                continue
            phase = phases[-1]
            span = (phase.start, norm.span(m.start(), m.end())[1])
            dspan = norm.span(m.start("docs"), m.end("docs"))
            for doc in mentions_of(ctx, node, dspan[0], dspan[1], ("document",)):
                out.setdefault(doc.key, (phase.key, node, span))
    return out


@rule("actions.documents.text")
def outcome_document_texts(ctx) -> None:
    add = ctx.store.add_span
    for ot in outcome_texts(ctx):
        doc = ID[ot.key]
        part = ot.part
        add(doc, RDF.type, WSIS.OutcomeDocument, part, ot.title_span)
        add(doc, WSIS.textIn, node_iri(part.id), part, ot.title_span)
        for line in (n for n in part.children if n.kind == "DateLine"):
            _date_line(ctx, doc, line)
        # a date line closing the part's last section belongs to the part too
        last = part.children[-1] if part.children else None
        if last is not None and last.kind == "Section":
            for line in (n for n in last.children if n.kind == "DateLine"):
                _date_line(ctx, doc, line)


def _date_line(ctx, doc: URIRef, line) -> None:
    add = ctx.store.add_span
    dates = find_dates(line.normalized())
    if len(dates) != 1:
        return
    dm = dates[0]
    for p, o in date_values(dm, WSIS.date):
        add(doc, p, o, line, (dm.start, dm.end))
    for place in mentions_of(ctx, line, line.start, line.end, ("place",)):
        add(doc, SCHEMA.location, ID[place.key], line, (place.start, place.end))


@rule("actions.documents.adopted")
def adopted_at(ctx) -> None:
    add = ctx.store.add_span
    for key, (phase, node, span) in sorted(adopting_phases(ctx).items()):
        add(ID[key], RDF.type, WSIS.OutcomeDocument, node, span)
        add(ID[key], WSIS.adoptedAt, ID[phase], node, span)


@rule("actions.documents.reports")
def reports(ctx) -> None:
    add = ctx.store.add_span
    for d in ctx.documents:
        src = d.source
        # A title line near the top says what the text is (秘书长的报告; 成果文件); the names come from
        # the manifest row of that text. A text without such a line (001) is not typed here.
        head = [n for n in d.nodes if n.is_leaf and n.text.strip()][:8]
        title = next((n for n in head if _TITLE_LINE.search(n.normalized().text.strip())), None)
        if title is not None:
            report = entity_iri("document", f"corpus-{src.doc_id}")
            span = (title.start, title.end)
            cls = WSIS.Report if "报告" in title.text else WSIS.Document
            add(report, RDF.type, cls, title, span)
            add(report, RDFS.label, Literal(src.title_en, lang="en"), title, span)
            add(report, RDFS.label, Literal(src.title_zh, lang="zh"), title, span)
            add(report, WSIS.textIn, node_iri(src.doc_id), title, span)
        for node in ctx.leaves(doc_id=src.doc_id):
            for sym in find_doc_symbols(node.normalized()):
                symbol = sym.symbol
                if sym.series != "itu-council" or not _COUNCIL_SYMBOL.match(symbol):
                    continue
                cd = entity_iri("document", f"itu-council-{slugify(symbol)}")
                s = (sym.start, sym.end)
                add(cd, RDF.type, WSIS.CouncilDocument, node, s)
                add(cd, WSIS.documentSymbol, Literal(symbol), node, s)
                add(cd, RDFS.label, Literal(f"ITU Council document {symbol}", lang="en"), node, s)
                add(cd, RDFS.label, Literal(f"理事会文件{symbol}", lang="zh"), node, s)
                add(node_iri(_cited(node).id), WSIS.refersTo, cd, node, s)


def _cited(node):
    return node.parent if node.kind == "Text" and node.parent is not None else node


@rule("actions.documents.sections")
def section_ranges(ctx) -> None:
    add = ctx.store.add_span
    for d in ctx.documents:
        for sec in d.nodes:
            if sec.kind != "Section" or _part_of(sec) is None or _part_of(sec).kind != "Part":
                continue
            paras = [n for n in d.nodes if n.kind == "Paragraph" and sec.start <= n.start and n.end <= sec.end]
            heading = next((c for c in sec.children if c.kind == "Heading"), None)
            if not paras or heading is None:
                continue
            span = (heading.start, heading.end)
            add(node_iri(sec.id), WSIS.firstParagraph, node_iri(paras[0].id), heading, span)
            add(node_iri(sec.id), WSIS.lastParagraph, node_iri(paras[-1].id), heading, span)


# ------------------------------------------------------------------------------------- cross-references
def _paragraph_of(ctx, doc_key: str, number: str):
    """The Paragraph node numbered ``number`` in the Part that holds outcome document ``doc_key``."""
    for ot in outcome_texts(ctx):
        if ot.key == doc_key:
            for n in ctx.doc(ot.part.doc.doc_id).nodes:
                if n.kind == "Paragraph" and n.label == number and n.start >= ot.part.start and n.end <= ot.part.end:
                    return n
    return None


@rule("actions.documents.refs")
def cross_references(ctx) -> None:
    add = ctx.store.add_span
    for node in ctx.leaves("Paragraph", "Text", "SubItem", "Fragment", "ListItem"):
        norm = node.normalized()
        src = node_iri(_cited(node).id)
        for m in _PARA_LIST.finditer(norm.text):
            span = norm.span(m.start(), m.end())
            window = norm.span(max(0, m.start() - 20), m.start())
            docs = mentions_of(ctx, node, window[0], window[1], ("document",))
            part = _part_of(node)
            if docs:
                doc_key = docs[-1].key
                span = (docs[-1].start, span[1])
            else:
                # "第35段提及的": a paragraph of the text itself
                own = [ot for ot in outcome_texts(ctx) if ot.part is part]
                if not own or "提及" not in norm.text[m.end() : m.end() + 4]:
                    continue
                doc_key = own[0].key
            reaffirm = "重申" in norm.text[max(0, m.start() - 20) : m.start()]
            prop = WSIS.reaffirms if reaffirm else WSIS.refersTo
            if reaffirm:
                k = norm.text.rfind("重申", 0, m.start())
                span = (norm.span(k, k + 2)[0], span[1])
            for num in re.split(r"、|,|和|及|与", m.group("nums")):
                target = _paragraph_of(ctx, doc_key, num)
                if target is not None and target is not _cited(node):
                    add(src, prop, node_iri(target.id), node, span)


# ------------------------------------------------------------------------------------- themes
_THEME_P = re.compile(r"<p>\s*(?P<code>[A-Z](?:\.\d+)?)\.?\s*(?P<title>[^<]+?)\s*</p>")


@rule("actions.themes")
def themes(ctx) -> None:
    add = ctx.store.add_span
    ref = ctx.reference
    if ref is None:
        return
    for d in ctx.documents:
        for row in d.nodes:
            if row.kind != "TableRow" or "<p>" not in row.text:
                continue
            text = d.source.text
            found = list(_THEME_P.finditer(text, row.start, row.end))
            subs = {m.group("code").split(".")[0] for m in found if "." in m.group("code")}
            for m in found:
                code, title = m.group("code"), m.group("title")
                if "." not in code and len(subs) == 1 and code not in subs:
                    # the row heading is misprinted ('A.' over B.1-B.4): its sub-themes say which theme
                    # it is; the printed code stays in the evidence quote
                    code = subs.pop()
                key = f"theme/{code.lower()}"
                span = (m.start("code"), m.end("title"))
                if key not in ref.by_key:
                    continue
                theme = ID[key]
                add(theme, RDF.type, WSIS.Theme, row, span)
                add(theme, SKOS.inScheme, WSIS.ThemeScheme, row, span)
                add(theme, SKOS.notation, Literal(code), row, span)
                add(theme, DCTERMS.title, Literal(title, lang="zh"), row, (m.start("title"), m.end("title")))
                add(theme, WSIS.definedIn, node_iri(row.id), row, span)
                if "." in code:
                    parent = f"theme/{code.split('.')[0].lower()}"
                    if parent in ref.by_key:
                        add(theme, SKOS.broader, ID[parent], row, span)
