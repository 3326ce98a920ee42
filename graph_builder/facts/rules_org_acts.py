"""Resolutions, decisions and agreed conclusions (docs/MODEL.md 'Acts').

Every act the recogniser (:func:`graph_builder.entities.recognize_acts.find_resolutions`) finds becomes a
typed, labelled entity ``resolution/<body>-<number>`` (``resolution/unga-56-183``,
``resolution/itu-council-1179``, ``resolution/itu-pp-73-1998``, ``decision/ecosoc-2001-321``). Rules:

* ``org.act.cited`` -- type, labels, number, UN symbol, issuing body, council document symbol, and the
  year and place of a Plenipotentiary resolution from ``(1998 年, 明尼阿波利斯)`` or from
  ``在…举行的 1998 年…全权代表大会通过的第 73 号决议``.
* ``org.act.session`` -- the Council session that adopted a council resolution (``理事会 2000 年会议 … 第 1158
  号决议``, ``2002年国际电联理事会成立了…(第1196号决议)``).
* ``org.act.date`` -- the adoption date: a day or month right after the citation (``第56/183号决议2001年12月21日``),
  ``2002年12月，联合国大会通过第57/238号决议``, ``2001 年 12 月 21 日，联合国大会通过了一项决议`` under a heading
  citing the act, and the date line, plenary meeting (``第 90 次全体会议``) and report
  (``[根据第二委员会的报告(A/56/558/Add. 3)通过]``: wsis:adoptedOnReportOf the committee, wsis:reportSymbol the
  report's symbol) of an annexed resolution text, or of a resolution printed on its own (the adoption line at
  its end: ``2012年12月21日第61次全体会议通过``, or the date and ``第61次全体会议`` on two lines, in either order).
* ``org.act.acts-on`` -- what an act does, as typed relations: 责成 instructs, 邀请 invites, 请/要求 requests,
  欢迎 welcomes, 回顾/忆及 recalls, 重申 reaffirms, 鼓励 encourages, 呼吁/号召 calls upon, 建议/推荐 recommends (a body, e.g. the
  preparatory committee: ``建议由一个…筹备委员会…``), 成立/设立 establishes (and the body's
  wsis:createdBy), 批准/赞同/支持 endorses (another act, or the framework of an event:
  ``批准分两阶段召开峰会的框架``). The subject is the act cited just before the verb in the sentence, the act
  an anaphoric ``该决议``/``决议`` points to (the last act cited earlier in the section or its heading), or the
  act whose text an annex holds (its operative and preambular paragraphs).
* ``org.act.welcomes`` -- ``…对X表示欢迎`` after an act (or ``通过了一项决议`` under a heading citing it).
* ``org.act.renaming`` -- ``A 更名为 B`` / ``A, 后来被更名为“B”``: A wsis:renamedTo B, and the act cited in the
  sentence wsis:renames A (A wsis:renamedBy it) with its date (wsis:renamedOn).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from graph_builder.entities.recognize_acts import AGREED_CONCLUSIONS, DECISION, Resolution, find_resolutions
from graph_builder.facts import Context, rule
from graph_builder.facts.rules_org_base import (
    CLAUSE_END,
    M,
    Passage,
    add_date,
    ensure_entity,
    entity_class,
    iri,
    is_typed,
    passages,
    section_of,
    year_literal,
)
from graph_builder.normalize import normalize
from graph_builder.rdf.namespaces import ID, WSIS, slugify

# The bodies that issue acts, with the slug used in act IRIs and the English label template.
ISSUERS = {
    "body/unga": ("unga", "UNGA resolution {n}"),
    "body/itu-council": ("itu-council", "ITU Council Resolution {n}"),
    "body/itu-plenipotentiary-conference": ("itu-pp", "ITU Plenipotentiary Conference Resolution {n}"),
    "body/ecosoc": ("ecosoc", "ECOSOC resolution {n}"),
    "body/wtdc": ("itu-wtdc", "World Telecommunication Development Conference Resolution {n}"),
    # the regional commissions adopt resolutions of their own (ECA 924(XLVII), ESCAP 70/1)
    "org/eca": ("eca", "ECA resolution {n}"),
    "org/ece": ("ece", "ECE resolution {n}"),
    "org/eclac": ("eclac", "ECLAC resolution {n}"),
    "org/escap": ("escap", "ESCAP resolution {n}"),
    "org/escwa": ("escwa", "ESCWA resolution {n}"),
}
_PP = "body/itu-plenipotentiary-conference"
# Conferences whose acts are cited with year and place ('(2017年，布宜诺斯艾利斯)') and renumbered (revised) by
# each conference: the act's IRI carries the year
_BY_YEAR = (_PP, "body/wtdc")
_EN_KIND = {DECISION: "decision", AGREED_CONCLUSIONS: "agreed conclusions"}
_ZH_KIND = {"resolution": "决议", DECISION: "决定", AGREED_CONCLUSIONS: "商定结论"}
_CLASS = {"resolution": WSIS.Resolution, DECISION: WSIS.Decision, AGREED_CONCLUSIONS: WSIS.AgreedConclusions}

_UN_SESSION_NUMBER = re.compile(r"^\d{2}/\d+[A-Z]?$")  # UNGA: session/number
_YEAR_NUMBER = re.compile(r"^(?:19|20)\d{2}/\d+$")  # ECOSOC decisions and agreed conclusions: year/number
_YEAR = re.compile(r"((?:19|20)\d{2})年")


@dataclass
class CitedAct:
    """One citation of an act in a passage, resolved to its issuer and IRI."""

    passage: Passage
    res: Resolution
    i: int  # normalised span of the citation in the passage
    j: int
    issuer: str | None
    issuer_span: tuple[int, int]
    year: int | None = None
    year_span: tuple[int, int] | None = None
    place_key: str | None = None
    place_span: tuple[int, int] | None = None
    iri: URIRef | None = None

    @property
    def node(self):
        return self.passage.node


# ----------------------------------------------------------------------------------------------------------
# Resolving citations
# ----------------------------------------------------------------------------------------------------------


def issuer_key(ctx: Context, key: str) -> str | None:
    """The issuing body a mention stands for: the body itself, or the body an event is a session of
    (``1998年国际电信联盟全权代表大会`` -> the Plenipotentiary Conference)."""
    if key in ISSUERS:
        return key
    ref = ctx.reference
    if ref is not None and key.startswith("event/") and key in ref.by_key and ref.by_key[key].parent in ISSUERS:
        return ref.by_key[key].parent
    return None


def _issuer(p: Passage, r: Resolution, i: int, j: int) -> tuple[str | None, tuple[int, int]]:
    """The issuing body of a cited act and the span that says so (see the module docstring)."""
    if r.preceding_span:
        pi, _ = p.nidx(*r.preceding_span)
        named = [m for m in p.mentions if m.j > pi and m.j <= i and issuer_key(p.ctx, m.key)]
        if named:
            return issuer_key(p.ctx, named[-1].key), (max(named[-1].i, pi), j)
    if r.year and r.place:  # "(1998 年, 明尼阿波利斯)": how ITU cites Plenipotentiary resolutions
        # …世界电信发展大会在布宜诺斯艾利斯举行，并修订了第30号决议（2017年，布宜诺斯艾利斯）: an act of the
        # conference the sentence names before it, held in the act's city
        a, _ = p.sentence_of(i)
        conf = [m for m in p.in_range(a, i) if issuer_key(p.ctx, m.key) in _BY_YEAR]
        if conf and issuer_key(p.ctx, conf[-1].key) != _PP and r.place in p.text[a:i]:
            return issuer_key(p.ctx, conf[-1].key), (conf[-1].i, p.nidx(*r.note_span)[1])
        return _PP, (i, p.nidx(*r.note_span)[1])
    if r.symbol:  # A/RES/… the General Assembly, E/RES/… the Economic and Social Council
        return ("body/ecosoc" if r.symbol.startswith("E/") else "body/unga"), (i, j)
    if r.kind == "resolution" and _UN_SESSION_NUMBER.match(r.number):
        return "body/unga", (i, j)
    # year/number (2006/46, 2001/321): how ECOSOC numbers its resolutions, decisions and agreed conclusions
    if _YEAR_NUMBER.match(r.number):
        return "body/ecosoc", (i, j)
    if r.doc_symbol:  # "(C2000/87 号文件)": a Council document
        return "body/itu-council", (i, p.nidx(*r.note_span)[1])
    a, b = p.sentence_of(i)
    before = [m for m in p.in_range(a, i) if issuer_key(p.ctx, m.key)]
    if before:
        return issuer_key(p.ctx, before[-1].key), (before[-1].i, j)
    after = [m for m in p.in_range(j, b) if issuer_key(p.ctx, m.key)]
    if after:
        return issuer_key(p.ctx, after[0].key), (i, after[0].j)
    return None, (i, j)


def _pp_year_place(p: Passage, c: CitedAct) -> None:
    """Year and place of a Plenipotentiary resolution: the note, else ``在X举行的 1998 年…全权代表大会通过的``."""
    r = c.res
    if r.year:
        c.year, c.year_span = r.year, (c.i, p.nidx(*r.note_span)[1])
        if r.place_span:
            pi, pj = p.nidx(*r.place_span)
            places = p.in_range(pi, pj, ("place",))
            if places:
                c.place_key, c.place_span = places[0].key, (c.i, p.nidx(*r.note_span)[1])
        return
    if not r.preceding_span:
        return
    # The clause before the citation, back to the last clause boundary.
    k = c.i
    while k > 0 and p.text[k - 1] not in CLAUSE_END:
        k -= 1
    clause = p.text[k : c.i]
    if not clause.endswith("通过的"):
        return
    y = list(_YEAR.finditer(clause))
    if y:
        c.year, c.year_span = int(y[-1].group(1)), (k + y[-1].start(), c.j)
    held = re.search(r"在(.+?)举行的", clause)
    if held:
        cities = [m for m in p.in_range(k + held.start(1), k + held.end(1), ("place",))
                  if entity_class(p.ctx, m.key) == "City"]
        if cities:
            c.place_key, c.place_span = cities[-1].key, (k + held.start(), c.j)


# "理事会 2000 年会议" / "2001 年理事会" / "2002年国际电联理事会" / "国际电信联盟理事会 2001 年届会"
_COUNCIL_SESSION = re.compile(
    r"(?:(?P<y1>(?:19|20)\d{2})年(?:国际电联|国际电信联盟|电联)?理事会)"
    r"|(?:理事会(?P<y2>(?:19|20)\d{2})年(?:会议|届会))"
)


def _council_session(p: Passage, c: CitedAct) -> None:
    """The Council session (year) that adopted a council resolution: the nearest session phrase before the
    citation in its passage, else one after it in the same sentence; a year in brackets right after the
    citation (理事会第1267号决议（2007年）) says it first."""
    if c.res.year:
        c.year, c.year_span = c.res.year, (c.i, p.nidx(*c.res.note_span)[1])
        return
    before = list(_COUNCIL_SESSION.finditer(p.text, 0, c.i))
    if before:
        m, span = before[-1], (before[-1].start(), c.j)
    else:
        m = _COUNCIL_SESSION.search(p.text, c.j, p.sentence_of(c.i)[1])
        if m is None:
            return
        span = (c.i, m.end())
    c.year, c.year_span = int(m.group("y1") or m.group("y2")), span


def act_iri(kind: str, issuer: str, number: str, year: int | None) -> URIRef:
    prefix = {"resolution": "resolution", DECISION: "decision", AGREED_CONCLUSIONS: "agreed-conclusions"}[kind]
    slug = f"{ISSUERS[issuer][0]}-{slugify(number).replace('.', '-')}"
    if issuer in _BY_YEAR and year:  # Plenipotentiary resolutions are renumbered by each conference
        slug += f"-{year}"
    return ID[f"{prefix}/{slug}"]


def cited_acts(ctx: Context) -> list[CitedAct]:
    """Every act citation in the corpus, resolved; cached on the context."""
    cache = getattr(ctx, "_org_acts", None)
    if cache is not None:
        return cache
    out: list[CitedAct] = []
    for p in passages(ctx):
        for r in find_resolutions(p.norm):
            i, j = p.nidx(r.start, r.end)
            issuer, span = _issuer(p, r, i, j)
            c = CitedAct(p, r, i, j, issuer, span)
            if issuer in _BY_YEAR:
                _pp_year_place(p, c)
            elif issuer == "body/itu-council":
                _council_session(p, c)
            out.append(c)
    # A Plenipotentiary resolution cited without its year takes the one year its other citations give.
    years: dict[str, set[int]] = {}
    for c in out:
        if c.issuer in _BY_YEAR and c.year:
            years.setdefault(c.res.number, set()).add(c.year)
    for c in out:
        if c.issuer is None:
            continue
        year = c.year
        if c.issuer in _BY_YEAR and year is None and len(years.get(c.res.number, ())) == 1:
            year = next(iter(years[c.res.number]))
        c.iri = act_iri(c.res.kind, c.issuer, c.res.number, year)
    ctx._org_acts = out  # type: ignore[attr-defined]
    return out


def labels(kind: str, issuer: str, number: str) -> tuple[str, str]:
    """(en, zh) labels: the English from the issuer's template, the Chinese as the texts cite it."""
    en = ISSUERS[issuer][1].format(n=number)
    if kind in _EN_KIND:
        en = en.replace("resolution", _EN_KIND[kind]).replace("Resolution", _EN_KIND[kind])
    return en, f"第{number}号{_ZH_KIND[kind]}"


