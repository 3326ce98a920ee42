"""Meetings and events, and the timeline ('Meetings and events'; docs/MODEL.md 'Events', 'Values').

Event anchors (``rules_events_anchors``) say WHICH event a passage names; the rules here read what the
clause around each anchor says about it:

* ``events.identity`` – type, @en/@zh labels of events the reference list lacks, ``wsis:ordinal``,
  ``wsis:sessionOf`` the body, ``wsis:partOf`` the summit (…峰会分为两个阶段，第一阶段…);
* ``events.when_where`` – ``schema:startDate``/``endDate`` typed by precision, ``wsis:datePrecision``,
  ``wsis:isoDate``; ``wsis:deadline`` + ``wsis:deadlineQualifier`` for 于…之前召集; ``schema:location``;
  ``wsis:status`` (将于/定于/计划/也会/赞同… -> planned, otherwise held). A date or place counts only when
  the clause holds the event AND a verb of holding (召开 举行 举办 汇聚 召集), or sits right next to the
  anchor (``ANCHOR(DATE)``, ``DATE PLACE ANCHOR``, ``ANCHOR在DATE，地点是PLACE``). When passages give one
  event dates of different precision the most precise wins (2003-12-10/12 over 2003).
* ``events.participants`` – ``有(来自N个国家的)?N名(与会者|代表)`` -> ``wsis:participantCount`` (+ countryCount);
  the ``其中(包括)…`` breakdown -> ``wsis:participation`` groups with ``wsis:category`` @zh/@en, ``wsis:count``,
  ``wsis:countryCount``; ``预计将有N-M人参加`` -> ``wsis:expectedParticipantsMin/Max``. Totals are recorded as
  stated: the query ``participation`` shows where a breakdown does not add up.
* ``events.officers`` – ``N位副主席`` -> ``wsis:viceChairCount``; ``P1和P2各一名当然副主席`` ->
  ``wsis:exOfficioViceChairCount`` and ``wsis:exOfficioViceChairFrom``; ``…被选为…主席…他们组成了…主席团`` ->
  ``wsis:bureauSize`` (chair + vice-chairs + ex officio, the members the sentence lists).
* ``events.outcomes`` – ``EVENT成立了…BODY`` -> ``wsis:setUp``; ``与EVENT同时召开`` / ``以配合…EVENT`` ->
  ``wsis:inConjunctionWith``; ``(会议|大会)(还)?通过了X和Y`` -> ``wsis:adoptedText`` "X"@zh, "Y"@zh (what a
  meeting adopted, verbatim, one item per conjunct, when the text names no document entity).

* ``events.invitations`` – ``X(于DATE)向Y发出了参加EVENT的邀请(函)`` -> a wsis:Invitation node; a following
  ``也向Z发出了邀请函`` / ``邀请信同时也发给Z`` adds Z as a further addressee of that invitation; the members of an
  organisation (``联合国成员国``, ``国际电联的部门成员``) are a group of their own (``group/un-member-states``)
  (``directive/{doc}-{node}-invitation-to-{event}``): wsis:issuer X, wsis:addressee the named Y, wsis:object the
  event, wsis:action the verbatim clause, wsis:date/isoDate when the sentence dates it.

A clause that opens with 会议/大会/该会议 speaks of the event named last before it in the same section.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from graph_builder.facts import rule
from graph_builder.facts.date_literals import bound_literal as _typed
from graph_builder.facts.date_literals import value_literal
from graph_builder.facts.rules_events_anchors import Anchor, Leaf, find_anchors, prepare
from graph_builder.facts.frames.resumed import names_resumed_part
from graph_builder.rdf.namespaces import ID, SCHEMA, WSIS, node_iri, slugify

HOLD_VERBS = re.compile(r"召开|举行|举办|汇聚|召集")
FUTURE = re.compile(r"将|定于|计划|拟|预计|也会|(?<![员事大议])会在")  # in the clause before the verb (委员会在 is no 会在)
# earlier in the sentence: the event is what is agreed (请, not the 邀请 of 应X邀请 that says at whose invitation)
PLANNED = re.compile(r"建议|赞同|批准|欢迎|决定|商定|议定|(?<![邀申])请|计划")
# before the event's name in its own clause: what is decided or agreed, or looked forward to, not yet held
# (决定工作组第一次会议于…举行, 期待论坛第十二次会议于…举行)
DECIDED = re.compile(r"决定|商定|议定|同意|建议|期待|期望|期盼")
CO_REFERENCE = re.compile(r"^(?:(?:\d+(?:[.．]\d+)*[.．]|\d+(?:[.．]\d+)+)\s?)?(?:会议|大会|该会议|这次会议)")  # after the paragraph's own number (12. or 3.1.2)
_PRECISION_RANK = {"day": 0, "month": 1, "season": 2, "quarter": 3, "half-year": 4, "year": 5}

#: English names of the participant categories the reports use (names only; the counts come from the text).
CATEGORY_EN = {
    "会员国": "member states",
    "商业部门实体": "business sector entities",
    "商业部门": "business sector",
    "非政府组织和民间团体": "non-governmental organizations and civil society",
    "联合国机构和国际组织": "United Nations agencies and international organizations",
    "政府": "governments",
    "政府间组织": "intergovernmental organizations",
    "民间团体": "civil society",
    "媒体": "media",
}


# ------------------------------------------------------------------------------------------ shared scan
@dataclass
class Hit:
    leaf: Leaf
    anchor: Anchor


def scan(ctx) -> list[tuple[Leaf, list[Anchor]]]:
    """Every prose leaf with its event anchors (cached on the context: all event rules share one scan)."""
    cached = getattr(ctx, "_event_scan", None)
    if cached is not None:
        return cached
    out = []
    for node in ctx.leaves():
        leaf = prepare(ctx, node)
        leaf.anchors = find_anchors(ctx, leaf)
        out.append((leaf, leaf.anchors))
    ctx._event_scan = out
    return out


# the title of a meeting's report: X会议报告, X论坛的报告 (X: the meeting's full name, as the text names it)
REPORT_TITLE = re.compile(r"^(?P<name>[^,;。:()]{4,60}?(?:会议|论坛|研讨会|讲习班|峰会|磋商会|年会|对话会))(?:的)?报告$")


def report_title_meeting(leaf) -> str | None:
    """The name of the meeting a document reports on, from a heading of its front matter (before any section)."""
    if leaf.node.kind != "Heading" or leaf.node.parent is None or leaf.node.parent.kind != "Part":
        return None
    m = REPORT_TITLE.match(leaf.text.strip())
    return m.group("name") if m else None


def report_meeting(ctx, doc_id: str) -> str | None:
    """The key of the meeting a document's title says it reports on, once its text names that meeting."""
    cache = ctx.__dict__.setdefault("_report_meetings", None)
    if cache is None:
        cache = ctx._report_meetings = {}
        names: dict = {}
        for leaf, anchors in scan(ctx):
            d = leaf.node.doc.doc_id
            if not names.get(d):
                names[d] = report_title_meeting(leaf)
            if names[d] and d not in cache:
                hit = next((a for a in anchors if (a.label_zh or leaf.text[a.i:a.j]) == names[d]), None)
                if hit is not None:
                    cache[d] = hit.key
    return cache.get(doc_id)


