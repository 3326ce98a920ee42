"""Attendance as a session report states it ('Meetings and events'; docs/MODEL.md 'Events').

* ``participation.attendance`` – ``N个成员国(派代表)出席了会议`` -> ``wsis:countryCount`` of the meeting;
  ``(约)N名观察员/代表/专家出席了会议`` -> a ``wsis:ParticipantGroup`` (``wsis:category`` the noun, ``wsis:count``)
  ``wsis:participation`` of the meeting. The count must end in attending 会议 / 本届会议 itself (…参加了会议期间
  举行的活动 is not attendance of the session), and the meeting is the session the title block says the
  document reports on (委员会 / 第十五届会议报告); elsewhere the clause names no meeting and nothing is made.
"""

from __future__ import annotations

import re

from rdflib import Literal
from rdflib.namespace import RDF, RDFS, XSD

from graph_builder.entities.recognizers import find_counts
from graph_builder.facts import rule
from graph_builder.facts.rules_events import scan
from graph_builder.rdf.namespaces import ID, WSIS, slugify

_ATTENDS = r"(?:派代表|派有代表|的代表)?(?:出席|参加|列席)了?(?:本届会议|该届会议|这届会议|会议)(?!期间|之前|之后|前|后)"
_COUNTRIES = re.compile(rf"^(?:成员国|会员国|国家){_ATTENDS}")
_PEOPLE = re.compile(rf"^(?P<noun>观察员|代表|专家|与会者|嘉宾){_ATTENDS}")
_EN = {"观察员": "observers", "代表": "representatives", "专家": "experts", "与会者": "participants",
       "嘉宾": "guests"}


@rule("participation.attendance")
def attendance(ctx) -> None:
    from graph_builder.facts.rules_bureau import _document_session

    sessions: dict = {}
    for leaf, _ in scan(ctx):
        if leaf.node.kind == "Heading":
            continue
        doc = leaf.node.doc
        if doc.doc_id not in sessions:
            sessions[doc.doc_id] = _document_session(ctx, ctx.doc(doc.doc_id))
        session = sessions[doc.doc_id]
        if session is None:
            continue
        text = leaf.text
        for c in find_counts(leaf.norm):
            if c.noun_span is None:
                continue
            rest = text[leaf.index(c.noun_span[0]):]  # the recogniser's offsets are the source's
            ev = ID[session]
            if c.unit == "个" and _COUNTRIES.match(rest):
                ctx.store.add_span(ev, WSIS.countryCount, Literal(c.value, datatype=XSD.integer), leaf.node,
                                   (c.start, c.end))
                continue
            m = _PEOPLE.match(rest) if c.unit in ("名", "位", "人") else None
            if m is None:
                continue
            noun = m.group("noun")
            slug = session.split("/", 1)[1]
            group = ID[f"participation/{slug}-{slugify(_EN[noun])}"]
            pairs = [
                (RDF.type, WSIS.ParticipantGroup),
                (WSIS.category, Literal(noun, lang="zh")),
                (WSIS.category, Literal(_EN[noun], lang="en")),
                (WSIS["count"], Literal(c.value, datatype=XSD.integer)),
                (RDFS.label, Literal(f"{noun}（{slug}）", lang="zh")),
                (RDFS.label, Literal(f"{_EN[noun]} ({slug})", lang="en")),
            ]
            span = (c.start, c.end)
            ctx.store.add_many(group, pairs, leaf.node, span)
            ctx.store.add_span(ev, WSIS.participation, group, leaf.node, span)


__all__ = ["attendance"]