def event_of(ctx: Context, body: str, year: int) -> URIRef:
    """The session/conference of ``body`` in ``year``: a reference event when the list has one, else the
    shared IRI pattern (event/itu-council-2001, event/itu-pp-2002)."""
    cls = {"body/itu-council": "CouncilSession", _PP: "PlenipotentiaryConference"}.get(body)
    if ctx.reference is not None and cls:
        for e in ctx.reference.entities:
            if e.cls == cls and e.parent == body and str(year) in e.en:
                return iri(e.key)
    slug = {"body/itu-council": "itu-council", _PP: "itu-pp"}.get(body, body.split("/", 1)[1])
    return ID[f"event/{slug}-{year}"]


# ----------------------------------------------------------------------------------------------------------
# Rules
# ----------------------------------------------------------------------------------------------------------


@rule("org.act.cited")
def act_cited(ctx: Context) -> None:
    """Type, labels, number, symbol, issuer, document symbol, PP year and place of every cited act."""
    for c in cited_acts(ctx):
        if c.iri is None:
            continue
        p, r, s = c.passage, c.res, c.iri
        en, zh = labels(r.kind, c.issuer, r.number)
        p.add(s, RDF.type, _CLASS[r.kind], c.i, c.j)
        p.add(s, RDFS.label, Literal(en, lang="en"), c.i, c.j)
        p.add(s, RDFS.label, Literal(zh, lang="zh"), c.i, c.j)
        p.add(s, WSIS.number, Literal(r.number), c.i, c.j)
        surface = normalize(r.surface).replace(" ", "")
        if surface != zh and not re.search("[和、,]", surface):
            p.add(s, SKOS.altLabel, Literal(surface, lang="zh"), c.i, c.j)
        if r.symbol:
            p.add(s, WSIS.symbol, Literal(r.symbol), c.i, c.j)
            p.add(s, SKOS.altLabel, Literal(r.symbol, lang="en"), c.i, c.j)
        p.add(s, WSIS.issuedBy, iri(c.issuer), *c.issuer_span)
        if r.doc_symbol:
            p.add(s, WSIS.documentSymbol, Literal(r.doc_symbol), c.i, p.nidx(*r.note_span)[1])
        if c.issuer == "body/unga" and "/" in r.number:
            p.add(s, WSIS.session, Literal(r.number.split("/")[0]), c.i, c.j)
        if c.year and c.issuer in _BY_YEAR:
            p.add(s, WSIS.year, year_literal(c.year), *c.year_span)
            event = event_of(ctx, c.issuer, c.year)
            if is_typed(ctx, event):  # the conference as the events rules or the reference list know it
                p.add(s, WSIS.adoptedAt, event, *c.year_span)
        if c.place_key:
            p.add(s, WSIS.adoptedIn, iri(c.place_key), *c.place_span)