def subject_event(ctx, leaf: Leaf, i: int) -> Anchor | None:
    """The event a clause speaks of: an anchor in the clause, or (会议…/大会…) the last one named before it
    in the same section (earlier leaves up to the previous heading)."""
    c0, c1 = leaf.clause(i)
    inside = [a for a in leaf.anchors if c0 <= a.i < c1]
    if inside:
        return inside[0]
    if not CO_REFERENCE.match(leaf.text[c0:]):
        return None
    before = [a for a in leaf.anchors if a.j <= c0]
    if before:
        return before[-1]
    for other, anchors in reversed(_previous_in_section(ctx, leaf)):
        if anchors:
            return anchors[-1]
    return None


def _previous_in_section(ctx, leaf: Leaf) -> list[tuple[Leaf, list[Anchor]]]:
    rows = [r for r in scan(ctx) if r[0].node.doc is leaf.node.doc]
    k = next(n for n, r in enumerate(rows) if r[0] is leaf)
    out = []
    for other, anchors in reversed(rows[:k]):
        if other.node.kind == "Heading":
            break
        out.append((other, anchors))
    return list(reversed(out))


def iri(key: str) -> URIRef:
    return ID[key]


def add(ctx, leaf: Leaf, s, p, o, i: int, j: int) -> None:
    ctx.store.add_span(s, p, o, leaf.node, leaf.span(i, j))


