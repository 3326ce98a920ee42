"""Directives: who is asked, invited, instructed or committed to do what, by when ('Commitments…').

Vocabulary: docs/MODEL.md 'Directives'. One wsis:Directive node per directive, IRI
``id/directive/{doc}-{node path}-{k}`` (k-th directive of that node, so it is stable), with ``wsis:action`` the
verbatim clause (@zh), ``wsis:statedIn`` the node, ``wsis:addressee`` and ``wsis:issuer`` where the text
names them, and its date: ``wsis:deadline`` + ``wsis:deadlineQualifier "before"`` for ``于/在/到…(之前|以前|前)``,
``wsis:reviewDate`` for a review to be held at a date, otherwise ``wsis:date``; always ``wsis:isoDate`` and
``wsis:datePrecision`` (``2006-Q2``, ``2005``, ``--05-17``); ``wsis:recipient`` the body a report goes to
(``向X提交…报告``) and ``wsis:object`` the bodies and events the action names.

Rules:

* ``actions.directives`` -- a request verb directly followed by the entity it addresses: ``(我们)(进一步)要求``,
  ``请``, ``请求``, ``敦请``, ``敦促`` -> wsis:Request; ``邀请`` -> wsis:Invitation; ``责成`` -> wsis:Instruction;
  ``呼吁`` -> wsis:Call; ``鼓励``, ``建议`` -> wsis:Recommendation; several addressees joined by 、/和 are all
  addressed. ``我们(还|再次|将…)(承诺|致力于|决心|努力|做出承诺)``, ``我们重申(对X的)承诺`` -> wsis:Commitment of the issuer itself; ``我们(进一步)决定`` -> wsis:DecisionItem.
* ``actions.modal`` -- a clause whose subject is a run of named agents or actor groups followed by a modal
  ``应/应当/应该/需/需要/必须`` (``各国政府应…``, ``私营部门和民间团体应…``, ``到2005年，相关国际组织应…``)
  -> wsis:Recommendation addressed to them (what they should do). A request whose clause ends in a colon
  before sub-items (``请各国政府：i. … ii. …``) takes the sub-items as its action; a sub-item with a deadline
  of its own (``(i) 于…之前…``, ``(ii) 最迟于…``) is also a directive of that kind to the same addressees, by then.
* ``actions.deadlines`` -- a sentence with a ``before`` deadline that no request verb addresses to an entity
  (``所有国家均应鼓励在2005年之前制定出…``) is a wsis:Target to be met by that date.
* ``actions.targets`` -- a paragraph whose own words announce 下列指标/目标 (the following targets) and a deadline and that
  lists sub-items (Plan of Action para 6 a)-j)): each sub-item is a wsis:Target with that deadline,
  ``dcterms:isPartOf`` the list's paragraph.

What the action names: a body's numbered meeting (``召开/出席X第一次会议``) is the ``wsis:object``, not the body; a
body named only in an aside (``（后更名为X）``, ``（现称X）``, ``，即X，``) is neither object nor addressee, and an
addressee is never also an object. The action ends where the speakers open a new statement in the same sentence
(``…，与此同时，我们支持…``, ``此外，我们…``, ``因此我们强调…``).

The issuer is the body that decides to ask (``X决定请Y…``; ``该委员会决定请Y…``: the body the paragraph opens
with, when its name ends in the anaphor's noun), else the body that adopted the text: for the Part holding an
outcome document, the summit phase
that adopted it (``…阶段会议制定了《X》``); for a resolution's operative paragraphs, the body named as the
resolution's subject (``大会，``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from graph_builder.entities.recognize_dates import AS_OF, BEFORE, RECURRING_DAY, dates_within, find_dates
from graph_builder.facts import rule
from graph_builder.facts.next_session import before_qualifier, next_sessions
from graph_builder.facts.recurrence import find_recurrences
from graph_builder.facts.base import cited_node
from graph_builder.facts.rules_actions_common import (
    CITING,
    date_values,
    in_act_citation,
    mentions_of,
    names,
    sentences,
    typed_date,
)
from graph_builder.facts.rules_actions_documents import adopting_phases, outcome_texts
from graph_builder.rdf.namespaces import ID, WSIS, entity_iri, node_iri, slugify

_VERBS = {
    "进一步要求": "Request", "要求": "Request", "请求": "Request", "敦请": "Request", "敦促": "Request",
    "请": "Request", "邀请": "Invitation", "责成": "Instruction", "呼吁": "Call", "鼓励": "Recommendation",
    "建议": "Recommendation",
}
_TRIGGER = re.compile(r"(?<![申提])(?P<verb>进一步要求|要求|请求|敦请|敦促|邀请|责成|呼吁|鼓励|建议|请)(?!求)")
# 我们承诺, 我们还/亦/再次…承诺, 我们重申(我们)(对…的)承诺/致力于: the speaker commits
_COMMIT = re.compile(r"我们(?:还|亦|也|进一步|再次|一致|共同|坚定地|坚定不移地|郑重|将|要|应当|继续|不懈)*"
                     r"(?:(?P<re>重申)(?:我们)?(?:将)?(?:的)?(?:对[^，。；,;]{0,20}的)?)?"
                     r"(?P<verb>承诺|致力于|决心|决定|[做作]出承诺|努力)")
# the same, opening a numbered paragraph of a declaration whose speakers are named once (declarations.py)
_OPEN_COMMIT = re.compile(r"(?:还|亦|也|进一步|再次|一致|共同|坚定地|坚定不移地|郑重|将|要|应当|继续|不懈)*"
                          r"(?:(?P<re>重申)(?:我们)?(?:将)?(?:的)?(?:对[^，。；,;]{0,20}的)?)?"
                          r"(?P<verb>承诺|致力于|决心|决定|[做作]出承诺|努力)")


def opened_commitment(node, norm, i: int):
    """The commitment verb opening a declaration's numbered paragraph at sentence start ``i`` (3. 承诺…), or None."""
    from graph_builder.facts.declarations import opening

    at = opening(node, norm, i)
    return _OPEN_COMMIT.match(norm.text, at) if at is not None else None


