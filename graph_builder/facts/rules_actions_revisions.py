"""Deadlines moved by a revision of the text that states them ('Directives'; docs/MODEL.md 'Directives').

A meeting record reads out an oral revision, a corrigendum replaces words: ``将“2014年4月30日之前”改为“2014年5月31日
之前”`` (改为, 改成, 修改为, 订正为, 替换为, 代之以). When the replaced words hold a date and a directive of the same
document, stated before the revision, has that date as its deadline, the new date is a further deadline of that
directive (``wsis:deadline``, ``wsis:isoDate``, ``wsis:datePrecision``, ``wsis:deadlineQualifier`` as the new words
give it), with the revision as its evidence; the deadline as first printed stays (each statement is kept). A
replacement of words without a date, or of a date no earlier directive has, changes nothing.
"""

from __future__ import annotations

import re

from rdflib import Literal

from graph_builder.facts import rule
from graph_builder.facts.rules_actions_common import date_values
from graph_builder.facts.rules_events import scan
from graph_builder.rdf.namespaces import WSIS

REVISION = re.compile(r"将“(?P<old>[^“”]{2,40})”(?:改为|改成|修改为|订正为|替换为|代之以)“(?P<new>[^“”]{2,40})”")
_BEFORE = re.compile(r"(?:之前|以前|前)$")


def _directive_deadlines(ctx) -> dict:
    """(doc id, ISO date) -> {(directive, offset of its deadline's first evidence)} of the deadlines the
    directive rules read."""
    first: dict = {}  # (doc id, directive) -> where its deadline is stated first
    for (s, p, _o), evs in ctx.store.facts.items():
        if p == WSIS.deadline and "/directive/" in str(s):
            for e in evs:
                key = (e.doc_id, s)
                first[key] = min(first.get(key, e.start), e.start)
    out: dict = {}
    for (s, p, o), evs in ctx.store.facts.items():
        if p == WSIS.isoDate and "/directive/" in str(s):
            for e in evs:
                if (e.doc_id, s) in first:
                    out.setdefault((e.doc_id, str(o)), set()).add((s, first[(e.doc_id, s)]))
    return out


@rule("actions.directives_revised", after=("actions.directives",))  # a revision moves the deadlines it read
def revised_deadlines(ctx) -> None:
    deadlines = None
    for leaf, _ in scan(ctx):
        for m in REVISION.finditer(leaf.text):
            old = leaf.dates_from(*m.span("old"))
            new = leaf.dates_from(*m.span("new"))
            if len(old) != 1 or len(new) != 1 or new[0].start_date is None:
                continue
            if deadlines is None:
                deadlines = _directive_deadlines(ctx)
            doc = leaf.node.doc.doc_id
            here = leaf.span(m.start(), m.end())
            for directive, at in sorted(deadlines.get((doc, old[0].iso), ())):
                if at >= here[0]:
                    continue
                pairs = date_values(new[0], WSIS.deadline)
                if _BEFORE.search(m.group("new")):
                    pairs.append((WSIS.deadlineQualifier, Literal("before")))
                ctx.store.add_many(directive, pairs, leaf.node, here)