# ------------------------------------------------------------------------------------------ identity
@rule("events.identity")
def event_identity(ctx) -> None:
    for leaf, anchors in scan(ctx):
        for a in anchors:
            ev = iri(a.key)
            if a.cls is not None:
                add(ctx, leaf, ev, RDF.type, WSIS[a.cls], a.i, a.j)
                if a.label_en:
                    add(ctx, leaf, ev, RDFS.label, Literal(a.label_en, lang="en"), a.i, a.j)
                    add(ctx, leaf, ev, RDFS.label, Literal(a.label_zh, lang="zh"), a.i, a.j)
                elif ctx.reference is not None:
                    # a name the text gives only in Chinese: minted like any open-class name (no English label)
                    from graph_builder.entities.minting import SOURCE_NONE, mint

                    mint(ctx.reference, a.key, a.cls, a.label_zh, "", SOURCE_NONE)
            if a.ordinal is not None:
                add(ctx, leaf, ev, WSIS.ordinal, Literal(a.ordinal, datatype=XSD.integer), *a.ordinal_span)
            if a.series is not None:
                add(ctx, leaf, ev, WSIS.sessionOf, iri(a.series), a.i, a.j)
            if a.extra.get("phase"):  # a meeting of one summit phase (its key includes the phase)
                add(ctx, leaf, ev, WSIS.partOf, iri(a.extra["phase"]), a.i, a.j)
            # a phase named right after the summit it is part of: 信息社会世界峰会分为两个阶段，第一阶段…
            if a.key.startswith("event/wsis-") and a.key.endswith("-phase"):
                s0, _ = leaf.sentence(a.i)
                summit = [m for m in leaf.mentions if m.key == "event/wsis" and s0 <= m.i and m.j <= a.i]
                if summit:
                    add(ctx, leaf, ev, WSIS.partOf, iri("event/wsis"), summit[-1].i, a.j)


# ------------------------------------------------------------------------------------------ dates, places
@dataclass
class _Obs:
    leaf: Leaf
    span: tuple[int, int]
    date: object | None = None
    place: str | None = None
    status: str | None = None


def _observations(ctx) -> dict[str, list[_Obs]]:
    obs: dict[str, list[_Obs]] = defaultdict(list)
    for leaf, anchors in scan(ctx):
        text = leaf.text
        for a in anchors:
            c0, c1 = leaf.clause(a.i)
            if names_resumed_part(text, a.i, a.j, c1):
                # the dates and place are its resumed part's (the frames state them); a year in the
                # session's own name (理事会2006年实质性会议续会) is still the session's
                if a.own_date is not None:
                    obs[a.key].append(_Obs(leaf, (a.i, a.j), a.own_date))
                continue
            clause = text[c0:c1]
            # the verb of this event: the first one after the anchor, else the first in the clause
            verb = HOLD_VERBS.search(clause, max(0, a.i - c0)) or HOLD_VERBS.search(clause)
            # an event named after another one in the clause is its object (与…同时召开), not its subject
            others = [b for b in anchors if c0 <= b.i < a.i and b.key != a.key]
            date = a.own_date
            if date is None:
                date = _clause_date(leaf, a, c0, c1, verb is not None and not others)
            if date is None and verb is not None and not others and not FUTURE.search(text[c0:c0 + verb.start()]):
                date = _line_date(leaf, a)
            place = a.own_place
            pspan = a.place_span
            if place is None:
                place, pspan = _clause_place(leaf, a, c0, c1, verb is not None and not others, ctx.reference)
            status = None
            if verb is not None and (a.own_date is not None or date is not None or place is not None):
                s0, _ = leaf.sentence(a.i)
                relative = text[c0 + verb.end():c0 + verb.end() + 1] == "的"  # 在…举行的1998年…大会: a past event
                planned = (
                    FUTURE.search(text[c0:c0 + verb.start()])
                    or DECIDED.search(text[c0:a.i])
                    or (PLANNED.search(text[s0:c0]) and not relative)
                    or (date is not None and date.qualifier == "before")
                )
                status = "planned" if planned else "held"
            if date is None and place is None and status is None:
                continue
            parts = [(a.i, a.j)] + ([leaf.date_ij(date)] if date is not None else []) + ([pspan] if pspan else [])
            if verb is not None:
                parts.append((c0 + verb.start(), c0 + verb.end()))
            span = (min(p[0] for p in parts), max(p[1] for p in parts))
            obs[a.key].append(_Obs(leaf, span, date, place, status))
    return obs