_TARGET_LIST = re.compile(r"(?:下列|以下)(?:指示性)?(?:具体)?(?:指标|目标)")
_REPORT = re.compile(r"提交|报告|汇报|提出建议")
_REVIEW = re.compile(r"审议|审查|评估|审评")
_GAP_OK = {"", "各", "所有", "向"}  # words allowed between the verb and its addressee
# X、Y / X和Y / X和其他Y: every name in the run is addressed
_JOINERS = {"、", "和", "及", "与", "以及", ",", "和其他", "和其它", "及其他", "及其它", "以及其他", "以及其它",
            "或", "或者", "和/或", "或其他", "或其它"}
# X与Y协商/合作: Y is who X works with, not a second addressee
_PARTNER = re.compile(r"[^，。；,;]{0,16}?(?:协商|磋商|合作|协作|协调)")
_AGENT_KINDS = ("org", "body", "post", "person", "group")
_KIND_ZH = {
    "Request": "请求", "Invitation": "邀请", "Instruction": "责成", "Call": "呼吁", "Recommendation": "建议",
    "Commitment": "承诺", "Target": "目标", "DecisionItem": "决定", "PositionStatement": "立场",
}
# A printed item label or bold markers at the start of a clause are not part of what is asked.
_LABEL = re.compile(r"[\s*-]*(?:(?:\d{1,3}[.．]|\d{1,3}(?=\t)|\(?[a-z]{1,4}[)）]|[ivx]{1,5}\.)\*?[\s*]*)?")
# What a directive is about: named bodies and events it mentions besides its addressees (not the summit
# as a whole, which nearly every clause names).
_OBJECT_KINDS = ("body", "event", "initiative")
_TOO_GENERAL = {"event/wsis"}
_UNITS = ("Paragraph", "Text", "SubItem", "OperativeParagraph", "ListItem")


# the meeting a declaration's speakers attend: 我们，…出席X部长级会议的各国部长…，
_ATTENDED = re.compile(r"(?:出席|参加)(?:了)?(?P<name>[^,，;；的]{4,40}?(?:会议|论坛|峰会|大会|研讨会))的")


class _Issuers:
    """Who adopted the text a node lies in (see module docstring)."""

    def __init__(self, ctx) -> None:
        phases = adopting_phases(ctx)
        self.by_part = {}
        for ot in outcome_texts(ctx):
            if ot.key in phases:
                self.by_part[ot.part.id] = ID[phases[ot.key][0]]
        self.ctx = ctx
        self._acts: dict | None = None

    def of(self, node, sentence: tuple[int, int] | None = None, verb: int | None = None) -> URIRef | None:
        """The issuer of a directive in ``node``; in report prose, the act cited earlier in the same
        sentence (``第 73 号决议 (1998 年, 明尼阿波利斯) 做出决议, 责成秘书长…``), as the act rules name it."""
        if sentence is not None and verb is not None:
            act = self._cited_act(node, sentence[0], verb)
            if act is not None:
                return act
            agent = self.subject(node, node.normalized().offsets[verb])
            if agent is not None:
                return agent
            agent = self._decider(node, sentence[0], verb)
            if agent is not None:
                return agent
        from graph_builder.facts.declarations import speakers

        line = speakers(node)
        if line is not None:  # 我们，出席X会议的各国部长…，: the meeting the speakers attend speaks
            events = [x for x in mentions_of(self.ctx, line, line.start, line.end, ("event",)) if x.key != "event/wsis"]
            if events:
                return ID[events[-1].key]
            attended = _ATTENDED.search(line.normalized().text)
            if attended and self.ctx.reference is not None:  # a meeting no list names: minted as the frames mint it
                from graph_builder.entities.minting import SOURCE_NONE, mint
                from graph_builder.facts.frames.mint import mint_key

                name = attended.group("name")
                return ID[mint(self.ctx.reference, mint_key("event", name), "Meeting", name, "", SOURCE_NONE)]
        n = node
        while n is not None:
            if n.id in self.by_part:
                return self.by_part[n.id]
            if n.kind == "OperativeParagraph" and n.parent is not None:
                return self._resolution_subject(n.parent)
            n = n.parent
        return None

    def _cited_act(self, node, start: int, verb: int) -> URIRef | None:
        from graph_builder.facts.rules_org_acts import cited_acts  # the act rules own act IRIs

        if self._acts is None:
            self._acts = {}
            for c in cited_acts(self.ctx):
                if getattr(c, "iri", None) is not None:
                    self._acts.setdefault(c.passage.node.id, []).append(c)
        text = node.normalized().text
        # 根据第1158号决议，理事会责成…: an act cited as the basis does not speak
        found = [c for c in self._acts.get(node.id, []) if start <= c.i and c.j <= verb
                 and (not CITING.search(text, max(start, c.i - 12), c.i) or _DECIDED.search(text, c.j, verb))]
        return found[-1].iri if found else None

    def subject(self, node, verb_start: int) -> URIRef | None:
        """The agent named right before the verb (理事会责成…), when it is not inside a citation."""
        ms = mentions_of(self.ctx, node, max(node.start, verb_start - 40), verb_start, ("body", "org", "post"))
        text = node.doc.text
        # X决定请Y…: X decides to ask, so X asks
        if ms and _DECIDES.fullmatch(_gap(text[ms[-1].end : verb_start])) and not in_act_citation(text, ms[-1]):
            return ID[ms[-1].key]
        return None

    def _decider(self, node, start: int, verb: int) -> URIRef | None:
        """该委员会决定请X…: the body the anaphor points to, the subject its paragraph opens with (``高层峰会
        组织委员会第一次会议于…举行…``), when that body's name ends in the anaphor's noun."""
        norm = node.normalized()
        m = _ANAPHOR_DECIDES.search(norm.text, start, verb)
        if m is None or m.end() != verb:
            return None
        para = node.parent if node.kind in ("Text", "ListItem", "SubItem") and node.parent is not None else node
        opening = next((c for c in para.children if c.kind == "Text"), para)
        text = node.doc.text
        label = _LABEL.match(text, opening.start, opening.end)
        head = label.end() if label else opening.start
        ms = mentions_of(self.ctx, opening, head, min(opening.end, head + 30), ("body", "org"))
        if not ms or _gap(text[head : ms[0].start]) or not _gap(text[ms[0].start : ms[0].end]).endswith(m.group("noun")):
            return None
        return ID[ms[0].key]

    def _resolution_subject(self, container) -> URIRef | None:
        """The body a resolution speaks as: the bare ``X，`` line before its preamble (``大会，``)."""
        for child in container.children:
            if child.kind in ("Preamble", "OperativeParagraph"):
                break
            if child.kind == "Fragment" and len(child.text.strip()) <= 12:
                ms = mentions_of(self.ctx, child, child.start, child.end, ("body", "org"))
                if len(ms) == 1:
                    return ID[ms[0].key]
        return None


