"""What a meeting or body considered, discussed or was briefed on ('Meetings'; docs/MODEL.md 'Events').

Rule ``events.considered``: ``wsis:considered`` @zh, the words as printed, for

* ``X(还|也|同时|并)?审议了/讨论了/审查了/研究了W`` (W up to the clause end) where X is a meeting the event rules
  found, a meeting or body the reference list names, or ``会议``/``该会议``/``这次会议`` standing for the meeting
  the passage named last; W that only points at a list after it (以下事项, 下列问题) is no fact;
* ``Y举办了/召开了/举行了M，(为…)?审议了W``: a clause with no subject of its own, right after the clause that held
  meeting M, tells what M considered (the host considered it at M);
* ``X在…会议上(获得|听取了)W(的)?通报/介绍/汇报``: the meeting named between 在 and 上 was briefed on W.

A request to consider (请X审议…) is a directive, never this: the subject must open its clause.
"""

from __future__ import annotations

import bisect
import re

from rdflib import Literal

from graph_builder.facts import rule
from graph_builder.facts.rules_events_hosting import _events_found
from graph_builder.facts.rules_org_base import iri, passages
from graph_builder.rdf.namespaces import WSIS

_DISCUSSED = re.compile(r"(?:还|也|同时|并|亦)?(?:审议|讨论|审查|研究)了(?P<what>[^,，。;；:：]{2,60})")
_BRIEFED = re.compile(r"在(?P<where>[^,，。;；]{2,40}?)(?:会议|会)上(?:获得|听取了?)(?P<what>[^,，。;；]{2,40}?)的?(?:通报|介绍|汇报)")
_ANAPHOR = re.compile(r"(?:该|这次|此次|本次)?会议$")
_OPENS = re.compile(r"(?:^|[,，。;；:：])\s*(?:\d{1,3}[.．]\s*)?$")
_SUBJECT_KINDS = ("event", "body")
# words pointing at what comes next (讨论了以下事项：…): the list after them is what was considered, the words no fact
_CATAPHOR = re.compile(r"^(?:以下|下列|如下|下述)")
# the clause before holds a meeting whose name closes it; the clause of the verb has no subject, at most a purpose
_HELD = re.compile(r"(?:举办|召开|举行|主办)了")
_NO_SUBJECT = re.compile(r"[,，]\s*(?:为[^,，。;；:：]{1,30}?)?$")


def _event_spans(p) -> list[tuple[int, int, object]]:
    """(normalised start, end, event IRI) of the meetings the event rules typed in this passage."""
    offsets = p.norm.offsets
    out = []
    for a, b, ev in _events_found(p.ctx).get(p.doc_id, []):
        if not offsets or a < offsets[0] or b > offsets[-1] + 1:
            continue
        i, j = bisect.bisect_left(offsets, a), bisect.bisect_left(offsets, b)
        if i < j:
            out.append((i, j, ev))
    return out


def _subject_before(p, k: int, events) -> object | None:
    """The meeting or body ending right at normalised ``k`` and opening its clause."""
    for i, j, ev in events:
        if j == k and _OPENS.search(p.text[:i]):
            return ev
    m = p.mention_ending(k, _SUBJECT_KINDS)
    if m is not None and m.key != "event/wsis" and _OPENS.search(p.text[:m.i]):
        return iri(m.key)
    return None


def _held_before(p, k: int, events) -> object | None:
    """The meeting held in the clause before, when the clause of normalised ``k`` has no subject of its own."""
    t = p.text
    c = _NO_SUBJECT.search(t, max(0, k - 40), k)
    if c is None:
        return None
    comma = c.start()
    start = max(t.rfind(x, 0, comma) for x in "。;；\n") + 1
    if not _HELD.search(t, start, comma):
        return None
    for i, j, ev in events:
        if j == comma and i >= start:
            return ev
    m = p.mention_ending(comma, ("event",))
    if m is not None and m.key != "event/wsis" and m.i >= start:
        return iri(m.key)
    return None


@rule("events.considered", after=("events.identity", "events.when_where", "frames"))
def considered(ctx) -> None:
    for p in passages(ctx):
        t = p.text
        if not any(w in t for w in ("审议了", "讨论了", "审查了", "研究了", "通报", "介绍", "汇报")):
            continue
        events = sorted(_event_spans(p))
        for m in _DISCUSSED.finditer(t):
            k = m.start()
            subject = _subject_before(p, k, events)
            if subject is None:
                anaphor = _ANAPHOR.search(t, max(0, k - 4), k)
                if anaphor is not None and _OPENS.search(t[:anaphor.start()]):
                    # the meeting the passage named last: one the event rules typed, or one the list names
                    before = [(j, ev) for i, j, ev in events if j <= anaphor.start()]
                    before += [(x.j, iri(x.key)) for x in p.in_range(0, anaphor.start(), ("event",))
                               if x.key != "event/wsis"]
                    subject = max(before, key=lambda x: x[0])[1] if before else None
                    k = anaphor.start()
            if subject is None:
                subject = _held_before(p, k, events)
            if subject is None:
                continue
            what = m.group("what").strip()
            if _CATAPHOR.match(what):
                continue
            p.add(subject, WSIS.considered, Literal(what, lang="zh"), k, m.end())
        for m in _BRIEFED.finditer(t):
            # the meeting whose name ends with 会议 before 上 (its name may open before 在: X在纽约举行的秋季会议)
            inside = [ev for i, j, ev in events if m.start("where") < j <= m.end("where") + 2 and i < m.end("where")]
            if not inside:
                continue
            p.add(inside[-1], WSIS.considered, Literal(m.group("what").strip(), lang="zh"), m.start(), m.end())