# a chronology line led by its date: "2016年3月12日：…", "2016年9月26日 — …", "2016年第一季度：…" (an item label may
# come first); the separator after the date is what makes it the line's date rather than a date in the prose
_LINE_DATE_SEP = re.compile(r"\s*(?::|——|—|–|--|-)\s*")
_LINE_LABEL = re.compile(r"\s*(?:[-•·*]\s*|\(?\d{1,3}[.)、]\s*)?")


def _line_date(leaf: Leaf, a: Anchor):
    """The date that leads the line of anchor ``a`` (its events undated in their own clause happened then), when
    the anchor is in the line's first sentence."""
    text = leaf.text
    lab = _LINE_LABEL.match(text)
    start = lab.end() if lab else 0
    first = next(iter(leaf.dates_from(start, start + 1)), None)
    if first is None:
        return None
    dj = leaf.date_ij(first)[1]
    if not _LINE_DATE_SEP.match(text, dj) or _LINE_DATE_SEP.match(text, dj).end() == dj:
        return None
    if a.i < dj or leaf.sentence(a.i)[0] > start:
        return None
    return first


def _clause_date(leaf: Leaf, a: Anchor, c0: int, c1: int, has_verb: bool):
    text = leaf.text
    dates = leaf.dates_from(c0, c1)
    dates = [d for d in dates if not (a.i <= leaf.date_ij(d)[0] < a.j)]  # a session's own year is not its date
    # the date the verb phrase after the name gives wins over one before it (2019年度的X将于DATE举行)
    for d in dates:
        di, dj = leaf.date_ij(d)
        if di >= a.j and re.fullmatch(r"\(?|(?:会议)?(?:将|定)?(?:于|在)|[^,。]{0,6}(?:于|在)", text[a.j:di]):
            return d
    for d in dates:
        di, dj = leaf.date_ij(d)
        between = text[dj:a.i]
        if dj <= a.i and re.fullmatch(r"(?:[^\W\d]{0,3})?", between) and len(between) <= 3:
            return d  # DATE (PLACE) ANCHOR: 2003年12月日内瓦…第一阶段会议
    if has_verb and len(dates) == 1:
        return dates[0]
    return None


def _clause_place(leaf: Leaf, a: Anchor, c0: int, c1: int, has_verb: bool, ref=None):
    text = leaf.text
    places = [m for m in leaf.mentions_from(c0, c1) if m.key.startswith("place/") and not (a.i <= m.i < a.j)]
    # a country before a city no list holds is left to the frames; before a recognised city it starts a run
    starts = {q.i for q in places}
    places = [m for m in places if m.j in starts or text[m.j:m.j + 2] == "首都" and m.j + 2 in starts
              or not _names_a_city_after(ref, text, m)]
    # of a run of places (美利坚合众国明尼阿波利斯, 厄瓜多尔首都基多) the last, most specific one is where the event is
    def joined(q, p) -> bool:
        return q.j <= p.i and text[q.j:p.i] in ("", "首都")

    run_start = {}
    for p in sorted(places, key=lambda m: m.i):
        before = next((q for q in places if joined(q, p)), None)
        run_start[p.i] = run_start[before.i] if before is not None else p.i
    places = [p for p in places if not any(joined(p, q) for q in places)]
    for p in places:
        lead = text[max(c0, run_start[p.i] - 4):run_start[p.i]]
        if p.i >= a.j and re.search(r"(?:在|于|地点是)$", lead) and (has_verb or "地点是" in lead):
            return p.key, (p.i, p.j)
        if p.j <= a.i and re.search(r"在$", lead) and text[p.j:a.i] in ("召开的", "举行的", "举办的"):
            return p.key, (p.i, p.j)  # 在布加勒斯特召开的泛欧区域性部长会议
        if p.j <= a.i and (re.search(r"(?:在|于)$", lead) and has_verb) and HOLD_VERBS.search(text[p.j:c1]):
            return p.key, (p.i, p.j)  # 于…汇聚在日内瓦，出席…  / 于马拉喀什召开全权代表大会
    return None, None