# An aside naming a body by the way (行政协调委员会（后更名为X）, （现称X）, …，即X，): X is neither addressed nor
# what the directive is about.
_ASIDE = re.compile(r"[（(](?:后来?|现已?|已|原|前|又|亦)?(?:更名为|改名为|改称为?|称为|现称|简称|即|原称|前称|又称|亦称)"
                    r"[^（()）\n]{0,40}[）)]")
# …，即(后来的)X，… / …后更名为X…: the aside runs to the clause's end (not 即可, 即使, 即将 …)
_ASIDE_BARE = re.compile(r"(?:(?:后来?|现已?|已)(?:更名为|改名为|改称为?)|[，,、]即(?![可使将便时刻])(?:后来的|现在的|现今的|目前的)?)"
                         r"[^，,。；;：:（）()\n]{1,40}")


def _in_aside(m, asides: list[tuple[int, int]]) -> bool:
    """Whether mention ``m`` is only named in an aside."""
    return any(a <= m.start and m.end <= b for a, b in asides)


def _asides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return sorted((a.start(), a.end()) for r in (_ASIDE, _ASIDE_BARE) for a in r.finditer(text, start, end))


_DECIDES = re.compile(r"(?:(?:还|也|又|并|进一步|随后|遂)*决定)?")
# 该委员会决定请…: an anaphor for the body the paragraph is about
_ANAPHOR_DECIDES = re.compile(r"(?:该|本|这一|此)(?P<noun>委员会|理事会|工作组|论坛|大会|小组|组织)(?:还|也|又|并|进一步|随后|遂)*决定")


# 向/在/于/供 + a session or numbered meeting + (上|期间) + what is to be done there: the directive is due at that
# event (向大会第七十届会议提交报告, 在其第十八届会议上审议, 供委员会第二十届会议审议); not a past act (在第六十届会议上
# 提交的报告 names a report, 执行第六十届会议的决定 a decision)
_AT_BEFORE = re.compile(r"(?:向|在|于|供|提交给?|呈交给?|提请)其?$")
# …会议上审议 / 会议上通过, or 会议上 closing its clause before what is to be done there (在其第二十三届会议上，就X通过…)
_AT_AFTER = re.compile(r"(?:之前|以前|前)?(?:上|期间|时)?(?:提交|审议|报告|汇报|介绍|提出|讨论|审查|作出报告|通报|审视|举行|通过|核可)(?!的)"
                       r"|(?:上|期间)[,，]")


_BARE_SESSION = re.compile(r"(其)?第([一二三四五六七八九十百零〇\d]+)届(?:会议|届会)")
_AND_NEXT = re.compile(r"(?:和|及|以及|、|与|或)")


def _bare_sessions(ctx, text: str, a_start: int, a_end: int, taken, owner_of_its, owner) -> dict:
    """Sessions written without their body (在第六十八届会议上, 在其第十八届会议上): of the addressed body after
    其, else of the issuer; minted like the sessions the recogniser names (sessions.py)."""
    from graph_builder.entities.minting import SOURCE_DERIVED, SOURCE_NONE, mint
    from graph_builder.entities.recognize_base import parse_number
    from graph_builder.entities.sessions import session_names

    out = {}
    for m in _BARE_SESSION.finditer(text, a_start, a_end):
        if any(i <= m.start(2) < j for i, j in taken):
            continue
        body = owner_of_its if m.group(1) else owner
        e = ctx.reference.by_key.get(body) if body else None
        n = parse_number(m.group(2))
        if e is None or not n or not body.startswith("body/"):
            continue
        key, cls, zh, en = session_names(body, e.cls, e.zh, e.en, n, m.group(2))
        mint(ctx.reference, key, cls, zh, en, SOURCE_DERIVED if en else SOURCE_NONE, parent=body)
        out[(m.start(2) - 1, m.end())] = key
    return out


def _due_at(ctx, node, text: str, a_start: int, a_end: int, meetings, addressees, issuer) -> list:
    """(event key, span) of the sessions and numbered meetings a directive's action is due at."""
    spans = {(m.start, m.end): m.key for m in mentions_of(ctx, node, a_start, a_end, ("event",))}
    spans.update({(i, j): k for i, j, k in meetings if a_start <= i and j <= a_end})
    base = str(ID)
    addressed = next((str(a)[len(base):] for a in addressees if str(a)[len(base):].startswith("body/")), "")
    spans.update(_bare_sessions(ctx, text, a_start, a_end, list(spans), addressed,
                                str(issuer)[len(base):] if issuer is not None else ""))
    bodies = {m.end: m.start for m in mentions_of(ctx, node, a_start, a_end, ("body", "org"))}
    out: list[tuple[str, tuple[int, int]]] = []
    chain: list[tuple[str, tuple[int, int]]] = []  # 向大会第五十七届会议和第五十八届会议提交: both
    for (i, j), key in sorted(spans.items()):
        if any(i0 <= i and j <= j0 and (i0, j0) != (i, j) for i0, j0 in spans):
            continue  # the session's own words inside the body's name + number
        if not chain:
            lead = bodies.get(i, i)  # 向|大会|第七十届会议: the body's name before the session's words
            clause = re.split(r"[，,；;。]", text[max(a_start, lead - 16) : lead])[-1]
            if not (_AT_BEFORE.search(clause) or "供" in clause):
                continue
        chain.append((key, (i, j)))
        nxt = min((i0 for i0, _ in spans if i0 >= j), default=None)
        if nxt is not None and _AND_NEXT.fullmatch(text[j:nxt]):
            continue
        if _AT_AFTER.match(text, j, a_end + 1):
            out += [c for c in chain if all(c[0] != k for k, _ in out)]
        chain = []
    return out