@rule("org.act.session")
def act_session(ctx: Context) -> None:
    """The Council session (year, event) that adopted a council resolution (see :func:`_council_session`)."""
    for c in cited_acts(ctx):
        if c.iri is None or c.issuer != "body/itu-council" or c.year is None:
            continue
        p = c.passage
        p.add(c.iri, WSIS.year, year_literal(c.year), *c.year_span)
        p.add(c.iri, WSIS.session, Literal(str(c.year)), *c.year_span)
        event = event_of(ctx, "body/itu-council", c.year)
        if is_typed(ctx, event):
            p.add(c.iri, WSIS.adoptedAt, event, *c.year_span)


def _heading_act(ctx: Context, node) -> CitedAct | None:
    """The act cited in the heading of the section (or annex) holding ``node``."""
    sec = section_of(node)
    while sec is not None:
        heads = [c for c in cited_acts(ctx) if c.iri is not None and c.node.parent is sec and c.node.kind == "Heading"]
        if heads:
            return heads[-1]
        sec = section_of(sec)
    return None


def _annex_act(ctx: Context, node) -> CitedAct | None:
    """The act whose text an annex holds: the act cited in the annex's own heading (``56/183. 信息社会…``)."""
    for a in node.ancestors():
        if a.kind == "Annex":
            heads = [c for c in cited_acts(ctx) if c.iri is not None and c.node.parent is a
                     and c.node.kind == "Heading" and c.res.surface == c.res.number]
            return heads[0] if heads else None
    return None