def _names_a_city_after(ref, text: str, m) -> bool:
    """A country written before a city no list holds (在斐济苏瓦举行): the city, not the country, is where
    the event is (the frames mint the city)."""
    from graph_builder.entities.open_class import entity_kind
    from graph_builder.facts.frames.slots import _CITY_AFTER_COUNTRY

    return ref is not None and entity_kind(ref, m.key) == "COUNTRY" and bool(_CITY_AFTER_COUNTRY.match(text, m.j))


@rule("events.when_where")
def event_when_where(ctx) -> None:
    for key, all_items in sorted(_observations(ctx).items()):
        ev = iri(key)
        # each document states its own date, place and status (a 2002 report: planned for spring 2003; a 2003
        # report: held on 17-28 February): all are kept as claims, the current view picks one
        by_doc: dict[str, list[_Obs]] = defaultdict(list)
        for o in all_items:
            by_doc[o.leaf.node.doc.doc_id].append(o)
        for _doc, items in sorted(by_doc.items()):
            _when_where_of(ctx, ev, items)


def _when_where_of(ctx, ev: URIRef, items: list[_Obs]) -> None:
    """One document's observations of one event: its most precise dates, its places, its status."""
    # a recurring day (5月17日, no year) dates a commemoration, not a meeting
    dated = [o for o in items if o.date is not None and o.date.start_date is not None
             and o.date.precision in _PRECISION_RANK]
    if dated:
        best = min(_PRECISION_RANK.get(o.date.precision, 9) for o in dated)
        for o in dated:
            d = o.date
            if _PRECISION_RANK.get(d.precision, 9) != best:
                continue
            if d.qualifier == "before":
                pairs = [(WSIS.deadline, value_literal(d)), (WSIS.deadlineQualifier, Literal("before"))]
            else:
                pairs = [(SCHEMA.startDate, _typed(d, "start")), (SCHEMA.endDate, _typed(d, "end"))]
            pairs += [(WSIS.datePrecision, Literal(d.precision)), (WSIS.isoDate, Literal(d.iso))]
            ctx.store.add_many(ev, pairs, o.leaf.node, o.leaf.span(*o.span))
    for o in items:
        if o.place is not None:
            add(ctx, o.leaf, ev, SCHEMA.location, iri(o.place), *o.span)
    statuses = {o.status for o in items if o.status}
    keep = "held" if "held" in statuses else "planned"
    for o in items:
        if o.status == keep:
            add(ctx, o.leaf, ev, WSIS.status, Literal(keep), *o.span)


# ------------------------------------------------------------------------------------------ participants
_TOTAL = re.compile(r"有(?:来自(?P<countries>\d+)个国家的)?(?P<total>\d+)名(?:与会者|代表)")
_EXPECTED = re.compile(r"预计将有(?P<lo>\d+)-(?P<hi>\d+)人参加")
_GROUP = re.compile(r"(?:(?P<nc>\d+)个(?P<cn>会员国|国家)的)?(?P<n>\d+)名(?P<noun>[^\d、,;()]*?)代表")


@rule("events.participants")
def event_participants(ctx) -> None:
    for leaf, anchors in scan(ctx):
        text = leaf.text
        for mo in _TOTAL.finditer(text):
            a = subject_event(ctx, leaf, mo.start())
            if a is None:
                continue
            ev = iri(a.key)
            add(ctx, leaf, ev, WSIS.participantCount, Literal(int(mo.group("total")), datatype=XSD.integer), mo.start(), mo.end())
            if mo.group("countries"):
                add(ctx, leaf, ev, WSIS.countryCount, Literal(int(mo.group("countries")), datatype=XSD.integer),
                    mo.start(), mo.end())
            _breakdown(ctx, leaf, a, mo.end())
        for mo in _EXPECTED.finditer(text):
            a = subject_event(ctx, leaf, mo.start())
            if a is None:
                continue
            ev = iri(a.key)
            add(ctx, leaf, ev, WSIS.expectedParticipantsMin, Literal(int(mo.group("lo")), datatype=XSD.integer), mo.start(), mo.end())
            add(ctx, leaf, ev, WSIS.expectedParticipantsMax, Literal(int(mo.group("hi")), datatype=XSD.integer), mo.start(), mo.end())