def _directive_iri(node_id: str, kind: str, k: int) -> URIRef:
    return entity_iri("directive", f"{slugify(node_id.replace('/', '-'))}-{kind.lower()}-{k}")


class _Emitter:
    """Numbers the directives of each node and writes their facts."""

    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.counts: dict[tuple[str, str], int] = {}
        self.issuers = _Issuers(ctx)
        self._meeting_index: dict | None = None

    def meetings(self, node) -> list[tuple[int, int, str]]:
        """(start, end, event key) of the numbered meetings of a body named in leaf ``node``
        (``互联网治理论坛第一次会议``), as the event rules anchor them."""
        if self._meeting_index is None:
            from graph_builder.facts.rules_events import scan  # the event rules own event keys

            self._meeting_index = {}
            for leaf, anchors in scan(self.ctx):
                rows = [(*leaf.span(a.i, a.j), a.key) for a in anchors if a.series and a.ordinal]
                if rows:
                    self._meeting_index[leaf.node.id] = rows
        return self._meeting_index.get(node.id, [])

    def _due_next(self, d, node, text: str, a_start: int, a_end: int, addressees, issuer) -> None:
        """下一届会议: the body's next session when the text names the current one, else the words as printed."""
        base, add = str(ID), self.ctx.store.add_span
        addressed = next((str(a)[len(base):] for a in addressees if str(a)[len(base):].startswith("body/")), "")
        bodies = {m.end: (m.start, m.key) for m in mentions_of(self.ctx, node, a_start, a_end, ("body", "event"))}
        owner = str(issuer)[len(base):] if issuer is not None else ""
        for key, printed, span, before in next_sessions(self.ctx, node, text, a_start, a_end, bodies, addressed,
                                                        owner):
            if key is not None:
                add(d, WSIS.dueAt, ID[key], node, span)
            else:
                add(d, WSIS.dueAtAsPrinted, Literal(printed, lang="zh"), node, span)
            if before:
                add(d, WSIS.dueAtQualifier, Literal("before"), node, span)

    def emit(self, node, kind: str, span: tuple[int, int], action_span: tuple[int, int],
             addressees: list[URIRef], dm=None, extra: list[tuple] = (), where: tuple = (None, None),
             tag: str | None = None) -> URIRef:
        """``tag`` (default: the kind) names the directive in its IRI, so two rules never mint the same one."""
        ctx, add = self.ctx, self.ctx.store.add_span
        stated = cited_node(ctx.doc(node.doc.doc_id), *span)
        tag = tag or kind
        k = self.counts.get((stated.id, tag), 0) + 1
        self.counts[(stated.id, tag)] = k
        d = _directive_iri(stated.id, tag, k)
        text = node.doc.text
        a_start, a_end = action_span
        label = _LABEL.match(text, a_start, a_end)
        if label:
            a_start = label.end()
        action_span = (a_start, a_end)
        # verbatim, less the source's bold markers (** is markup, as in graph_builder.normalize)
        action = text[a_start:a_end].replace("**", "").strip().strip("。；;，,：:").strip()
        add(d, RDF.type, WSIS[kind], node, span)
        add(d, WSIS.action, Literal(action, lang="zh"), node, action_span)
        add(d, WSIS.statedIn, node_iri(stated.id), node, span)
        issuer = self.issuers.of(node, *where)
        if issuer is not None:
            add(d, WSIS.issuer, issuer, node, span)
        for a in addressees:
            add(d, WSIS.addressee, a, node, span)
        for m in mentions_of(ctx, node, a_start, a_end, _AGENT_KINDS):
            if in_act_citation(text, m):
                continue  # 根据经社理事会第2006/46号决议: the council only issued the act cited
            # 向X提交/报告/汇报: X is who the report goes to
            if _gap(text[max(a_start, m.start - 3) : m.start]).endswith("向") and not text.startswith(("成员", "会员"), m.end) and _REPORT.search(
                    text[m.end : min(a_end, m.end + 40)]):
                add(d, WSIS.recipient, ID[m.key], node, (m.start, m.end))
        meetings = self.meetings(node)
        for key, span in _due_at(ctx, node, text, a_start, a_end, meetings, addressees, issuer):
            add(d, WSIS.dueAt, ID[key], node, span)
            if before_qualifier(text, *span):  # 不迟于第十届会议, 于第十届会议前提交
                add(d, WSIS.dueAtQualifier, Literal("before"), node, span)
        self._due_next(d, node, text, a_start, a_end, addressees, issuer)
        asides = _asides(text, a_start, a_end)
        objects = mentions_of(ctx, node, a_start, a_end, _OBJECT_KINDS)
        items_at = min((c.start for c in node.children if c.kind in ("SubItem", "ListItem")), default=None)
        if kind == "PositionStatement" and items_at is not None and any(
                m.end <= items_at and m.key not in _TOO_GENERAL for m in objects):
            # 我们注意到X，及其开展的以下工作：a) …由Y审议: X is what is noted; its items say what X does
            objects = [m for m in objects if m.end <= items_at]
        for m in objects:
            if in_act_citation(text, m) or _in_aside(m, asides):
                continue
            # 召开/参加X第一次会议: what is convened or attended is the meeting, not the body X
            meeting = next((k for i0, j0, k in meetings if i0 <= m.start and m.end <= j0 and k != m.key), None)
            if meeting is not None:
                if ID[meeting] not in addressees:
                    add(d, WSIS.object, ID[meeting], node, (m.start, m.end))
                continue
            if ID[m.key] not in addressees and m.key not in _TOO_GENERAL and ID[m.key] != issuer:
                add(d, WSIS.object, ID[m.key], node, (m.start, m.end))
        dates = [] if dm is None else dm if isinstance(dm, list) else [dm]
        for k, one in enumerate(dates):
            if one.qualifier in _DEADLINE:
                prop = WSIS.deadline
                if k == 0:
                    add(d, WSIS.deadlineQualifier, Literal(_DEADLINE[one.qualifier]), node, (one.start, one.end))
            elif _REVIEW.search(action):
                prop = WSIS.reviewDate
            else:
                prop = WSIS.date
            # the first date carries the ISO form and precision (one each); every date keeps its value
            pairs = date_values(one, prop) if k == 0 else [(prop, typed_date(one))]
            for p, o in pairs:
                if o is not None:
                    add(d, p, o, node, (one.start, one.end))
        # 于…之前、此后每两年提交: the deadline comes round again at a fixed interval
        for iso, r0, r1 in find_recurrences(text, min(a_start, span[0]), max(a_end, span[1])):
            add(d, WSIS.recurrence, Literal(iso, datatype=XSD.duration), node, (r0, r1))
            add(d, WSIS.recurrenceAsPrinted, Literal(text[r0:r1], lang="zh"), node, (r0, r1))
        for p, o, s in extra:
            add(d, p, o, node, s)
        who_en = ", ".join(names(ctx, str(a)[len(str(ID)):])[0] for a in addressees) or "unstated"
        who_zh = "、".join(names(ctx, str(a)[len(str(ID)):])[1] for a in addressees)
        add(d, RDFS.label, Literal(f"{kind} ({stated.locator}): {who_en}", lang="en"), node, span)
        short = action if len(action) <= 40 else action[:40] + "…"
        add(d, RDFS.label, Literal(f"{_KIND_ZH[kind]}（{who_zh}）：{short}" if who_zh else f"{_KIND_ZH[kind]}：{short}",
                                   lang="zh"), node, span)
        return d