@rule("org.act.date")
def act_date(ctx: Context) -> None:
    """Adoption dates, plenary meetings and reports (see the module docstring)."""
    acts = cited_acts(ctx)
    for c in acts:
        if c.iri is None:
            continue
        p = c.passage
        for dm in p.dates():
            di, dj = p.nidx(*dm.date_span)
            if dm.precision not in ("day", "month"):
                continue
            bracketed = p.text[c.j:di] == "(" and p.text[dj:dj + 1] == ")"
            if di == c.j or bracketed or (c.res.note_span and di == p.nidx(*c.res.note_span)[1]):
                # "第56/183号决议2001年12月21日批准…": the date right after the citation, or in brackets after it
                # as UN texts cite acts (第70/125号决议（2015年12月16日）)
                add_date(p, c.iri, WSIS.date, dm, c.i, dj)
                p.add(c.iri, WSIS.year, year_literal(dm.start_date.year), c.i, dj)
            elif dj <= c.i and re.fullmatch(r"[,，]?[^。；,，]{0,12}通过(?:了)?", p.text[dj:c.i].removesuffix("第")):
                # "2002年12月，联合国大会通过第57/238号决议"
                add_date(p, c.iri, WSIS.date, dm, di, c.j)
                p.add(c.iri, WSIS.year, year_literal(dm.start_date.year), di, c.j)
            elif dj <= c.i and re.fullmatch(r"[^。；,，]{0,16}", p.text[dj:c.i]) and c.res.kind == DECISION:
                # "经济及社会理事会 2001 年 10 月 24 日第 2001/321 号决定"
                add_date(p, c.iri, WSIS.date, dm, di, c.j)
    # "2001 年 12 月 21 日，联合国大会通过了一项决议" under a heading citing the act.
    for p in passages(ctx):
        for dm in p.dates():
            if dm.precision not in ("day", "month"):
                continue
            di, dj = p.nidx(*dm.date_span)
            m = re.match(r"[,，]?([^。；,，]{0,12})通过了?一项(?:决议|决定)", p.text[dj:])
            if not m:
                continue
            head = _heading_act(ctx, p.node)
            if head is None:
                continue
            end = dj + m.end()
            add_date(p, head.iri, WSIS.date, dm, di, end)
            p.add(head.iri, WSIS.year, year_literal(dm.start_date.year), di, end)
    # An annexed resolution text: its date line, plenary meeting and report.
    for p in passages(ctx):
        act = _annex_act(ctx, p.node)
        if act is None:
            continue
        if p.node.kind == "DateLine":
            for dm in p.dates():
                di, dj = p.nidx(*dm.date_span)
                add_date(p, act.iri, WSIS.date, dm, di, dj)
                p.add(act.iri, WSIS.year, year_literal(dm.start_date.year), di, dj)
        m = re.search(r"第(\d+)次全体会议", p.text)
        if m and p.node.kind in ("Signature", "DateLine", "Fragment"):
            p.add(act.iri, WSIS.plenaryMeeting, Literal(int(m.group(1)), datatype=XSD.integer), m.start(), m.end())
        _report_line(p, act.iri)
    _main_text_adoption(ctx)


