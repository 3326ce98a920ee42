"""What an act or outcome document decides, and the agenda item an act was adopted under.

* ``decisions.decides`` -- ``wsis:decides``:

  - an outcome document decides each ``wsis:DecisionItem`` stated in the Part that holds it (我们决定…:
    the directive rules make the item; the document is the act whose words decide it);
  - a resolution decides the body it sets up or the meeting it convenes: an operative paragraph that opens
    with ``(还|又|进一步)?决定`` and, within the clause, ``设立/成立/建立/组建/召开/举行/举办/召集`` right
    before a body or event (``决定设立X专家组``, ``决定于2015年在X召开X论坛第一次会议``). The act is the one
    the document's title block names (``66/915. …``). A body it sets up is also ``wsis:createdBy`` the act.

* ``decisions.agenda-item`` -- ``wsis:agendaItem`` (as printed): a title-block line ``议程项目17`` (also
  ``议程项目 17 (b)``) before the act's own heading gives the agenda item the act was adopted under; in prose,
  ``…在议程项目N下通过的ACT`` / ``ACT(议程项目N)``.
"""

from __future__ import annotations

import re

from rdflib import Literal
from rdflib.namespace import RDF

from graph_builder.facts import rule
from graph_builder.rdf.namespaces import ID, WSIS, node_iri

_BODY_KINDS = ("Paragraph", "Preamble", "OperativeParagraph", "SubItem", "ListItem", "Text", "TableCell", "Footnote")
_LABEL = r"(?:\(?[0-9A-Za-z一二三四五六七八九十]{1,4}[.)、]\s*)?"
_DECIDE = re.compile(rf"^{_LABEL}(?:还|又|进一步|并)?决定")
_CREATE = re.compile(r"(?:设立|成立|建立|组建|设置|召开|举行|举办|召集)(?:了)?(?:一个|一次|一项|一届)?$")
_SET_UP = re.compile(r"设立|成立|建立|组建|设置")
_ITEM = r"(?P<item>[0-9]{1,3}(?:\s*\(?[a-z]\)?)?|[一二三四五六七八九十]{1,3})"
_ITEM_LINE = re.compile(rf"^\s*议程项目\s*{_ITEM}\s*$")
_ITEM_INLINE = re.compile(rf"(?:在|根据)议程项目\s*{_ITEM}\s*(?:下|项下)\s*(?:通过|核可|批准)(?:了)?(?:的)?")


def _act_headings(ctx) -> dict:
    """doc id -> [(start, act key, node)] of the acts named by leaves that are not body text (title lines
    and headings: ``66/915. …``), in text order."""
    from graph_builder.facts.rules_org_acts import cited_acts

    out: dict = {}
    for c in cited_acts(ctx):
        if c.iri is None or c.node.kind in _BODY_KINDS:
            continue
        out.setdefault(c.node.doc.doc_id, []).append((c.node.start, str(c.iri).rsplit("/id/", 1)[1], c.node))
    return {k: sorted({(t[0], t[1], t[2].id): t for t in v}.values(), key=lambda t: (t[0], t[1])) for k, v in out.items()}


def _container(node):
    """The annex a node is in (None for the main text: its title block is a front-matter Part)."""
    while node is not None and node.kind != "Annex":
        node = node.parent
    return node


def act_of(headings: dict, node, after: bool = False):
    """The act a title line of ``node``'s annex (or of the main text) names: the last one before ``node`` (or, ``after``,
    the first one after it)."""
    rows = [t for t in headings.get(node.doc.doc_id, ()) if _container(t[2]) is _container(node)]
    if after:
        rows = [t for t in rows if t[0] > node.start]
        return rows[0] if rows else None
    rows = [t for t in rows if t[0] <= node.start]
    return rows[-1] if rows else None


@rule("decisions.decides")
def decides(ctx) -> None:
    _outcome_decisions(ctx)
    _resolution_decisions(ctx)


def _outcome_decisions(ctx) -> None:
    from graph_builder.facts.rules_actions_documents import outcome_texts

    part_doc = {}
    for ot in outcome_texts(ctx):
        part_doc[id(ot.part)] = ot.key
    if not part_doc:
        return
    nodes = {node_iri(n.id): n for d in ctx.documents for n in d.nodes}
    store = ctx.store
    items, stated = [], {}
    for (s, p, o) in store.facts:  # one pass: the decided items and the nodes that state them
        if p == RDF.type and o == WSIS.DecisionItem:
            items.append(s)
        elif p == WSIS.statedIn:
            stated.setdefault(s, []).append(o)
    for item in sorted(items):
        for where in sorted(stated.get(item, ())):
            part = nodes.get(where)
            while part is not None and id(part) not in part_doc:
                part = part.parent
            if part is None:
                continue
            for ev in sorted(store.facts[(item, RDF.type, WSIS.DecisionItem)]):
                store.add(ID[part_doc[id(part)]], WSIS.decides, item, ev.doc_id, ev.start, ev.end)


