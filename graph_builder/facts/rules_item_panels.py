"""An untitled panel of an agenda item and who moderates it (docs/MODEL.md, 'Events').

Rule ``events.item-panels``: in the notes of an agenda item (a section labelled ``项目N``), ``本项目(下)的小组讨论
由副主席X先生（国家）主持`` / ``该项目的专题讨论将由Y主持`` names a panel without a title: it is a ``wsis:Meeting``
of the meeting the document's title block dates (``wsis:partOf`` it), keyed by that meeting and the item number
(``event/<session>-item-5-panel``), and the person moderating it is its ``wsis:chair`` (the country in brackets
after the person: ``wsis:nationality``). A titled panel (题为“X”的小组讨论) is the frame ``titled-session-moderated``.
Linear: one scan per node.
"""

from __future__ import annotations

import re

from graph_builder.facts import rule
from graph_builder.rdf.namespaces import ID, WSIS

_PANEL = re.compile(r"(?:本|该|这一)(?:议程)?项目(?:下)?的?(?P<kind>小组讨论|专题讨论|圆桌讨论|圆桌会议|互动对话)(?:将|会)?由"
                    r"(?P<who>[^,，。;；:：]{2,40}?)(?:共同)?(?:主持|担任主持人)")
# between the person and the country in brackets: the Latin form, an honorific
_BEFORE_COUNTRY = re.compile(r"\s*(?:[（(][A-Za-z\u00C0-\u024F.' \-]{1,60}[)）])?\s*(?:先生|女士|阁下|博士|教授)?\s*[（(]\s*$")
_ITEM = re.compile(r"^(?:议程)?项目\s*(?P<n>\d{1,2})\s*$")
_KIND_EN = {"小组讨论": "panel discussion", "专题讨论": "thematic discussion", "圆桌讨论": "round-table discussion",
            "圆桌会议": "round table", "互动对话": "interactive dialogue"}


def _item(node) -> str | None:
    """The number of the agenda item whose notes hold ``node`` (a section labelled 项目N above it)."""
    n = node.parent
    while n is not None:
        m = _ITEM.match(n.title or "") or _ITEM.match(n.label or "")
        if n.kind == "Section" and m:
            return m.group("n")
        n = n.parent
    return None


def _is_country(ctx, key: str) -> bool:
    """A place the reference list knows as a country, or a place it lacks (countries are minted as places)."""
    if not key.startswith(("place/", "country/")):
        return False
    e = ctx.reference.by_key.get(key) if ctx.reference is not None else None
    return e is None or e.cls == "Country"


@rule("events.item-panels", after=("events.title_block",))
def item_panels(ctx) -> None:
    from graph_builder.facts.rules_money_common import add_entity_node
    from graph_builder.facts.rules_tables_schedule import _session_names
    from graph_builder.facts.rules_title_block import title_block_session

    for node in ctx.leaves():
        norm = node.normalized()
        doc_id = node.doc.doc_id
        for m in _PANEL.finditer(norm.text):
            number = _item(node)
            session = title_block_session(ctx, doc_id)
            if number is None or session is None:
                continue
            ws, we = norm.span(m.start("who"), m.end("who"))
            people = [x for x in ctx.mentions_in(doc_id, ws, we) if x.key.startswith("person/")]
            if len(people) != 1:
                continue  # nobody named, or several: who moderates is not one person
            person = people[0]
            span = norm.span(m.start(), m.end())
            slug, s_zh, s_en = _session_names(ctx, session, node.doc)
            kind = m.group("kind")
            panel = ID[f"event/{slug}-item-{number}-panel"]
            add_entity_node(ctx, panel, WSIS.Meeting, f"{s_en}: {_KIND_EN[kind]} under agenda item {number}",
                            f"{s_zh}项目{number}下的{kind}", node, span)
            add = ctx.store.add_span
            add(panel, WSIS.partOf, ID[session], node, span)
            add(panel, WSIS.chair, ID[person.key], node, span)
            country = next((x for x in ctx.mentions_in(doc_id, person.end, we) if _is_country(ctx, x.key)
                            and _BEFORE_COUNTRY.match(node.doc.text, person.end, x.start)), None)
            if country is not None:
                add(ID[person.key], WSIS.nationality, ID[country.key], node, (person.start, country.end))