# An adoption line on its own: "2012年12月21日第61次全体会议通过", or "第61次全体会议" under a line holding the date.
_ADOPTION_LINE = re.compile(r"\s*(?P<date>[^第]{0,20}?)\s*第\s*(?P<n>\d+)\s*次全体会议\s*(?:通过|上通过)?\s*[。.]?\s*")
_REPORT_LINE = re.compile(r"\s*[\[［]?\s*(?:根据)?[^\]］]{1,30}的报告\s?[(（][^)）]+[)）]\s?通过\s*[\]］]?\s*")


def _main_text_adoption(ctx: Context) -> None:
    """The adoption line and the report line of a resolution printed as a document of its own (not annexed):
    the act its title block names (the masthead symbol ``A/RES/67/983`` or the ``67/983. …`` title) gets the
    date and plenary meeting of the line ``…日第61次全体会议通过`` (the date may stand on the line before) and the
    report the line ``[根据第二委员会的报告(A/67/437/Add.2)通过]`` names."""
    from graph_builder.facts.rules_decisions import _act_headings, act_of

    headings = _act_headings(ctx)
    for doc_id in headings:
        leaves = [p for p in passages(ctx, doc_id) if _annex_act(ctx, p.node) is None]
        # a report line the layout took for the title of a section with nothing in it (it stands between the
        # session line and the act's title): a leaf of its own, read here only as a report line
        titles = [Passage(ctx, n) for n in ctx.doc(doc_id).nodes if n.kind == "Section" and not n.children
                  and _annex_act(ctx, n) is None]
        for p in titles:
            if len(p.text) <= 60 and _REPORT_LINE.fullmatch(p.text):
                act = act_of(headings, p.node, after=True) or act_of(headings, p.node)
                if act is not None:
                    _report_line(p, ID[act[1]])
        for k, p in enumerate(leaves):
            if len(p.text) > 60:
                continue
            if _REPORT_LINE.fullmatch(p.text):
                act = act_of(headings, p.node, after=True) or act_of(headings, p.node)
                if act is not None:
                    _report_line(p, ID[act[1]])
                continue
            m = _ADOPTION_LINE.fullmatch(p.text)
            act = act_of(headings, p.node) if m else None
            if act is None:
                continue
            res = ID[act[1]]
            p.add(res, WSIS.plenaryMeeting, Literal(int(m.group("n")), datatype=XSD.integer), m.start("n") - 1, m.end())
            dated = [(p, dm) for dm in p.dates() if p.nidx(*dm.date_span)[1] <= m.start("n")]
            # the date on a line of its own before the meeting line, else after it (ECOSOC prints it below)
            for q in ([leaves[k - 1]] if k > 0 else []) + ([leaves[k + 1]] if k + 1 < len(leaves) else []):
                if not dated and re.fullmatch(r"\s*\d{4}\s*年[\d\s月日]*[。.]?\s*", q.text):
                    dated = [(q, dm) for dm in q.dates()]
            for q, dm in dated[:1]:
                if dm.precision != "day":
                    continue
                di, dj = q.nidx(*dm.date_span)
                add_date(q, res, WSIS.date, dm, di, dj)
                q.add(res, WSIS.year, year_literal(dm.start_date.year), di, dj)