def _breakdown(ctx, leaf: Leaf, a: Anchor, k: int) -> None:
    """The ``其中(包括)…`` list after a stated total: one participant group per ``…N名…代表``."""
    text = leaf.text
    _, s1 = leaf.clause(k, "。")  # the list may follow a semicolon: 会议有969名与会者；其中…
    m = re.search(r"其中(?:包括)?", text[k:s1])
    if m is None:
        return
    start = k + m.end()
    slug = a.key.split("/", 1)[1]
    prev = start
    for pm in _GROUP.finditer(text, start, s1):
        # the category is what lies between the previous group and the count: …、商业部门实体的34名代表
        pre = re.sub(r"^[、,;]?(?:和|及|以及)?", "", text[prev:pm.start()])
        i, j = pm.start() - len(pre), pm.end()
        prev = j
        pre = re.sub(r"的$", "", pre)
        category = pm.group("cn") or pre or pm.group("noun")
        en = CATEGORY_EN.get(category)
        group = ID[f"participation/{slug}-{slugify(en) if en else f'group-{j}'}"]
        pairs = [
            (RDF.type, WSIS.ParticipantGroup),
            (WSIS.category, Literal(category, lang="zh")),
            (WSIS["count"], Literal(int(pm.group("n")), datatype=XSD.integer)),
            (RDFS.label, Literal(f"{category}（{slug}）", lang="zh")),
        ]
        if en:
            pairs.append((WSIS.category, Literal(en, lang="en")))
            pairs.append((RDFS.label, Literal(f"{en} ({slug})", lang="en")))
        if pm.group("nc"):
            pairs.append((WSIS.countryCount, Literal(int(pm.group("nc")), datatype=XSD.integer)))
        ctx.store.add_many(group, pairs, leaf.node, leaf.span(i, j))
        add(ctx, leaf, iri(a.key), WSIS.participation, group, i, j)


# ------------------------------------------------------------------------------------------ officers
_VICE = re.compile(r"(?P<n>\d+)位副主席")
_EX_OFFICIO = re.compile(r"各一名当然副主席")
_BUREAU = re.compile(r"组成了[^。]*?主席团")


@rule("events.officers")
def event_officers(ctx) -> None:
    for leaf, anchors in scan(ctx):
        text = leaf.text
        for mo in _VICE.finditer(text):
            s0, s1 = leaf.sentence(mo.start())
            a = next((x for x in anchors if s0 <= x.i < s1), None) or subject_event(ctx, leaf, mo.start())
            if a is None:
                continue
            ev = iri(a.key)
            vice = int(mo.group("n"))
            add(ctx, leaf, ev, WSIS.viceChairCount, Literal(vice, datatype=XSD.integer), mo.start(), mo.end())
            ex = _EX_OFFICIO.search(text, mo.end(), s1)
            ex_count = 0
            if ex:
                # the places listed right before 各一名: 瑞士和突尼斯各一名当然副主席
                places = [m for m in leaf.mentions if m.key.startswith("place/") and mo.end() <= m.i and m.j <= ex.start()]
                ex_count = len(places)
                if places:
                    add(ctx, leaf, ev, WSIS.exOfficioViceChairCount, Literal(ex_count, datatype=XSD.integer),
                        places[0].i, ex.end())
                for p in places:
                    add(ctx, leaf, ev, WSIS.exOfficioViceChairFrom, iri(p.key), p.i, ex.end())
            chair = re.search(r"被选为[^。]*?主席", text[s0:mo.start()])
            bureau = _BUREAU.search(text, mo.end(), s1)
            if chair and bureau:
                add(ctx, leaf, ev, WSIS.bureauSize, Literal(1 + vice + ex_count, datatype=XSD.integer),
                    s0 + chair.start(), bureau.end())


# ------------------------------------------------------------------------------------------ outcomes
_SET_UP = re.compile(r"成立了")
_ADOPTED = re.compile(r"通过了(?:一份|一项|一个)?")
_ADOPTED_SPLIT = re.compile(r"[，,]?以及|和")
_CONJUNCTION = re.compile(r"与(?P<x>[^,。]{2,30}?)同时(?:召开|举行)|以配合")