def _resolution_decisions(ctx) -> None:
    from graph_builder.facts.frames.slots import leaf_slots
    from graph_builder.facts.rules_events import scan
    from graph_builder.facts.rules_frames import Emitter

    headings = _act_headings(ctx)
    if not headings:
        return
    if not any(_DECIDE.match(n.normalized().text) for n in ctx.leaves("OperativeParagraph")) \
            and not any(_DECIDE.match(n.normalized().text) for n in ctx.leaves("Text") if _operative(n)):
        return  # the event scan (shared, cached) only when some operative paragraph decides
    em = None
    for leaf, _ in scan(ctx):
        if not _operative(leaf.node) or leaf.node.doc.doc_id not in headings:
            continue
        m = _DECIDE.match(leaf.text)
        act = act_of(headings, leaf.node) if m else None
        if act is None:
            continue
        end = len(leaf.text)
        for stop in "。;":
            k = leaf.text.find(stop, m.end())
            if k >= 0:
                end = min(end, k)
        slots = leaf_slots(ctx, leaf)
        for s in slots:
            if s.i < m.end() or s.i >= end or not ({"BODY", "EVENT"} & set(s.types)) or s.key is None:
                continue
            between = leaf.text[m.end():s.i]
            if not _CREATE.search(between) or re.search(r"[,;]", between):
                continue
            em = em or Emitter(ctx)
            em.add(leaf, ID[act[1]], WSIS.decides, ID[s.key], m.start(), s.j)
            if "BODY" in s.types and _SET_UP.search(between):  # a body it sets up, not a meeting it convenes
                em.add(leaf, ID[s.key], WSIS.createdBy, ID[act[1]], m.start(), s.j)
            em.declare(leaf, s)
            break  # what the clause sets up or convenes: the first such name


def _operative(node) -> bool:
    """An operative paragraph, or the words of one before its sub-items (决定设立X，其职责为：(a)…)."""
    return node.kind == "OperativeParagraph" or (
        node.kind == "Text" and node.parent is not None and node.parent.kind == "OperativeParagraph")


@rule("decisions.agenda-item")
def agenda_items(ctx) -> None:
    headings = _act_headings(ctx)
    for doc in ctx.documents:
        if doc.doc_id not in headings:
            continue
        for n in doc.nodes:
            if not n.is_leaf or n.kind in _BODY_KINDS:
                continue
            norm = n.normalized()
            m = _ITEM_LINE.match(norm.text)
            act = act_of(headings, n, after=True) if m else None
            if act is None:
                continue
            item = re.sub(r"\s+", " ", m.group("item")).strip()
            ctx.store.add_span(ID[act[1]], WSIS.agendaItem, Literal(item), n, norm.span(m.start(), m.end()))
    _inline_items(ctx)


def _inline_items(ctx) -> None:
    """…在议程项目N下通过的第X号决议: the act named right after the phrase."""
    from graph_builder.facts.rules_org_acts import cited_acts

    by_node: dict = {}
    for c in cited_acts(ctx):
        if c.iri is not None:
            by_node.setdefault(c.node.id, []).append(c)
    for node_id, cs in by_node.items():
        node = cs[0].node
        norm = node.normalized()
        for m in _ITEM_INLINE.finditer(norm.text):
            nxt = [c for c in cs if c.passage.norm.span(c.i, c.j)[0] >= norm.span(m.end(), m.end())[0]]
            if not nxt:
                continue
            c = min(nxt, key=lambda c: c.passage.norm.span(c.i, c.j)[0])
            a = norm.span(m.end(), m.end())[0]
            b = c.passage.norm.span(c.i, c.j)[0]
            if node.doc.text[a:b].strip(" 的"):
                continue  # something stands between the phrase and the act
            item = re.sub(r"\s+", " ", m.group("item")).strip()
            ctx.store.add(c.iri, WSIS.agendaItem, Literal(item), node.doc.doc_id, norm.span(m.start(), m.end())[0],
                          c.passage.norm.span(c.i, c.j)[1])