def _report_line(p: Passage, act: URIRef) -> None:
    """``根据第二委员会的报告(A/56/558/Add.3)通过`` (also without 根据, opening the line, as the Official Records
    print it: ``第二委员会的报告（A/70/476/Add.2）通过``): the committee whose report the act was adopted on, and
    the report's symbol."""
    m = re.search(r"(?:根据|^[\s\[［]*)(.{1,20}?)的报告\s?[(（]([^)）]+)[)）]\s?通过", p.text)
    if not m:
        return
    bodies = p.in_range(m.start(1), m.end(1), ("body",))
    if bodies:
        p.add(act, WSIS.adoptedOnReportOf, iri(bodies[-1].key), m.start(), m.end())
    symbol = re.sub(r"\s+", "", m.group(2))  # the report's UN symbol, A/56/558/Add.3
    if re.fullmatch(r"[A-Z]+(?:/[A-Za-z0-9.]+)+", symbol):
        p.add(act, WSIS.reportSymbol, Literal(symbol), m.start(2), m.end(2))


# Verbs of acts, longest first, and the relation each states.
_VERBS = [
    ("责成", WSIS.instructs), ("邀请", WSIS.invites), ("要求", WSIS.requests), ("敦请", WSIS.requests),
    ("欢迎", WSIS.welcomes), ("回顾", WSIS.recalls), ("忆及", WSIS.recalls), ("重申", WSIS.reaffirms),
    ("鼓励", WSIS.encourages), ("建议", WSIS.recommends), ("推荐", WSIS.recommends),
    ("呼吁", WSIS.callsUpon), ("号召", WSIS.callsUpon),
    ("成立", WSIS.establishes), ("设立", WSIS.establishes),
    ("批准", WSIS.endorses), ("赞同", WSIS.endorses), ("支持", WSIS.endorses), ("请", WSIS.requests),
]
_VERB_RE = re.compile("|".join(v for v, _ in _VERBS))
# words before a listed name that only qualify it (其它有关的国际组织: the international organizations)
_FILLER = re.compile(r"(?:了|进一步|一个|一项|两个|\d+个|所有的?|(?:其他|其它|有关|相关)的?|《)*")
_OBJECT_KINDS = ("org", "body", "post", "person", "event", "document", "group")
_ANAPHORA = re.compile(r"^(?:[^。；,，]{0,10}的)?(?:该|这一|此|本)?决议(?:还|同时|也)?")
_LIST_SEP = re.compile(r"(?:、|和|及|以及|与)(?:特别是)?|[、，,]?特别是")
_GENERIC_TAIL = re.compile(r"(?:(?:所有|各|有关|相关|其他|其它)的?)*(?:机构|组织|部门|实体)")
_FRAMEWORK = re.compile(r"([^。；,，]{0,24}?)的?框架")


def _subject_act(ctx: Context, p: Passage, k: int) -> CitedAct | None:
    """The act doing what the verb at ``k`` says: the last act cited before it in the sentence, or the act an
    anaphoric ``该决议``/``这一决议``/``决议`` opening the sentence points to (the last act cited earlier in the
    same section, its heading included)."""
    a, _ = p.sentence_of(k)
    here = [c for c in cited_acts(ctx) if c.passage is p and a <= c.i and c.j <= k and c.iri is not None]
    if here:
        return here[-1]
    m = _ANAPHORA.match(p.text[a:k])
    if m and m.end() == k - a:
        where = p.norm.offsets[k]
        section = section_of(p.node)
        earlier = [c for c in cited_acts(ctx) if c.iri is not None and c.passage.doc_id == p.doc_id
                   and c.res.start < where and section_of(c.node) is section]
        if earlier:
            return earlier[-1]
        return _heading_act(ctx, p.node)
    return None


