"""Offers to host a meeting (issue #5 'Meetings'): the texts report formal invitations from countries that want
to host one of the Summit's meetings, e.g. 000 para 13 ``已从智利、日本和罗马尼亚收到了要求举办此类会议的正式邀请``.

Rule ``events.hosting-offer`` (docs/MODEL.md 'Events'; ontology wsis:offeredToHost, wsis:EventSeries):

* ``从X(、Y)*(和Z)?收到(了)?(要求)?(举办|主办|承办)W的(正式)?邀请`` (passive: invitations received from X, Y, Z),
* ``X(、Y)*(和Z)?(已)?(正式)?(提出|发出)(了)?(举办|主办|承办)W的(正式)?邀请`` (active),

where each of X, Y, Z is a country, government or organisation the reference list names, and W is a meeting the
text names (an event mention) or points back to (此类会议, 这些会议, 上述会议: the series of meetings announced earlier
in the same paragraph, ``一系列区域性会议``). Each of X, Y, Z is ``wsis:offeredToHost`` W. A series pointed back to
gets its own node ``event/{kind}-meetings-{paragraph path}`` (a wsis:EventSeries labelled with the text's words),
since the texts give it no name.
"""

from __future__ import annotations

import re

from graph_builder.facts import rule
from graph_builder.facts.rules_org_base import Passage, ensure_entity, entity_class, iri, passages
from graph_builder.rdf.namespaces import ID, WSIS

_HOST = r"(?:举办|主办|承办|召开)"
_TAIL = re.compile(rf"(?:要求|希望|愿意)?{_HOST}(?P<what>[^，。；,;]{{1,24}}?会议)的(?:正式)?邀请")
_PASSIVE = re.compile(r"从")
_RECEIVED = re.compile(r"收到了?")
_ACTIVE = re.compile(r"已?(?:正式)?(?:提出|发出)了?")
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


def _what(p: Passage, m) -> tuple | None:
    """The meeting the invitation is about: a named event, or the series a back-reference points to."""
    i = m.start("what")
    named = p.mention_at(i, ("event",), slack="一次届")
    if named is not None and named.j <= m.end("what"):
        return iri(named.key), None
    if _BACK_REFERENCE.search(m.group("what")):
        found = _series(p, m.start())
        if found is not None:
            return found[0], found
    return None


@rule("events.hosting-offer")
def hosting_offers(ctx) -> None:
    for p in passages(ctx):
        t = p.text
        for tail in _TAIL.finditer(t):
            hosts, start = [], None
            # passive: 从X、Y和Z收到了 right before the tail
            for frm in _PASSIVE.finditer(t, 0, tail.start()):
                listed, k = _hosts_from(p, frm.end())
                got = _RECEIVED.match(t, k)
                if listed and got is not None and got.end() == tail.start():
                    hosts, start = listed, frm.start()
            if not hosts:
                # active: X、Y和Z(已)提出 right before the tail
                for verb in _ACTIVE.finditer(t, 0, tail.start()):
                    if verb.end() != tail.start():
                        continue
                    listed = _hosts_before(p, verb.start(), 0)
                    if listed:
                        hosts, start = listed, listed[0].i
            if not hosts:
                continue
            what = _what(p, tail)
            if what is None:
                continue
            event, _series_span = what
            for h in hosts:
                p.add(iri(h.key), WSIS.offeredToHost, event, start, tail.end())

