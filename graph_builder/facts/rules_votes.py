"""How a meeting acted on a proposal: votes, their counts and the countries' positions (docs/MODEL.md 'Votes').

Rule ``acts.votes`` reads the statements a committee's report or a meeting's record makes about a draft
resolution, an amendment or a part of a draft, and makes one ``wsis:Vote`` per statement
(``vote/{doc}-{node}-{n}``):

* counts, active or passive, with 赞成/反对/弃权 or ``N票对M票``: ``（经记录表决，）以179票赞成、2票反对、10票弃权通过了
  决议草案SYM``, ``决议草案SYM以120票对3票、40票弃权获得通过``, ``以3票赞成、118票反对、40票弃权否决了该修正案``,
  ``以121票对3票、42票弃权保留了该段``, ``…、无弃权`` (0) -> ``wsis:inFavourCount``, ``wsis:againstCount``,
  ``wsis:abstentionCount`` and ``wsis:voteOutcome`` (``adopted`` 通过, ``rejected`` 否决/未获通过, ``retained`` 保留,
  ``deleted`` 删除);
* without a vote: ``未经表决通过了决议草案SYM``, ``决议草案SYM未经表决获得通过``, ``以协商一致方式通过`` ->
  ``wsis:votingMethod "without a vote"`` and outcome ``adopted``; ``经记录表决`` -> ``"recorded vote"``;
* what was voted on (``wsis:voteOn``): the symbol the clause names (决议草案SYM, 修正案（SYM）); else ``该修正案`` is
  the amendment named last before, and ``该决议草案``/``该草案`` or a part (``执行部分第9段``, ``该段``: ``wsis:votedPart``
  @zh as printed) the draft named last before (a draft an amendment amends stays the draft);
* the lists under a recorded vote: ``赞成：A、B…``, ``反对：…``, ``弃权：…`` (a line or a paragraph of their own, or
  inside the vote's paragraph) -> ``wsis:inFavour``, ``wsis:against``, ``wsis:abstaining`` for each country
  named, on the last vote stated before them in the document;
* where (``wsis:voteAt``): the numbered meeting the paragraph opens with (``在12月4日第29次会议上``), and for
  ``在同次会议上``/``也在同一次会议上`` the meeting named last before.
"""

from __future__ import annotations

import re

from rdflib import Literal
from rdflib.namespace import RDF, RDFS, XSD

from graph_builder.entities.recognize_base import parse_chinese_numeral
from graph_builder.facts import Context, rule
from graph_builder.facts.rules_org_base import entity_class, iri, passages
from graph_builder.rdf.namespaces import ID, WSIS, node_iri, slugify

_SYM = r"(?P<sym>[AES]/[A-Za-z0-9./]+?)(?![A-Za-z0-9./])"
_N = r"(?:\d+|[零一二两三四五六七八九十百]+)"
# 179票赞成、2票反对、10票弃权 | 120票对3票、40票弃权 | …、无弃权 ; the parts split by 、，,
_COUNTS = re.compile(rf"以?(?P<f>{_N})票(?:赞成|对)[、，,]?(?P<a>{_N})票(?:反对)?(?:[、，,](?:(?P<ab>{_N})票弃权|(?P<none>无弃权|没有弃权)))?")
_NO_VOTE = re.compile(r"未经表决|以协商一致方式|经协商一致")
_RECORDED = re.compile(r"经?记录表决")
# what became of the thing voted on, after the counts (or after 未经表决)
_OUTCOME = re.compile(r"(?P<rej>否决|未获通过|未获得通过|未通过)|(?P<ret>保留)|(?P<del>删除)|(?P<ado>通过)")
_DRAFT = re.compile(r"(?:决议|决定)草案\s?[(（]?" + _SYM)
_AMENDMENT = re.compile(r"修正案\s?[(（]?" + _SYM)
_PART = re.compile(r"(?P<part>(?:序言|执行)部分第[\d一二三四五六七八九十]+(?:\([a-z]\))?段)")
_THIS = re.compile(r"该(?P<what>修正案|决议草案|决定草案|草案|段)")
_LIST = re.compile(r"(?:^|(?<=[\n。；;:：]))\s*(?P<side>赞成|反对|弃权)\s*[:：]")
_AT_MEETING = re.compile(r"^\s*(?:\d+\.)?\s*(?:也|还)?在(?P<what>[^，,。]{0,16}?第(?P<n>\d+)次(?:全体)?会议|同一?次会议)上")
# the lists of a recorded vote follow it: in its paragraph or in the few lines right after it
_LIST_REACH = 4
_SIDE = {"赞成": WSIS.inFavour, "反对": WSIS.against, "弃权": WSIS.abstaining}