def _addressees(ctx, node, after: int) -> list:
    """The entity mentions right after original offset ``after`` (an enumeration run), or []."""
    text = node.doc.text
    # read lazily: the run ends at the first break, and the rest of the paragraph may be long
    ms = (m for m in ctx.iter_mentions_in(node.doc.doc_id, after, node.end)
          if m.key.split("/", 1)[0] in _AGENT_KINDS)
    first = next(ms, None)
    if first is None or in_act_citation(text, first):
        return []
    gap = text[after : first.start]
    if _gap(gap) not in _GAP_OK:
        # 峰会各利益相关方, 论坛所有参与方: the event named before the group only says whose group it is
        events = [m for m in ctx.mentions_in(node.doc.doc_id, after, first.start) if m.key.startswith("event/")]
        for m in reversed(events):
            gap = gap[: m.start - after] + gap[m.end - after :]
        if not events or _gap(gap) not in _GAP_OK or events[0].start != after + len(gap) - len(gap.lstrip()):
            return []
    run = [first]
    asides = _asides(text, first.end, min(node.end, first.end + 200))  # a run of names is far shorter
    for m in ms:
        if _in_aside(m, asides):
            continue  # 行政协调委员会（后更名为X）和Y: X is the first one's later name, Y the next addressee
        gap = _gap(_ASIDE.sub("", text[run[-1].end : m.start]))
        if gap in _JOINERS and not in_act_citation(text, m) and not (
                gap in ("与", "同") and _PARTNER.match(text, m.end)):
            run.append(m)
        else:
            break
    return run


# an officer asked by bare title (…通过第N号决议，请执行秘书…): the officer of the organisation named before
_BARE_TITLE = re.compile(r"(?:执行秘书|总干事|署长|秘书长)(?=于|在|就|向|继续|尽快|编写|提交|召开|研究|与)")


def _officer_of_speaker(ctx, node, s_start: int, v_start: int, v_end: int) -> list:
    """[the organisation whose officer a bare title after the verb names], as one addressee, or []: the last
    organisation named before the verb in the sentence (the issuer of the act it cites), not a body the act
    sets up (…决定成立X工作组，并请执行秘书…)."""
    from graph_builder.entities.linker import Mention

    title = _BARE_TITLE.match(node.doc.text, v_end)
    if title is None:
        return []
    before = [x for x in mentions_of(ctx, node, s_start, v_start, ("org",))]
    if not before:
        return []
    return [Mention(node.doc.doc_id, v_end, title.end(), title.group(0), before[-1].key)]


def _gap(s: str) -> str:
    return re.sub(r"[\s*]", "", s)


def _sentence_dates(node, s_start: int, s_end: int):
    return dates_within(node.normalized(), s_start, s_end)


_DEADLINE = {BEFORE: "before", AS_OF: "as-of"}
# …根据第73号决议决定，责成…: the act cited is the one by which the body decided, so it speaks
_DECIDED = re.compile(r"决定|做出决议|作出决议")
# A date that names a meeting rather than when the directive is to be carried out: 定于2002年下半年举行的区域会议,
# 召开2003年峰会, 2005年世界首脑会议.
_EVENT_AFTER = re.compile(r"[^，。；,;：:]{0,16}?(?:举行|召开|举办)的|[^，。；,;：:、召举开对向就为把在于]{0,6}?(?:首脑会议|峰会|届会|阶段会议)")
_TIME_WORD = re.compile(r"(?:在|于|到|至)(?:其)?$")
# the year of the meeting the action is for, printed after its name: 向下届全权代表大会（2022年）提交报告
_MEETING_YEAR = re.compile(r"(?:大会|会议|全会|论坛|峰会)[(（]$")
_COORD = re.compile(r"[\s*]*(?:或|或者|和|及|、|至|到)[\s*]*$")
_OR = re.compile(r"或|或者|或是")
# a second deadline after the first, for doing it again: 不迟于2017年3月31日并于2018年第一季度再次提交
_THEN_AT = re.compile(r"[,，]?(?:并|而且|随后|其后)?(?:于|在)")
_AGAIN = re.compile(r"(?:之前|以前|前)?(?:再次|再度|又|重新|第二次|再)")


