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
from graph_builder.normalize import squash
from graph_builder.facts.rules_org_base import entity_class, iri, passages, year_literal
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


# X(在)同Y(和Z)进行协商的基础上提出了(一系列)主题建议(,并于YEAR(和YEAR)向B提出/提交了这些建议)
_CONSULT = re.compile(r"(?:在)?(?:同|与|和)(?P<c>[^,。;]{1,40}?)(?:进行)?(?:协商|磋商)(?:的基础上|后|之后|以后),?")
_PROPOSAL = re.compile(r"(?:首先|已)?(?:提出|拟订|拟定|制定)了?(?P<what>[^,。;]{0,12}?)建议")
_PRESENTED = re.compile(
    r",?(?:并|随后|后来)?(?:于|在)(?P<years>\d{4}年?(?:(?:和|、|及|与)\d{4}年?)*)(?:先后|分别)?"
    r"向(?P<to>[^,。;]{1,30}?)(?:提出|提交|呈交|递交)了?(?:这些|该|此|上述)?(?:项)?建议")
_SUBJECTS = {"主题": WSIS.ThemeScheme}  # what a proposal is of -> the node that stands for it
_PARTY_KINDS = ("place", "org", "body", "group")
_SPLIT = re.compile(r"[和、及与]")  # a list of parties; a separator inside a name (经济及社会理事会) is no cut


def _parties(p, i: int, j: int) -> list:
    """The agents named in ``[i, j)``, one per listed item: a reference name the item is whole (其他/有关/各
    before it allowed; a group named descriptively elsewhere is still the party consulted here), else the
    mentions inside it (其他联合国机构 is the group, not the United Nations)."""
    inside = [(m.i, m.j) for m in p.in_range(i, j)]
    cuts = [c.start() for c in _SPLIT.finditer(p.text, i, j) if not any(a < c.start() < b for a, b in inside)]
    out = []
    for a, b in zip([i - 1] + cuts, cuts + [j]):
        k, part = a + 1, p.text[a + 1:b]
        name = re.sub(r"^(?:其他|其它|有关|相关|各)", "", part)
        keys = [key for _, key in p.ctx.reference.alias_index.get(squash(name), [])] if name else []
        if keys:
            out.append((keys[0], k, b))
        else:
            out.extend((m.key, m.i, m.j) for m in p.in_range(k, b, _PARTY_KINDS))
    return out


@rule("proposals.consulted")
def consulted_proposals(ctx) -> None:
    """``X在同Y进行协商的基础上提出了一系列主题建议，并于2000年和2001年向B提出了这些建议``: the proposal (the
    node standing for what it proposes: the proposed themes) is ``wsis:proposedBy`` X, ``wsis:consulted`` Y,
    ``wsis:submittedTo`` B and ``wsis:submissionYear`` each year printed. A proposal of a kind with no node
    (建议 alone) gives nothing."""
    if ctx.reference is None:
        return
    for p in passages(ctx):
        t = p.text
        for mm in _PROPOSAL.finditer(t):
            subject = next((s for w, s in _SUBJECTS.items() if w in mm.group("what")), None)
            if subject is None:
                continue
            head, consult = mm.start(), None
            for c in _CONSULT.finditer(t, max(0, head - 60), head):
                if c.end() == head:
                    consult = c
            who = _proposer(p, consult.start() if consult else head)
            if who is None and consult is not None and t[: consult.start()].endswith("在"):
                who = _proposer(p, consult.start() - 1)
            if who is None:
                continue
            end = mm.end()
            p.add(subject, WSIS.proposedBy, iri(who.key), who.i, end)
            if consult is not None:
                for key, i, j in _parties(p, consult.start("c"), consult.end("c")):
                    p.add(subject, WSIS.consulted, iri(key), who.i, end)
            sent = _PRESENTED.match(t, end)
            if sent is None:
                continue
            tos = _parties(p, sent.start("to"), sent.end("to"))
            for key, i, j in tos:
                p.add(subject, WSIS.submittedTo, iri(key), who.i, sent.end())
            if tos:
                for y in re.findall(r"\d{4}", sent.group("years")):
                    p.add(subject, WSIS.submissionYear, year_literal(int(y)), who.i, sent.end())