def _objects(ctx: Context, p: Passage, k: int, end: int) -> list[M | CitedAct]:
    """What the verb ending at ``k`` acts on: the entity or act citation right after it, plus any listed with
    it (、/和/特别是). A mention followed by 的 is a modifier, not the object; an issuing body followed by its
    act (理事会第 2001/1 号商定结论) stands for the act; ``X…通过的 <document>`` is the document."""
    acts = [c for c in cited_acts(ctx) if c.passage is p and c.iri is not None]
    out: list = []
    pos = _FILLER.match(p.text, k).end()
    while pos < end:
        m = p.mention_at(pos, _OBJECT_KINDS)
        at = [c for c in acts if c.i == pos or (m is not None and m.key in ISSUERS and c.i in (m.j, m.j + 1))]
        if at:
            out.append(at[0])
            pos = at[0].j
        elif m is None:
            break
        else:
            rest = p.text[m.j : end]
            adopted = re.match(r"[^，,。；]{0,24}?通过的", rest)
            if adopted:
                docs = p.in_range(m.j + adopted.end(), end, ("document",))
                if docs and docs[0].i <= m.j + adopted.end() + 12:
                    out.append(docs[0])
                break
            if rest.startswith("的"):
                break
            out.append(m)
            pos = m.j
            # "联合国所有相关机构、特别是…": a generic noun after the name still lists what follows
            tail = _GENERIC_TAIL.match(p.text, pos)
            if tail and _LIST_SEP.match(p.text[tail.end() : end]):
                pos = tail.end()
        sep = _LIST_SEP.match(p.text[pos:end])
        if not sep:
            break
        pos = _FILLER.match(p.text, pos + sep.end()).end()
    return out


def _unnumbered_act(ctx: Context, p: Passage, k: int, end: int) -> CitedAct | None:
    """``国际电信联盟理事会 2001 年届会通过的决议``: the one act of that body and session year cited anywhere."""
    m = re.match(r"(?:了)?(.{2,14}?)\s?((?:19|20)\d{2})年(?:届会|会议)通过的决议", p.text[k:end])
    if not m:
        return None
    bodies = [b for b in p.in_range(k + m.start(1), k + m.end(1)) if b.key in ISSUERS]
    if not bodies:
        return None
    year = int(m.group(2))
    same = {c.iri for c in cited_acts(ctx) if c.iri is not None and c.issuer == bodies[0].key
            and _act_year(ctx, c.iri) == year}
    if len(same) != 1:
        return None
    iri_ = next(iter(same))
    return next(c for c in cited_acts(ctx) if c.iri == iri_)


def _act_in_parenthesis(ctx: Context, p: Passage, k: int, end: int) -> CitedAct | None:
    """``理事会成立了一个WSIS工作组 (第1196号决议)``: the act cited in brackets right after the new body."""
    pos = _FILLER.match(p.text, k).end()
    m = p.mention_at(pos, ("body",))
    if m is None:
        return None
    bracket = re.match(r"\s?[(（]", p.text[m.j : end])
    if not bracket:
        return None
    return next((c for c in cited_acts(ctx) if c.passage is p and c.iri is not None
                 and m.j + bracket.end() <= c.i <= m.j + bracket.end() + 2), None)


def _act_year(ctx: Context, act: URIRef) -> int | None:
    """The year of an act as its citations give it (note, clause or council session)."""
    years = sorted({c.year for c in cited_acts(ctx) if c.iri == act and c.year})
    return years[0] if len(years) == 1 else None


def framework_iri(event_key: str) -> URIRef:
    return ID[f"framework/{event_key.split('/', 1)[1]}"]


@rule("org.act.acts-on")
def act_acts_on(ctx: Context) -> None:
    """Typed relations from an act to what it instructs, invites, endorses, establishes … (module docstring)."""
    for p in passages(ctx):
        annex_act = _annex_act(ctx, p.node) if p.node.kind in ("OperativeParagraph", "Preamble", "Fragment") else None
        for vm in _VERB_RE.finditer(p.text):
            verb, k = vm.group(0), vm.end()
            prop = dict(_VERBS)[verb]
            a, b = p.sentence_of(vm.start())
            subject = _subject_act(ctx, p, vm.start())
            if subject is None and annex_act is not None:
                # The verb opens an operative/preambular paragraph of the annexed act, or a clause of it.
                if re.search(r"(?:^(?:\d+(?:\.\d+)*\.|\d+(?:\.\d+)+)?|[，,；;]\s?)(?:并|还|又)?\s?$", p.text[a : vm.start()]):
                    subject = annex_act
            if subject is None and prop == WSIS.establishes:
                subject = _act_in_parenthesis(ctx, p, k, b)
            if subject is None:
                continue
            if verb == "请" and p.text[vm.start() - 1 : vm.start()] in ("邀", "敦", "申"):
                continue
            if p.text[vm.start() - 1 : vm.start()] in ("以", "的"):  # 以支持峰会: a purpose, not an act's decision
                continue
            clause_end = next((x for x in range(k, b) if p.text[x] in CLAUSE_END), b)
            ev_start = min(subject.i, vm.start()) if subject.passage is p else vm.start()
            # "批准分两阶段召开峰会的框架": the framework of an event.
            if prop == WSIS.endorses:
                fm = _FRAMEWORK.match(p.text, k)
                if fm and fm.end() <= clause_end:
                    events = p.in_range(k, fm.end(), ("event",))
                    if events:
                        fw = framework_iri(events[-1].key)
                        ensure_entity(p, fw, WSIS.Framework, _framework_en(ctx, events[-1].key),
                                      p.text[events[-1].i : events[-1].j] + "框架", ev_start, fm.end())
                        p.add(fw, WSIS.concerns, iri(events[-1].key), events[-1].i, fm.end())
                        p.add(subject.iri, prop, fw, ev_start, fm.end())
                        continue
            unnumbered = _unnumbered_act(ctx, p, k, clause_end)
            if unnumbered is not None and unnumbered.iri != subject.iri:
                p.add(subject.iri, prop, unnumbered.iri, ev_start, clause_end)
                continue
            if prop == WSIS.recommends:  # 建议由一个…委员会…: what is recommended is that body (only a body)
                k = re.match(r"(?:由)?", p.text[k:]).end() + k
            for obj in _objects(ctx, p, k, clause_end):
                if prop == WSIS.recommends and (isinstance(obj, CitedAct) or obj.kind != "body"):
                    continue
                ev_end = max(obj.j, subject.j) if subject.passage is p else obj.j
                if isinstance(obj, CitedAct):
                    if obj.iri != subject.iri:
                        p.add(subject.iri, prop, obj.iri, ev_start, ev_end)
                    continue
                if prop == WSIS.endorses:  # what an act endorses is another act or a framework, never an agent
                    continue
                p.add(subject.iri, prop, iri(obj.key), ev_start, ev_end)
                if prop == WSIS.establishes and obj.kind == "body":
                    p.add(iri(obj.key), WSIS.createdBy, subject.iri, ev_start, ev_end)
                    year = _act_year(ctx, subject.iri)
                    if year:
                        p.add(iri(obj.key), WSIS.creationDate, year_literal(year), ev_start, ev_end)