def _pick_date(dates, text: str = ""):
    """The dates that date the directive: every deadline phrase (于…之前/以前/前, 截至…) when there is one;
    and a date joined to a deadline for doing it again (并于…再次); else the dates the clause says it is to happen at (在/于 DATE, and DATE或DATE after it, or the year printed
    after the meeting it is for: 向下届大会（2022年）提交), not a date that names a meeting; a recurring day
    (宣布5月17日为…) always. A list (first: the one with ISO form)."""
    deadlines = [dm for dm in dates if dm.qualifier in _DEADLINE]
    if deadlines:
        # 在2010年5月或2011年5月之前: the deadline word closes both alternatives
        alternatives = [replace(dm, qualifier=dates[k + 1].qualifier) for k, dm in enumerate(dates[:-1])
                        if text and dm.qualifier is None and dates[k + 1].qualifier in _DEADLINE
                        and _OR.fullmatch(_gap(text[dm.end : dates[k + 1].start]))]
        again = [replace(dm, qualifier=BEFORE) for k, dm in enumerate(dates) if k and text and dm.qualifier is None
                 and dates[k - 1].qualifier in _DEADLINE and _THEN_AT.fullmatch(_gap(text[dates[k - 1].end : dm.start]))
                 and _AGAIN.match(text, dm.end)]
        extra = alternatives + again
        return sorted(deadlines + extra, key=lambda dm: dm.start) if extra else deadlines
    kept = []
    for k, dm in enumerate(dates):
        if text and dm.precision != RECURRING_DAY:
            prev = dates[k - 1] if k else None
            lead = _gap(text[max(0, dm.start - 4) : dm.start])
            joined = prev is not None and prev in kept and _COORD.search(text[prev.end : dm.start] or " ")
            meeting_year = (_MEETING_YEAR.search(text[max(0, dm.start - 3) : dm.start])
                            and text[dm.end : dm.end + 1] in ")）")
            if not (_TIME_WORD.search(lead) or joined or meeting_year):
                continue
            if _EVENT_AFTER.match(text, dm.end):
                continue
        kept.append(dm)
    return kept or None


def _target_list_nodes(ctx) -> set[str]:
    """Ids of the own-words nodes that introduce a list of targets (see ``actions.targets``)."""
    out = set()
    for node in ctx.leaves("Text"):
        parent = node.parent
        subs = [c for c in parent.children if c.kind == "SubItem"] if parent is not None else []
        if subs and _TARGET_LIST.search(node.normalized().text) and any(
            dm.qualifier == BEFORE for dm in find_dates(node.normalized())
        ):
            out.add(node.id)
    return out


@rule("actions.directives")
def directives(ctx) -> None:
    em = _Emitter(ctx)
    for node in ctx.leaves(*_UNITS):
        for sent, i, j, norm in sentences(node):
            s_start, s_end = norm.span(i, j)
            taken_until = -1
            for m in _TRIGGER.finditer(norm.text, i, j):
                v_start, v_end = norm.span(m.start("verb"), m.end("verb"))
                if v_start < taken_until:
                    continue
                run = _addressees(ctx, node, v_end) or _officer_of_speaker(ctx, node, s_start, v_start, v_end)
                if not run:
                    continue
                kind = _VERBS[m.group("verb")]
                lead = norm.text.rfind("我们", max(i, m.start() - 8), m.start())
                if lead < 0 and m.group("verb") == "要求" and not _clause_opens(norm.text, i, m.start()) and not any(
                        _gap(node.doc.text[x.end : v_start]) == "" for x in mentions_of(ctx, node, s_start, v_start, _AGENT_KINDS)):
                    continue  # …的发展要求所有利益相关方做出承诺: a thing requires, nobody requests (理事会要求X does)
                start = norm.span(lead, lead + 2)[0] if lead >= 0 else v_start
                nxt = _TRIGGER.search(norm.text, m.end(), j)
                # the clause runs to the next addressed request verb in the sentence, or to its end; a verb
                # right after the addressees (请X邀请Y…) is what X is asked to do, not a new directive
                end = s_end
                if nxt is not None:
                    n_start, n_end = norm.span(nxt.start("verb"), nxt.end("verb"))
                    if _addressees(ctx, node, n_end) and _gap(node.doc.text[run[-1].end : n_start]):
                        end = n_start
                end = _statement_break(norm, i, m.end(), j, end)
                dates = [dm for dm in _sentence_dates(node, start, end)]
                unit = node
                items = end == s_end and _introduces_items(node, s_end)
                if items:
                    unit, end = node.parent, node.parent.end  # 请X： i. … ii. …: the items are what is asked
                elif end == s_end:
                    end = _run_on(node, end)
                who = [ID[x.key] for x in run]
                em.emit(unit, kind, (start, end), (run[0].start, end), who,
                        _pick_date(dates, node.doc.text), where=((i, j), m.start("verb")))
                if items:
                    # 请X：(i) 于…之前… (ii) 最迟于…: each item with its own deadline is also asked of X by then
                    for sub, due in _dated_items(node.parent):
                        mark = _ITEM_MARK.match(sub.doc.text, sub.start, sub.end)
                        em.emit(sub, kind, (sub.start, sub.end), (mark.end() if mark else sub.start, sub.end), who, due,
                                where=((i, j), m.start("verb")), tag=f"{kind}-item")
                taken_until = end
            opened = opened_commitment(node, norm, i)
            commits = [m for m in _COMMIT.finditer(norm.text, i, j) if opened is None or m.start() >= opened.end()]
            for m in [opened] * (opened is not None) + commits:
                start, v_end = norm.span(m.start(), m.end("verb"))
                # 我们重申对X的承诺: what is committed to is said before the verb (not in 我们重申我们致力于X)
                if m.group("re") and "对" in norm.text[m.end("re"):m.start("verb")]:
                    v_end = norm.span(m.start("re"), m.end("re"))[1]
                issuer = em.issuers.of(node)
                if issuer is None:
                    continue
                end = _statement_break(norm, i, m.end(), j, s_end)
                dates = _sentence_dates(node, start, end)
                if m.group("verb") == "决定":  # what the issuer decides: nobody is addressed
                    em.emit(node, "DecisionItem", (start, end), (v_end, end), [], _pick_date(dates, node.doc.text))
                else:
                    em.emit(node, "Commitment", (start, end), (v_end, end), [issuer], _pick_date(dates, node.doc.text))