def _num(s: str | None) -> int | None:
    if s is None:
        return None
    return int(s) if s.isdigit() else parse_chinese_numeral(s)


def _draft_iri(sym: str):
    return iri(f"document/un-{slugify(sym)}")


def _meetings(ctx, p) -> list[tuple[int, int, str]]:
    """(i, j, event key) of the meetings the passage names, as the event rules anchor them."""
    from graph_builder.facts.rules_events import scan

    by_node = ctx.__dict__.get("_vote_anchors")
    if by_node is None:
        by_node = ctx.__dict__.setdefault("_vote_anchors", {leaf.node.id: anchors for leaf, anchors in scan(ctx)})
    return [(a.i, a.j, a.key) for a in by_node.get(p.node.id, ()) if a.key.startswith("event/")]


class _Reader:
    """The state one document's passages are read with: the drafts, amendments and meetings named so far."""

    def __init__(self, ctx: Context, doc_id: str) -> None:
        self.ctx = ctx
        self.doc_id = doc_id
        self.draft: str | None = None
        self.amendment: str | None = None
        self.meeting: str | None = None
        self.by_ordinal: dict[int, str] = {}
        self.last_vote = None  # the IRI of the last vote stated, for the lists that follow it
        self.passage = 0  # passages read so far, and the one that stated the last vote
        self.vote_passage = 0

    def meeting_of(self, p) -> None:
        m = _AT_MEETING.match(p.text)
        named = None
        metas = None
        if m is None or "第" in m.group("what"):
            metas = _meetings(self.ctx, p)
            for i, j, key in metas:
                o = re.search(r"-meeting-(\d+)$", key)
                if o:
                    self.by_ordinal[int(o.group(1))] = key
        if m is None:
            return
        if m.group("n"):
            n = int(m.group("n"))
            named = next((key for i, j, key in metas or () if i < m.end() and j > m.start("what")), None)
            self.meeting = named or self.by_ordinal.get(n)

    def symbols(self, t: str, i: int, j: int) -> None:
        for m in _DRAFT.finditer(t, i, j):
            self.draft = m.group("sym")
        for m in _AMENDMENT.finditer(t, i, j):
            self.amendment = m.group("sym")

    def object_of(self, t: str, a: int, b: int, i: int, j: int) -> tuple[str | None, str | None]:
        """(symbol, part) of what the clause [a, b) around the counts [i, j) votes on."""
        after = t[j:b]
        before = t[a:i]
        part = None
        pm = list(_PART.finditer(before)) + list(_PART.finditer(after))
        if pm:
            part = pm[0].group("part")
        for seg in (after, before):
            am = _AMENDMENT.search(seg)
            dm = _DRAFT.search(seg)
            if am and not (dm and dm.start() < am.start() and "的修正案" not in seg[dm.end():am.start() + 3]):
                return am.group("sym"), None
            if dm:
                return dm.group("sym"), part
        th = _THIS.search(after) or _THIS.search(before)
        if th and th.group("what") == "修正案":
            return self.amendment, None
        if th or part:
            return self.draft, part or ("该段" if th and th.group("what") == "段" else None)
        return None, None

    def add_vote(self, p, k: int, i: int, j: int, sym: str, part: str | None, method: str | None,
                 outcome: str | None, counts: tuple[int | None, int | None, int | None]):
        vote = ID[f"vote/{self.doc_id}-{slugify(p.node.id.split('/', 1)[1].replace('/', '-'))}-{k}"]
        label = f"{sym} {part}" if part else sym
        p.add(vote, RDF.type, WSIS.Vote, i, j)
        p.add(vote, RDFS.label, Literal(f"Vote on {label} ({p.node.locator})", lang="en"), i, j)
        p.add(vote, RDFS.label, Literal(f"表决：{label}", lang="zh"), i, j)
        p.add(vote, WSIS.statedIn, node_iri(p.node.id), i, j)
        p.add(vote, WSIS.voteOn, _draft_iri(sym), i, j)
        if part:
            p.add(vote, WSIS.votedPart, Literal(part, lang="zh"), i, j)
        if method:
            p.add(vote, WSIS.votingMethod, Literal(method), i, j)
        if outcome:
            p.add(vote, WSIS.voteOutcome, Literal(outcome), i, j)
        for prop, n in zip((WSIS.inFavourCount, WSIS.againstCount, WSIS.abstentionCount), counts):
            if n is not None:
                p.add(vote, prop, Literal(n, datatype=XSD.integer), i, j)
        if self.meeting:
            p.add(vote, WSIS.voteAt, iri(self.meeting), i, j)
        return vote


