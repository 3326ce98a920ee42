"""Who proposed an act or an event ('Resolutions', 'Meetings'): the texts name the country or
organisation behind the Summit and behind ITU Resolution 73 in two formulaic ways.

Rules (docs/MODEL.md 'Acts', 'Events'; ontology wsis:proposedBy, wsis:proposedAt):

* ``proposals.act`` -- ``X提出的<act>`` (``根据突尼斯提出的第73号决议``): the act is ``wsis:proposedBy`` X.
* ``proposals.event`` -- ``X在<event>上(首次)提出(举办|召开|举行)<event'>的倡议/建议/提议``
  (``突尼斯在1998年国际电联全权代表大会上首次提出举办峰会的倡议``): event' is ``wsis:proposedBy`` X and
  ``wsis:proposedAt`` the event.

X is a country, an organisation, a government or a body named right before the formula. Acts keep the IRIs
the act rules give them (graph_builder.facts.rules_org_acts.cited_acts).
"""

from __future__ import annotations

import re

from graph_builder.facts import rule
from graph_builder.facts.rules_org_base import entity_class, iri, passages
from graph_builder.rdf.namespaces import WSIS

_PROPOSE = re.compile(r"(?:首次|首先|最先|最早)?提出")
_EVENT_TAIL = re.compile(r"(?:举办|召开|举行)?")
_IDEA = re.compile(r"的?(?:倡议|建议|提议)")
_PROPOSER_KINDS = ("place", "org", "body", "group")


def _proposer(p, j: int):
    """The country, organisation or body whose mention ends at normalised ``j`` (a city cannot propose)."""
    m = p.mention_ending(j, _PROPOSER_KINDS)
    if m is None or (m.kind == "place" and entity_class(p.ctx, m.key) != "Country"):
        return None
    return m


@rule("proposals.act")
def proposed_acts(ctx) -> None:
    from graph_builder.facts.rules_org_acts import cited_acts  # the act rules own act IRIs

    for c in cited_acts(ctx):
        if getattr(c, "iri", None) is None:
            continue
        p, t = c.passage, c.passage.text
        k = c.i
        if not t[:k].endswith("提出的"):
            continue
        head = k - len("提出的")
        who = _proposer(p, head)
        if who is not None:
            p.add(c.iri, WSIS.proposedBy, iri(who.key), who.i, c.j)


@rule("proposals.event")
def proposed_events(ctx) -> None:
    for p in passages(ctx):
        t = p.text
        for mm in _PROPOSE.finditer(t):
            at = None
            who = _proposer(p, mm.start())
            if who is None and t[: mm.start()].endswith("上"):
                at = p.mention_ending(mm.start() - 1, ("event",))
                if at is not None and t[: at.i].endswith("在"):
                    who = _proposer(p, at.i - 1)
            if who is None:
                continue
            k = _EVENT_TAIL.match(t, mm.end()).end()
            what = p.mention_at(k, ("event",))
            idea = _IDEA.match(t, what.j) if what is not None else None
            if idea is None:
                continue
            p.add(iri(what.key), WSIS.proposedBy, iri(who.key), who.i, idea.end())
            if at is not None:
                p.add(iri(what.key), WSIS.proposedAt, iri(at.key), who.i, idea.end())
