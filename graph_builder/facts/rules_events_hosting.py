"""Offers to host a meeting ('Meetings'): the texts report formal invitations from countries that want
to host one of the Summit's meetings, e.g. 000 para 13 ``已从智利、日本和罗马尼亚收到了要求举办此类会议的正式邀请``.

Rule ``hosting.offer`` (docs/MODEL.md 'Events'; ontology wsis:offeredToHost, wsis:EventSeries):

* ``从X(、Y)*(和Z)?收到(了)?(要求)?(举办|主办|承办|召开)W的(正式)?邀请`` (passive: invitations received from
  X, Y, Z),
* ``X(、Y)*(和Z)?(慷慨|正式|已)?(提出|发出)(了)?(于DATE)?(在…)*(举办|主办|承办|召开)W(的(正式)?邀请)?`` (active), which needs
  the invitation (的邀请), a place (在雅典) or a date (于2016年…) to be an offer to host rather than a proposal to hold (Tunis Agenda
  para 82 ``希腊政府慷慨提出在2006年以前在雅典召开互联网治理论坛的第一次会议``),

where each of X, Y, Z is a country, government or organisation the reference list names, and W is a meeting the
text names (the event the event rules found in those words, or an event mention) or points back to (此类会议,
这些会议, 上述会议: the series of meetings announced earlier in the same paragraph, ``一系列区域性会议``). The rule is
named to run after the ``events.*`` rules, whose events it reuses. Each of X, Y, Z is ``wsis:offeredToHost`` W. A series pointed back to
gets its own node ``event/{kind}-meetings-{paragraph path}`` (a wsis:EventSeries labelled with the text's words),
since the texts give it no name.

Rule ``hosting.series-order``: a series announced relative to a meeting the same sentence names —
``X(会议)之后，将举办一系列…会议`` (the series ``wsis:precededBy`` X), ``在召开X(会议)前，计划召开一系列…会议``
(X ``wsis:precededBy`` the series) — on the same series node.
"""

from __future__ import annotations

import re

from rdflib.namespace import RDF

from graph_builder.facts import rule
from graph_builder.facts.rules_org_base import Passage, ensure_entity, entity_class, iri, passages
from graph_builder.rdf.namespaces import ID, WSIS

_HOST = r"(?:举办|主办|承办|召开)"
_WHAT = r"(?P<what>[^，。；,;]{1,24}?会议)"
_INVITATION = r"的(?:正式)?邀请"
_PASSIVE_TAIL = re.compile(rf"(?:要求|希望|愿意)?{_HOST}{_WHAT}{_INVITATION}")
_PASSIVE = re.compile(r"从")
_RECEIVED = re.compile(r"收到了?")
_ACTIVE = re.compile(rf"(?:慷慨地?|正式|已经?)*(?:提出|发出)了?(?P<adv>(?:于[^，。；,;在于]{{2,16}})?(?:在[^，。；,;在]{{1,16}})*?){_HOST}{_WHAT}(?P<inv>{_INVITATION})?")
_SEPARATORS = "、，,和及与"
_BACK_REFERENCE = re.compile(r"(?:此类|这类|这些|上述|该类?)会议")
_SERIES = re.compile(r"一系列的?(?P<kind>[^，。；,;]{0,12}?)会议")
_HOST_KINDS = ("place", "org", "group")
# English words for the series' kind (the label's English is built from them, the Chinese is the text's)
_KIND_EN = (("分区域", "sub-regional"), ("区域", "regional"), ("筹备", "preparatory"), ("部长", "ministerial"))


def _can_host(p: Passage, m) -> bool:
    """A country or an organisation (a city cannot send an invitation to host)."""
    return m.kind != "place" or entity_class(p.ctx, m.key) == "Country"


def _hosts_from(p: Passage, i: int) -> tuple[list, int]:
    """Mentions listed from normalised ``i`` on (``X、Y和Z``) and the index after the list."""
    t, found = p.text, []
    while True:
        m = p.mention_at(i, _HOST_KINDS)
        if m is None or not _can_host(p, m):
            return found, i
        found.append(m)
        i = m.j
        if t.startswith("以及", i):
            i += 2
            continue
        if i < len(t) and t[i] in _SEPARATORS:
            i += 1
            continue
        return found, i


def _hosts_before(p: Passage, j: int, floor: int) -> list:
    """Mentions listed right before normalised ``j`` (``X、Y和Z`` ending at ``j``)."""
    found = []
    while j > floor:
        m = p.mention_ending(j, _HOST_KINDS)
        if m is None or not _can_host(p, m):
            break
        found.insert(0, m)
        j = m.i
        if j > floor and p.text[j - 1] in _SEPARATORS:
            j -= 1
            continue
        break
    return found


def _series(p: Passage, before: int):
    """The series of meetings announced earlier in the passage (``一系列区域性会议``): (iri, i, j) or None."""
    last = None
    for m in _SERIES.finditer(p.text, 0, before):
        last = m
    if last is None:
        return None
    kind_zh = last.group("kind")
    words = [en for zh, en in _KIND_EN if zh in kind_zh]
    if "sub-regional" in words:
        words.remove("regional")
    slug = "-".join(w for w in words if w) or "series-of"
    where = p.node.id.replace("/", "-")
    subject = ID[f"event/{slug}-meetings-{where}"]
    en = f"Series of {' '.join(words) + ' ' if words else ''}meetings ({p.node.locator})"
    ensure_entity(p, subject, WSIS.EventSeries, en, f"{kind_zh}会议", last.start(), last.end())
    return subject, last.start(), last.end()