def _outcome(t: str, j: int, b: int) -> tuple[str | None, int]:
    """What the sentence says became of the thing voted on, after the counts (or after 未经表决)."""
    m = _OUTCOME.search(t, j, b)
    if m is None:
        return None, j
    kind = next(k for k in ("rej", "ret", "del", "ado") if m.group(k))
    return {"rej": "rejected", "ret": "retained", "del": "deleted", "ado": "adopted"}[kind], m.end()


@rule("acts.votes")
def votes(ctx: Context) -> None:
    for d in ctx.documents:
        r = _Reader(ctx, d.doc_id)
        for p in passages(ctx, d.doc_id):
            r.passage += 1
            t = p.text
            if not any(w in t for w in ("票", "表决", "协商一致", "赞成", "反对", "弃权", "草案", "修正案", "会议")):
                continue
            r.meeting_of(p)
            k = 0
            for a, b in p.sentences():
                m = _COUNTS.search(t, a, b) or _NO_VOTE.search(t, a, b)
                if m is not None:
                    counted = m.re is _COUNTS
                    outcome, oj = _outcome(t, m.end(), b)
                    sym, part = r.object_of(t, a, b, m.start(), m.end())
                    if sym and outcome:
                        counts = (_num(m.group("f")), _num(m.group("a")),
                                  0 if m.group("none") else _num(m.group("ab"))) if counted else (None, None, None)
                        method = "recorded vote" if _RECORDED.search(t, a, b) else (
                            None if counted else "without a vote")
                        k += 1
                        r.last_vote = r.add_vote(p, k, a, b, sym, part, method, outcome, counts)
                        r.vote_passage = r.passage
                r.symbols(t, a, b)
            if r.last_vote is not None and r.passage - r.vote_passage <= _LIST_REACH:
                _lists(ctx, p, r)


def _lists(ctx, p, r: _Reader) -> None:
    """赞成：…/反对：…/弃权：… in the passage: each country named on the last vote stated before."""
    t = p.text
    marks = list(_LIST.finditer(t))
    for n, m in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(t)
        for c in p.in_range(m.end(), end, ("place",)):
            key = _as_country(ctx, c.key, t[c.i:c.j])
            if key is not None:
                p.add(r.last_vote, _SIDE[m.group("side")], iri(key), c.i, c.j)


def _as_country(ctx, key: str, surface: str) -> str | None:
    """The country a name in a list of countries stands for: a city of the same name is the country there
    (突尼斯 in 赞成：…、突尼斯、土耳其 is Tunisia, not Tunis)."""
    if entity_class(ctx, key) == "Country":
        return key
    by_zh = ctx.__dict__.get("_countries_by_zh")
    if by_zh is None:
        ents = ctx.reference.entities if ctx.reference is not None else ()
        by_zh = ctx.__dict__.setdefault("_countries_by_zh", {e.zh: e.key for e in ents if e.cls == "Country"})
    return by_zh.get(surface)