@rule("events.outcomes")
def event_outcomes(ctx) -> None:
    for leaf, anchors in scan(ctx):
        text = leaf.text
        for mo in _SET_UP.finditer(text):
            c0, _ = leaf.clause(mo.start())
            before = [a for a in anchors if a.j <= mo.start() and leaf.clause(a.i)[0] == c0]
            if before and re.fullmatch(r"(?:的)?", text[before[-1].j:mo.start()]):
                a, a_start = before[-1], before[-1].i
            elif re.fullmatch(r"(?:会议|大会)(?:还|也)?", text[c0:mo.start()]):  # 会议成立了…: the event named last
                a, a_start = subject_event(ctx, leaf, mo.start()), c0
                if a is None:
                    continue
            else:
                continue
            _, s1 = leaf.clause(mo.start(), "。")  # 成立了两个分委员会；分委员会1负责…
            for b in [m for m in leaf.mentions if m.key.startswith("body/") and mo.end() <= m.i and m.j <= s1]:
                add(ctx, leaf, iri(a.key), WSIS.setUp, iri(b.key), a_start, b.j)
        for mo in _ADOPTED.finditer(text):
            c0, c1 = leaf.clause(mo.start(), "。；")
            if not re.fullmatch(r"(?:(?:\d+(?:[.．]\d+)*[.．]|\d+(?:[.．]\d+)+)\s?)?(?:会议|大会|该会议|这次会议)(?:还|也)?", text[c0 : mo.start()]):
                continue  # only "会议通过了…": a named event's own adoptions; acts have their own rules
            a = subject_event(ctx, leaf, mo.start())
            if a is None:
                continue
            c0 += re.match(r"(?:(?:\d+(?:[.．]\d+)*[.．]|\d+(?:[.．]\d+)+)\s?)?", text[c0:]).end()  # the quote starts at 会议, not at the number
            pos = mo.end()
            for part in _ADOPTED_SPLIT.split(text[pos:c1]):
                k = text.index(part, pos) if part else pos
                lead = re.match(r"(?:一份|一项|一个)?", part).end()  # 以及一份…文件: the quantifier is not the item
                k, part = k + lead, part[lead:]
                item = part.rstrip("。；;,，")
                if len(item) >= 2:
                    add(ctx, leaf, iri(a.key), WSIS.adoptedText,
                        Literal(leaf.node.doc.text[slice(*leaf.span(k, k + len(item)))], lang="zh"), c0, k + len(item))
                pos = k + len(part)
        for mo in _CONJUNCTION.finditer(text):
            c0, c1 = leaf.clause(mo.start())
            s0, s1 = leaf.sentence(mo.start())
            main = [a for a in anchors if s0 <= a.i < mo.start()]
            other = [a for a in anchors if mo.start() <= a.i < s1 and (mo.group("x") is None or a.j <= mo.end())]
            if main and other and main[0].key != other[0].key:
                add(ctx, leaf, iri(main[0].key), WSIS.inConjunctionWith, iri(other[0].key), main[0].i, other[0].j)


# ------------------------------------------------------------------------------------------ invitations
_INVITED = re.compile(r"向(?P<to>[^。；]{1,60}?)发出了?参加(?P<event>[^。；]{2,40}?)的邀请(?:函|信)?")
_ISSUER_KINDS = ("post/", "org/", "person/", "body/")
_ADDRESSEE_KINDS = ("org/", "body/", "group/", "post/", "place/")
_MEMBERS_OF = re.compile(r"的?(?:成员国|会员国|部门成员|成员)")
# 联合国成员国 / 国际电联会员国 / 国际电联的部门成员: the members of an organisation, a group of its own
_MEMBER_GROUPS = {"成员国": ("member-states", "Member States"), "会员国": ("member-states", "Member States"),
                  "部门成员": ("sector-members", "Sector Members"), "成员": ("members", "members")}


def _member_group(ctx, leaf, m) -> tuple[str, int] | None:
    """The group of members an organisation mention is followed by (key, end offset), minted when new."""
    mo = _MEMBERS_OF.match(leaf.text, m.j)
    if mo is None or ctx.reference is None or not m.key.startswith(("org/", "body/")):
        return None
    slug, en = _MEMBER_GROUPS[mo.group(0).lstrip("的")]
    key = f"group/{m.key.split('/', 1)[1]}-{slug}"
    from graph_builder.entities.minting import SOURCE_DERIVED, mint

    owner = ctx.reference.by_key.get(m.key)
    owner_en = owner.en if owner is not None and owner.en else ""
    zh = leaf.node.doc.text[slice(*leaf.span(m.i, mo.end()))]
    mint(ctx.reference, key, "ActorGroup", zh, f"{owner_en} {en}" if owner_en else "",
         SOURCE_DERIVED if owner_en else "none")  # no parent: members are not a unit of it
    return key, mo.end()