def _events_found(ctx) -> dict[str, list[tuple[int, int, object]]]:
    """Per document, (start, end, event) of the words the event rules typed as an event or gave an ordinal
    (cached on the context)."""
    cache = getattr(ctx, "_hosting_events", None)
    if cache is None:
        cache = {}
        for (s, pred, _o), evidence in ctx.store.facts.items():
            # typed by the event rules, or numbered by the frames (论坛第十一次会议 with its wsis:ordinal)
            if pred in (RDF.type, WSIS.ordinal) and str(s).startswith(str(ID["event/"])):
                for e in evidence:
                    cache.setdefault(e.doc_id, []).append((e.start, e.end, s))
        for spans in cache.values():
            spans.sort()
        ctx._hosting_events = cache  # type: ignore[attr-defined]
    return cache


def _what(p: Passage, m):
    """The meeting the offer is about: the event the event rules found in its words (the longest), an event
    mention, or the series a back-reference points to."""
    i, j = m.start("what"), m.end("what")
    start, end = p.norm.span(i, j)
    inside = [(b - a, ev) for a, b, ev in _events_found(p.ctx).get(p.doc_id, []) if start <= a and b <= end]
    if inside:
        return max(inside, key=lambda x: (x[0], str(x[1])))[1]
    named = p.mention_at(i, ("event",), slack="一次届")
    if named is not None and named.j <= j:
        return iri(named.key)
    if _BACK_REFERENCE.search(m.group("what")):
        found = _series(p, m.start())
        if found is not None:
            return found[0]
    return None


@rule("hosting.offer")
def hosting_offers(ctx) -> None:
    for p in passages(ctx):
        t = p.text
        # passive: 从X、Y和Z收到了…邀请
        for tail in _PASSIVE_TAIL.finditer(t):
            for frm in _PASSIVE.finditer(t, 0, tail.start()):
                hosts, k = _hosts_from(p, frm.end())
                got = _RECEIVED.match(t, k)
                if hosts and got is not None and got.end() == tail.start():
                    _offer(p, hosts, tail, frm.start(), tail.end())
        # active: X、Y和Z(慷慨)提出(在…)召开…会议(的邀请)
        for verb in _ACTIVE.finditer(t):
            hosts = _hosts_before(p, verb.start(), 0)
            at_place = any(m.kind == "place" for m in p.in_range(verb.start("adv"), verb.end("adv")))
            dated = re.match(r"于(?:19|20)\d\d年", verb.group("adv"))  # 提出于2016年…主办: when it would host
            if hosts and (verb.group("inv") or at_place or dated):
                _offer(p, hosts, verb, hosts[0].i, verb.end())


def _offer(p: Passage, hosts: list, m, i: int, j: int) -> None:
    event = _what(p, m)
    if event is None:
        return
    for h in hosts:
        p.add(iri(h.key), WSIS.offeredToHost, event, i, j)


# A series announced relative to a meeting the text names: X(会议)之后，将举办一系列…会议 (the series follows X);
# 在召开X(会议)前，计划召开一系列…会议 (the series precedes X).
_SERIES_AFTER = re.compile(r"(?:会议)?(?:结束)?(?:之后|以后|后)[，,]?(?:将|还将|计划|拟)?(?:举办|召开|举行)(?=一系列)")
_SERIES_BEFORE = re.compile(r"(?:会议)?(?:召开|举行)?(?:之前|以前|前)[，,]?(?:将|还将|计划|拟)?(?:举办|召开|举行)(?=一系列)")
_CONVENE = re.compile(r"(?:在|于)?(?:召开|举行)?$")


@rule("hosting.series-order")
def series_order(ctx) -> None:
    """The order of a series of meetings and the meeting the same sentence places it after or before
    (``wsis:precededBy`` from the later to the earlier; the series is the node ``hosting.offer`` names)."""
    for p in passages(ctx):
        t = p.text
        for m in _SERIES.finditer(t):
            for pattern, series_later in ((_SERIES_AFTER, True), (_SERIES_BEFORE, False)):
                rel = None
                for r in pattern.finditer(t, max(0, m.start() - 24), m.end()):
                    if r.end() == m.start():
                        rel = r
                if rel is None:
                    continue
                event = p.mention_ending(rel.start(), ("event",))
                if event is None and t.startswith("会议", rel.start()):  # the meeting's name ends in 会议
                    event = p.mention_ending(rel.start() + 2, ("event",))
                if event is None or event.key == "event/wsis":
                    continue
                if series_later is False and not _CONVENE.search(t[max(0, event.i - 3):event.i]):
                    continue
                found = _series(p, m.end())
                if found is None:
                    continue
                series = found[0]
                if series_later:
                    p.add(series, WSIS.precededBy, iri(event.key), event.i, m.end())
                else:
                    p.add(iri(event.key), WSIS.precededBy, series, event.i, m.end())
