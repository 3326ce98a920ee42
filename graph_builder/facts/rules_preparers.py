"""Who prepared a report or note printed with its UN document symbol (docs/MODEL.md, 'Citations').

Rule ``citations.preparers``: the document of a UN symbol (``document/un-…``, as ``citations.un-documents`` mints
it) ``wsis:preparedBy`` the body, organisation or person the text says wrote it, in its variants:

* ``报告（SYM）由X编写`` / ``报告（SYM）系由X根据…编制`` -- the symbol printed right before;
* ``该报告由X编写`` / ``该说明系X编拟`` -- the document whose symbol is printed last before the anaphor, in the same
  node and within reach (``_REACH``);
* ``X编写的报告（SYM）`` / ``由X秘书处编写的说明（SYM）`` -- the symbol printed right after.

X is the entity mention inside the preparer's words that ends last (``贸发会议秘书处`` before ``贸发会议`` when both
are known); words naming no known entity give no fact. Linear: one scan per node.
"""

from __future__ import annotations

import re

from graph_builder.entities.recognize_acts import find_doc_symbols
from graph_builder.facts import rule
from graph_builder.rdf.namespaces import ID, WSIS, entity_iri, slugify

_VERB = r"(?:编写|编制|编拟|起草|撰写)"
_KIND = r"(?:报告|说明|文件|说明性说明|研究)"
# 报告（SYM）由X编写 / 该报告系由X根据…编写: the preparer between 由/系 and the verb, an optional 根据… clause dropped
_AFTER = re.compile(rf"(?P<doc>该{_KIND}|{_KIND}\s*[（(][^（()）]{{3,40}}[)）])\s*(?:系由|系|由|是由)"
                    rf"(?P<who>[^，。；、：:（(]{{2,30}}?)(?:根据[^，。；]{{0,60}}?|在[^，。；]{{0,30}}?)?{_VERB}")
# X编写的报告（SYM）: the preparer before the verb, the symbol after the document word
_BEFORE = re.compile(rf"(?:由)?(?P<who>[^，。；、：:（()）“”]{{2,30}}?){_VERB}的(?:[^，。；（()）]{{0,40}}?){_KIND}"
                     rf"\s*(?=[（(])")
_REACH = 200
_AGENTS = ("org/", "body/", "person/", "post/", "country/")


def _preparer(ctx, doc_id: str, start: int, end: int):
    """The agent mention inside [start, end) that ends last (the fullest name wins a tie)."""
    best = None
    for m in ctx.mentions_in(doc_id, start, end):
        if not m.key.startswith(_AGENTS):
            continue
        if best is None or (m.end, m.end - m.start) > (best.end, best.end - best.start):
            best = m
    return best


def _document_iri(ctx, doc_id: str, sym) -> object | None:
    """The IRI citations.un-documents gives the document of ``sym``; None when a listed document owns it."""
    if any(m.key.startswith("document/") and m.start < sym.end and sym.start < m.end
           for m in ctx.mentions_in(doc_id, sym.start, sym.end)):
        return None
    return entity_iri("document", f"un-{slugify(sym.symbol)}")


@rule("citations.preparers", after=("citations.un-documents",))
def preparers(ctx) -> None:
    add = ctx.store.add
    for node in ctx.leaves():
        norm = node.normalized()
        syms = [s for s in find_doc_symbols(norm) if s.series == "un"]
        if not syms:
            continue
        doc_id = node.doc.doc_id
        text = norm.text
        for pattern, where in ((_AFTER, "after"), (_BEFORE, "before")):
            for m in pattern.finditer(text):
                s, e = norm.span(m.start(), m.end())
                ws, we = norm.span(m.start("who"), m.end("who"))
                if where == "after" and m.group("doc").startswith("该"):
                    prior = [y for y in syms if y.end <= s and s - y.end <= _REACH]
                    sym = prior[-1] if prior else None
                elif where == "after":
                    sym = next((y for y in syms if s <= y.start and y.end <= ws), None)
                else:
                    sym = next((y for y in syms if e <= y.start and y.start - e <= 2), None)
                if sym is None:
                    continue
                who = _preparer(ctx, doc_id, ws, we)
                doc = _document_iri(ctx, doc_id, sym)
                if who is None or doc is None:
                    continue
                add(doc, WSIS.preparedBy, ID[who.key], doc_id, min(s, sym.start), max(e, sym.end))