# a further addressee of the invitation just named: 也向Y发出了邀请函 / 邀请信同时也发给Y
_INVITED_TOO = re.compile(r"(?:也|还|同时也|同时还)向(?P<to>[^。；]{1,40}?)发出了?邀请(?:函|信)?(?!参加)"
                          r"|邀请(?:函|信)(?:同时)?(?:也|还)(?:发|寄|送)给了?(?P<to2>[^。；]{1,40}?)(?:[，。；,;]|$)")


@rule("events.invitations")
def event_invitations(ctx) -> None:
    for leaf, anchors in scan(ctx):
        text = leaf.text
        made = []  # (end offset, directive) of the invitations of this leaf, in text order
        for mo in _INVITED.finditer(text):
            events = [a for a in anchors if mo.start("event") <= a.i and a.j <= mo.end("event")]
            if not events:
                continue
            event = events[0]
            s0, _ = leaf.sentence(mo.start())
            issuers = [m for m in leaf.mentions if s0 <= m.i and m.j <= mo.start() and m.key.startswith(_ISSUER_KINDS)]
            if not issuers:
                continue
            issuer = issuers[-1]
            directive = ID[f"directive/{leaf.node.doc.doc_id}-{slugify(leaf.node.id.split('/', 1)[1])}"
                           f"-invitation-to-{event.key.split('/', 1)[1]}"]
            i, j = issuer.i, mo.end()
            action = Literal(leaf.node.doc.text[slice(*leaf.span(i, j))], lang="zh")
            event_en = _label(ctx, event)
            add(ctx, leaf, directive, RDF.type, WSIS.Invitation, i, j)
            add(ctx, leaf, directive, RDFS.label, Literal(f"Invitation to {event_en} ({leaf.node.locator})", lang="en"), i, j)
            add(ctx, leaf, directive, RDFS.label, action, i, j)
            add(ctx, leaf, directive, WSIS.action, action, i, j)
            add(ctx, leaf, directive, WSIS.statedIn, node_iri(leaf.node.id), i, j)
            add(ctx, leaf, directive, WSIS.issuer, iri(issuer.key), i, j)
            add(ctx, leaf, directive, WSIS.object, iri(event.key), event.i, event.j)
            made.append((mo.end(), directive))
            _addressees(ctx, leaf, directive, mo.start("to"), mo.end("to"), None)
            dates = [d for d in leaf.dates if s0 <= leaf.date_ij(d)[0] and leaf.date_ij(d)[1] <= mo.start()]
            if dates and dates[-1].start_date is not None:
                d = dates[-1]
                di, _ = leaf.date_ij(d)
                add(ctx, leaf, directive, WSIS.date, _typed(d, "start"), min(di, i), j)
                add(ctx, leaf, directive, WSIS.isoDate, Literal(d.iso), min(di, i), j)
                add(ctx, leaf, directive, WSIS.datePrecision, Literal(d.precision), min(di, i), j)
        for mo in _INVITED_TOO.finditer(text):
            before = [d for end, d in made if end <= mo.start()]
            if not before:
                continue  # no invitation named before it in this paragraph
            group = "to" if mo.group("to") is not None else "to2"
            _addressees(ctx, leaf, before[-1], mo.start(group), mo.end(group), mo.start())


def _addressees(ctx, leaf, directive, a: int, b: int, quote_from: int | None) -> None:
    """Every addressee named between a and b: listed groups and bodies, and the members of an organisation
    (联合国成员国: the member states, not the UN). The quote is the name, or runs from ``quote_from``."""
    for m in leaf.mentions:
        if not (a <= m.i and m.j <= b and m.key.startswith(_ADDRESSEE_KINDS)):
            continue
        if _MEMBERS_OF.match(leaf.text, m.j):
            members = _member_group(ctx, leaf, m)
            if members is not None and members[1] <= b:
                add(ctx, leaf, directive, WSIS.addressee, iri(members[0]),
                    m.i if quote_from is None else quote_from, members[1])
            continue
        add(ctx, leaf, directive, WSIS.addressee, iri(m.key), m.i if quote_from is None else quote_from, m.j)


def _label(ctx, anchor: Anchor) -> str:
    """English name of an event: the anchor's own label, else the reference list's."""
    if anchor.label_en:
        return anchor.label_en
    ref = ctx.reference
    return ref.by_key[anchor.key].en if ref is not None and anchor.key in ref.by_key else anchor.key