@rule("actions.directive-blocks")
def directive_blocks(ctx) -> None:
    """The ITU layout: a block heading that asks (``责成秘书长``, ``请成员国和部门成员``) and the numbered
    paragraphs under it; each paragraph (and each of its items) is asked of the heading's addressees, by its
    own deadline."""
    em = _Emitter(ctx)
    for doc in ctx.documents:
        for sec in (n for n in doc.nodes if n.kind == "Section"):
            head = next((c for c in sec.children if c.kind == "Heading"), None)
            if head is None:
                continue
            norm = head.normalized()
            m = _TRIGGER.match(norm.text)
            if m is None or len(norm.text) > 24 or any(p in norm.text for p in "，。；,;:："):
                continue
            run = _addressees(ctx, head, norm.span(m.start("verb"), m.end("verb"))[1])
            if not run:
                continue
            who, kind = [ID[x.key] for x in run], _VERBS[m.group("verb")]
            for leaf in _leaves_under(sec):
                if leaf is head or leaf.kind not in _UNITS:
                    continue
                dates = _sentence_dates(leaf, leaf.start, leaf.end)
                em.emit(leaf, kind, (leaf.start, leaf.end), (leaf.start, leaf.end), who,
                        _pick_date(dates, leaf.doc.text), tag=f"{kind}-block")


def _leaves_under(node) -> list:
    out, todo = [], list(reversed(node.children))
    while todo:
        n = todo.pop()
        if n.children:
            todo.extend(reversed(n.children))
        else:
            out.append(n)
    return out


# A modal after the subject: should / must / needs to. Not 应 inside 相应, 适应, 响应, 反应, 供应, 回应 or
# 应对, 应用, 应急, 应有, 应邀; not 需 in 所需, 急需, 无需, 必需 or 需求.
_MODAL = re.compile(r"(?<![相适响反供回效感顺所急无必])(?:应当|应该|应|需要|需|必须)(?![对用急有邀求])")
_CLAUSE_BREAK = re.compile(r"[，,：:]")
_SUBJECT_MAX = 30  # characters of subject before the modal
_SUBJECT_REST_MAX = 8  # characters of the subject outside agent names (相关, 和其他区域性组织)
_SUBJECT_LEAD_MAX = 3  # characters before the first agent name (相关, 各)


def _clause_opens(text: str, i: int, k: int) -> bool:
    """Whether normalised ``text[k]`` opens a clause of the sentence starting at ``i``: nothing but a printed
    label before it, or clause punctuation, or an adverb (并, 还, 又, 也) right after one."""
    before = re.sub(r"[\s*]", "", text[i:k])
    before = re.sub(r"(?:并|还|又|也|与此同时|同时|此外|另外|因此|为此)$", "", before)
    return not before or before[-1] in "，,；;：:、。" or bool(_LABEL.fullmatch(text, i, k))


_WE = re.compile(r"我们(?!的)")
# …，与此同时，我们…: the connective before the speakers' new clause belongs to that clause
_LEADS_INTO = re.compile(r"[，,；;\s*]*(?:与此同时|同时|此外|另外|因此|为此|并且|并)?[，,\s*]*$")


def _statement_break(norm, i: int, k: int, j: int, end: int) -> int:
    """``end`` (original offset), or earlier where the speakers start a new statement after normalised ``k`` in
    the sentence ``[i, j)``: a clause opening with 我们 (``与此同时，我们支持…``, ``此外，我们…``)."""
    for w in _WE.finditer(norm.text, k, j):
        if _clause_opens(norm.text, i, w.start()):
            back = _LEADS_INTO.search(norm.text, k, w.start())
            at = norm.span(back.start(), back.start() + 1)[0] if back and back.start() < w.start() else norm.span(w.start(), w.start() + 1)[0]
            return min(end, at)
    return end


def _run_on(node, end: int) -> int:
    """Where a sentence cut by a page break ends: a sentence that runs to the end of its node without closing
    punctuation goes on into the continuation fragment that follows (``…合作，制`` + ``定查处…立法。``)."""
    parent = node.parent
    if parent is None or node.doc.text[end : node.end].strip() or node.text.rstrip()[-1:] in "。；;！!？?：:":
        return end
    nxt = next((c for c in parent.children if c.order == node.order + 1), None)
    if nxt is None or nxt.kind != "Fragment" or "/cont/" not in nxt.id:
        return end
    stop = re.search(r"[。；;！!？?]", nxt.text)
    return nxt.start + stop.end() if stop else nxt.end


_ITEM_MARK = re.compile(r"\s*[(（]?(?:[a-z]{1,4}|[ivx]{1,5}|\d{1,2})[)）.．]\s*")  # (i) / a) / 1. before an item


def _dated_items(parent) -> list:
    """(sub-item, [its deadline]) for every leaf sub-item of ``parent`` that states a deadline of its own."""
    out = []
    for sub in (c for c in parent.children if c.kind == "SubItem" and c.is_leaf):
        due = [dm for dm in _pick_date(_sentence_dates(sub, sub.start, sub.end), sub.doc.text) or []
               if dm.qualifier == BEFORE]
        if due:
            out.append((sub, due[:1]))
    return out


def _asked_in_items(ctx, node) -> bool:
    """Whether ``node`` is a sub-item of an addressed request that closes on a colon (``请X：``), which
    ``actions.directives`` reads item by item."""
    parent = node.parent
    if node.kind != "SubItem" or parent is None:
        return False
    intro = next((c for c in parent.children if c.kind == "Text"), None)
    if intro is None or not intro.text.replace("**", "").rstrip().endswith(("：", ":")):
        return False
    norm = intro.normalized()
    return any(_addressees(ctx, intro, norm.span(m.start("verb"), m.end("verb"))[1])
               for m in _TRIGGER.finditer(norm.text))