@rule("org.act.welcomes")
def act_welcomes(ctx: Context) -> None:
    """``…第 2001/1 号商定结论对即将举行的峰会表示欢迎`` / ``联合国大会通过了一项决议，对信息社会世界峰会表示欢迎``:
    the act cited before in the sentence (or the act of the section heading, for 一项决议) welcomes X."""
    for p in passages(ctx):
        for wm in re.finditer(r"对([^，。；,]{1,24}?)表示欢迎", p.text):
            a, _ = p.sentence_of(wm.start())
            subject = _subject_act(ctx, p, wm.start())
            if subject is None and re.search(r"通过了?一项决议", p.text[a : wm.start()]):
                subject = _heading_act(ctx, p.node)
            targets = p.in_range(wm.start(1), wm.end(1), _OBJECT_KINDS)
            if subject is None or not targets:
                continue
            start = subject.i if subject.passage is p else wm.start()
            p.add(subject.iri, WSIS.welcomes, iri(targets[-1].key), start, wm.end())


def _framework_en(ctx: Context, event_key: str) -> str:
    ref = ctx.reference
    name = ref.by_key[event_key].en if ref is not None and event_key in ref.by_key else event_key
    return f"Framework of the {name}"


_RENAMED = re.compile(r"(?:后来)?(?:被)?更名为[“\"]?")


@rule("org.act.renaming")
def act_renaming(ctx: Context) -> None:
    """``A 更名为 B``: A renamedTo B; the act in the sentence renames A, on its date."""
    for p in passages(ctx):
        for rm in _RENAMED.finditer(p.text):
            a, b = p.sentence_of(rm.start())
            new = p.mention_at(rm.end(), ("body", "org"))
            if new is None:
                continue
            # The old name: the body mention closing right before, or opening the parenthesis it sits in.
            k = rm.start()
            while k > a and p.text[k - 1] in " ,，、":
                k -= 1
            old = p.mention_ending(k, ("body", "org"))
            if old is None:
                paren = p.text.rfind("（", a, rm.start()), p.text.rfind("(", a, rm.start())
                q = max(paren)
                if q >= 0:
                    inner = p.in_range(q, rm.start(), ("body", "org"))
                    before = p.last_before(q, ("body", "org"), a)
                    old = inner[0] if inner else before
            if old is None or old.key == new.key:
                continue
            end = new.j + (1 if p.text[new.j : new.j + 1] == "”" else 0)
            p.add(iri(old.key), WSIS.renamedTo, iri(new.key), old.i, end)
            # "按照…第 2001/321 号决定，A 更名为 B": only an act whose clause leads straight into the renaming
            acts = [c for c in cited_acts(ctx) if c.passage is p and a <= c.i and c.j <= old.i
                    and re.fullmatch(r"[，,]?\s?", p.text[c.j : old.i]) and c.iri is not None]
            for c in acts:
                p.add(c.iri, WSIS.renames, iri(old.key), c.i, end)
                p.add(iri(old.key), WSIS.renamedBy, c.iri, c.i, end)
                for dm in p.dates():
                    di, dj = p.nidx(*dm.date_span)
                    if dm.precision == "day" and a <= di and dj <= c.i:
                        add_date(p, iri(old.key), WSIS.renamedOn, dm, di, end)