def _introduces_items(node, s_end: int) -> bool:
    """Whether ``node`` is the own words of a paragraph or item, ending with a colon before its sub-items."""
    parent = node.parent
    return (node.kind == "Text" and parent is not None and any(c.kind == "SubItem" for c in parent.children)
            and node.text.replace("**", "").rstrip().endswith(("：", ":")) and s_end >= node.end - 2)


def _modal_clauses(ctx, node, i: int, j: int, norm) -> list[tuple[int, int, list]]:
    """(clause start, modal start, addressee mentions) in original offsets, for each clause of the normalised
    sentence ``[i, j)`` whose subject is only agent names (see ``actions.modal``)."""
    text = norm.text
    out = []
    done_until = i
    for m in _MODAL.finditer(text, i, j):
        if m.start() < done_until:
            continue
        breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, i, m.start())]
        c = breaks[-1] if breaks else i
        label = _LABEL.match(text, c, m.start())
        c = label.end() if label else c
        subject = text[c : m.start()]
        if not subject.strip() or len(subject) > _SUBJECT_MAX or "我们" in subject or _TRIGGER.search(subject):
            continue
        c0, m0 = norm.span(c, m.start())
        ms = mentions_of(ctx, node, c0, m0, _AGENT_KINDS)
        if not ms:
            continue
        # 的 outside the agents' names makes the subject a description (X的报告应…); inside one it is the name's
        # (各参与组织的行政首长应…)
        if "的" in re.sub("|".join(re.escape(x.surface) for x in ms), "", node.doc.text[c0:m0]):
            continue
        rest = len(_gap(node.doc.text[c0:m0])) - sum(len(_gap(x.surface)) for x in ms)
        if rest > _SUBJECT_REST_MAX or len(_gap(node.doc.text[c0 : ms[0].start])) > _SUBJECT_LEAD_MAX:
            continue
        out.append((c0, m0, ms))
        nxt = _CLAUSE_BREAK.search(text, m.end(), j)
        done_until = nxt.end() if nxt else j
    return out


@rule("actions.modal")
def modal(ctx) -> None:
    em = _Emitter(ctx)
    for node in ctx.leaves(*_UNITS):
        for sent, i, j, norm in sentences(node):
            s_start, s_end = norm.span(i, j)
            clauses = _modal_clauses(ctx, node, i, j, norm)
            for k, (c0, m0, ms) in enumerate(clauses):
                end = clauses[k + 1][0] if k + 1 < len(clauses) else s_end
                end = _statement_break(norm, i, bisect.bisect_left(norm.offsets, m0), j, end)
                # only a deadline dates what should be done (a date elsewhere in the sentence dates something else)
                dates = [dm for dm in _pick_date(_sentence_dates(node, s_start if k == 0 else c0, end), node.doc.text) or []
                         if dm.qualifier == BEFORE]
                keys = list(dict.fromkeys(x.key for x in ms))
                unit = node
                if end == s_end and _introduces_items(node, s_end):
                    unit, end = node.parent, node.parent.end  # X亦应： a) … b) …
                elif end == s_end:
                    end = _run_on(node, end)
                em.emit(unit, "Recommendation", (c0, end), (c0, end), [ID[x] for x in keys], _pick_date(dates),
                        tag="should")


@rule("actions.deadlines")
def deadlines(ctx) -> None:
    em = _Emitter(ctx)
    skip = _target_list_nodes(ctx)
    for node in ctx.leaves(*_UNITS):
        in_list = node.parent is not None and any(c.id in skip for c in node.parent.children)
        if node.id in skip or in_list or _asked_in_items(ctx, node):
            continue
        for sent, i, j, norm in sentences(node):
            s_start, s_end = norm.span(i, j)
            if _TRIGGER.search(sent) and any(
                _addressees(ctx, node, norm.span(m.start("verb"), m.end("verb"))[1])
                or _officer_of_speaker(ctx, node, s_start, *norm.span(m.start("verb"), m.end("verb")))
                for m in _TRIGGER.finditer(norm.text, i, j)
            ):
                continue  # an addressed request: actions.directives has it
            if _COMMIT.search(sent) or opened_commitment(node, norm, i) or _modal_clauses(ctx, node, i, j, norm):
                continue  # a commitment, or addressed by a modal (actions.modal has it)
            dates = [dm for dm in _pick_date(_sentence_dates(node, s_start, s_end), node.doc.text) or []
                     if dm.qualifier == BEFORE]
            if not dates:
                continue
            em.emit(node, "Target", (s_start, s_end), (s_start, s_end), [], dates)


@rule("actions.targets")
def target_lists(ctx) -> None:
    em = _Emitter(ctx)
    for node_id in sorted(_target_list_nodes(ctx)):
        doc = ctx.doc(node_id.split("/", 1)[0])
        intro = doc.by_id[node_id]
        parent = intro.parent
        dm = next(dm for dm in find_dates(intro.normalized()) if dm.qualifier == BEFORE)
        for sub in (c for c in parent.children if c.kind == "SubItem"):
            norm = sub.normalized()
            label = re.match(r"\s*-?\s*[a-z]{1,3}\)\*?\s*", norm.text)
            a_start = norm.span(label.end(), len(norm.text))[0] if label else sub.start
            em.emit(sub, "Target", (sub.start, sub.end), (a_start, sub.end), [], None,
                    extra=[(DCTERMS.isPartOf, node_iri(parent.id), (dm.start, dm.end))])
            d = _directive_iri(sub.id, "Target", em.counts[(sub.id, "Target")])
            for p, o in date_values(dm, WSIS.deadline):
                ctx.store.add_span(d, p, o, intro, (dm.start, dm.end))
            ctx.store.add_span(d, WSIS.deadlineQualifier, Literal("before"), intro, (dm.start, dm.end))
