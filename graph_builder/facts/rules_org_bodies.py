"""Bodies: chairs and heads, creation, membership, working methods, mandates, reporting and support lines,
seats, and who manages or leads the Summit (docs/MODEL.md 'Bodies').

The subject of a phrase is the body named right before it, the body a sentence opens with (its topic, also
when written ``该联络委员会``), or -- for a bare generic noun (``工作组的主席是…``, ``委员会的主要任务是…``,
``基金对所有…开放``) -- the last body of that class named earlier in the passage. Rules:

* ``org.body.chair`` -- ``X担任B主席``, ``B…，由X担任主席/负责人`` (head), ``由X担任主席的B`` (an organisation
  chairing B wsis:leads it and is its wsis:chairOrganization: chairs proper are persons or posts), ``B由X主持``, ``B的主席是X`` /
  ``…召开全权代表大会，主席是X`` (the conference of that year), ``X被选为B的主席``.
* ``org.body.created`` -- ``B于<date>…成立``, ``于<date>在<place>…建立了B`` (creation date with precision,
  seat), ``E成立了两个分委员会；分委员会1负责…`` (wsis:createdBy E).
* ``org.event.auspices`` -- ``E(应)在X(的)主持下举行/召开``: the agent under whose auspices an event is held
  (wsis:auspicesOf; not a chair: the Summit is held under the UN Secretary-General's auspices).
* ``org.body.founder`` -- the agent (organisation, body, post, person) that set a body up: ``X于<date>…建立了B``,
  ``X(所)设立的B``, ``B(已)由X建立``, ``X设立(了)一个B`` (wsis:foundedBy X; acts and meetings that set up
  bodies are wsis:createdBy, from ``org.body.created`` and ``org.act.acts-on``).
* ``org.body.roles`` -- ``B负责X`` / ``B对X负主要责任`` (responsibleFor), ``对所有…开放`` (openTo),
  ``通过电子手段进行工作`` (workingMethod), ``B的任务是：`` + items (mandateItem) or ``…的主要任务是…``
  (mandate), ``由…组成`` / ``成员包括…`` (composition), ``向B汇报/报告`` (reportsTo; ``通过X向B报告``: to X, and X to B), ``由…B提供支持`` /
  ``受到B的支持`` (supportedBy), ``设在P的B``, ``创建于P的B`` / ``在P设立的B`` / ``这项创建于P的…基金``
  (seat), ``自愿性基金`` / ``以自愿捐款为基础的基金`` said of a fund (wsis:fundingBasis "voluntary"), ``E的总体管理由A负责`` (A manages E), ``A在E中发挥领导/主导作用`` and ``由A主导/牵头的X`` (A leads E
  or the initiative X).
"""

from __future__ import annotations

import re

from rdflib import Literal

from graph_builder.facts import Context, rule
from graph_builder.facts.rules_org_acts import event_of
from graph_builder.facts.rules_money_common import as_agent
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
    text_before,
    year_literal,
)
from graph_builder.rdf.namespaces import ID, WSIS, node_iri, slugify

BODY_KINDS = ("body",)
HOLDER_KINDS = ("person", "post")
_DEMONSTRATIVE = re.compile(r"(?:该|这一|此|这个|其)$")

# Generic nouns standing for a body named before, with the classes they may stand for.
GENERIC = {
    "分委员会": ("Subcommittee",),
    "工作组": ("WorkingGroup",),
    "任务组": ("TaskForce",),
    "工作队": ("TaskForce",),
    "委员会": ("Committee", "Subcommittee"),
    "秘书处": ("Secretariat",),
    "理事会": ("Council",),
    "论坛": ("Forum",),
    "基金": ("Fund",),
}
_GENERIC_RE = "|".join(sorted(GENERIC, key=len, reverse=True))


def _generic_referent(p: Passage, k: int, noun: str) -> M | None:
    """The last body of the noun's classes named in the passage before ``k``."""
    classes = GENERIC[noun]
    return p.last_before(k, ("body",), where=lambda m: entity_class(p.ctx, m.key) in classes)


def subject_before(p: Passage, k: int, kinds=BODY_KINDS) -> tuple[M | None, int]:
    """The body named right before ``k`` (``该`` allowed before it), or the referent of a generic noun
    ending at ``k``. Returns the mention and where the subject phrase starts."""
    m = p.mention_ending(k, kinds)
    if m is not None:
        return m, m.i
    acronym = re.search(r"[（(][A-Za-z]{1,12}[）)]$", text_before(p.text, k))  # 执行秘书处（ES）将…
    if acronym:
        m = p.mention_ending(acronym.start(), kinds)
        if m is not None:
            return m, m.i
    g = re.search(f"(?:{_GENERIC_RE})$", p.text[max(0, k - 4) : k])
    if g:
        noun = g.group(0)
        start = k - len(noun)
        if p.mention_ending(start) is None and p.in_range(start, k) == []:
            ref = _generic_referent(p, start, noun)
            if ref is not None:
                return ref, start
    return None, k


def topic(p: Passage, a: int) -> tuple[M | None, int]:
    """The body a sentence (starting at ``a``) opens with, after a demonstrative or a paragraph number."""
    lead = re.match(r"(?:(?:\d+(?:[.．]\d+)*[.．]|\d+(?:[.．]\d+)+)\s?)?(?:该|这一|此|其)?", p.text[a:])
    k = a + lead.end()
    m = p.mention_at(k, BODY_KINDS)
    if m is not None:
        return m, m.i
    g = re.match(f"(?:{_GENERIC_RE})", p.text[k:])
    if g:
        ref = _generic_referent(p, k, g.group(0))
        if ref is not None:
            return ref, k
    return None, k


def clause_end(p: Passage, k: int, ends: str = CLAUSE_END) -> int:
    while k < len(p.text) and p.text[k] not in ends:
        k += 1
    return k


# ----------------------------------------------------------------------------------------------------------
# Chairs and heads
# ----------------------------------------------------------------------------------------------------------

_PP = "body/itu-plenipotentiary-conference"


def _as_event(p: Passage, m: M, a: int, b: int):
    """A conference body named with a date in the sentence is that year's conference (event IRI)."""
    if m.key != _PP:
        return iri(m.key)
    for dm in p.dates():
        di, _ = p.nidx(*dm.date_span)
        if a <= di < b and dm.start_date is not None:
            event = event_of(p.ctx, _PP, dm.start_date.year)
            return event if is_typed(p.ctx, event) else None
    return None


def _described_person(p: Passage, k: int):
    """The person named after a description of their post at ``k`` (由秘鲁交通和通信部副部长X担任主席: the country,
    ministry and post words come before the name), or None."""
    stop = re.search(r"[，。；,;：:、由和与及]", p.text[k : k + 40])
    persons = p.in_range(k, k + (stop.start() if stop else 40), ("person",))
    return persons[0] if persons else None


@rule("org.body.chair")
def body_chair(ctx: Context) -> None:
    """Who chairs or heads a body or a meeting (module docstring)."""
    for p in passages(ctx):
        t = p.text
        # X担任B(的)?主席
        for mm in re.finditer(r"担任", t):
            holder = p.mention_ending(mm.start(), HOLDER_KINDS)
            end = re.match(r"[^，。；,]{1,30}?的?(主席|负责人)", t[mm.end() :])
            if holder is None or not end:
                continue
            bodies = p.in_range(mm.end(), mm.end() + end.start(1), ("body", "event"))
            if bodies:
                prop = WSIS.chair if end.group(1) == "主席" else WSIS.head
                p.add(iri(bodies[-1].key), prop, iri(holder.key), holder.i, mm.end() + end.end())
        # 由X担任主席的B: a person or post chairs B; an organisation chairing B leads it and holds its chair
        for mm in re.finditer(r"由(?:\d{4}年)?", t):
            holder = p.mention_at(mm.end(), HOLDER_KINDS + ("org",))
            role = re.match(r"担任(主席|负责人)的", t[holder.j :]) if holder is not None else None
            body = p.mention_at(holder.j + role.end(), ("body",)) if role else None
            if body is None:
                continue
            if holder.kind == "org":
                p.add(iri(holder.key), WSIS.leads, iri(body.key), mm.start(), body.j)
                if role.group(1) == "主席":
                    p.add(iri(body.key), WSIS.chairOrganization, iri(holder.key), mm.start(), body.j)
            else:
                prop = WSIS.chair if role.group(1) == "主席" else WSIS.head
                p.add(iri(body.key), prop, iri(holder.key), mm.start(), body.j)
        # B…，由X担任主席/负责人
        for mm in re.finditer(r"由(?:\d{4}年)?", t):
            holder = p.mention_at(mm.end(), HOLDER_KINDS) or _described_person(p, mm.end())
            if holder is None:
                continue
            role = re.match(r"(?:\([^()]{1,60}\))?担任(主席|负责人)(?!的)", t[holder.j :])
            a, _ = p.sentence_of(mm.start())
            if role:
                body = p.last_before(mm.start(), ("body", "event"), a)
                if body is not None:
                    prop = WSIS.chair if role.group(1) == "主席" else WSIS.head
                    p.add(iri(body.key), prop, iri(holder.key), body.i, holder.j + role.end())
            elif re.match(r"主持(?!下)", t[holder.j :]):
                # B由X主持
                body, start = subject_before(p, mm.start(), ("body", "event"))
                if body is not None:
                    p.add(iri(body.key), WSIS.chair, iri(holder.key), start, holder.j + 2)
        # B的主席是X / …，主席是X
        for mm in re.finditer(r"的?主席(?:是|为)", t):
            a, b = p.sentence_of(mm.start())
            k = mm.end()
            country = p.mention_at(k, ("place",))
            if country is not None and t[country.j : country.j + 1] == "的":
                k = country.j + 1
            holder = p.mention_at(k, ("person",))
            if holder is None:
                continue
            end = holder.j + len(re.match(r"(?:先生|女士|部长|大使)?", t[holder.j :]).group(0))
            body, start = subject_before(p, mm.start(), ("body", "event"))
            target = iri(body.key) if body is not None else None
            if body is None and t[mm.start() - 1 : mm.start()] in "，,":
                body = p.last_before(mm.start(), ("body", "event"), a)
                start = body.i if body is not None else start
                target = _as_event(p, body, a, b) if body is not None else None
            if target is not None:
                p.add(target, WSIS.chair, iri(holder.key), start, end)
        # X被选为/当选为B的主席
        for mm in re.finditer(r"(?:被选为|当选为)", t):
            holder = p.mention_ending(mm.start(), ("person",))
            role = re.match(r"([^，。；,]{1,20}?)的?主席", t[mm.end() :])
            if holder is None or not role:
                continue
            bodies = p.in_range(mm.end(), mm.end() + role.end(1), ("body", "event"))
            if bodies:
                p.add(iri(bodies[-1].key), WSIS.chair, iri(holder.key), holder.i, mm.end() + role.end())


# ----------------------------------------------------------------------------------------------------------
# Creation
# ----------------------------------------------------------------------------------------------------------


@rule("org.body.created")
def body_created(ctx: Context) -> None:
    """When and by what a body was created, and where it was set up (module docstring)."""
    for p in passages(ctx):
        t = p.text
        dates = [(p.nidx(*dm.date_span), dm) for dm in p.dates() if dm.start_date is not None]
        for (di, dj), dm in dates:
            # B于<date>…(正式)?成立
            lead = re.search(r"(?:于|在)$", text_before(t, di))
            if lead:
                body, start = subject_before(p, lead.start())
                tail = re.match(r"[^，。；,]{0,15}?(?:正式)?成立", t[dj:])
                if body is not None and tail:
                    add_date(p, iri(body.key), WSIS.creationDate, dm, start, dj + tail.end())
                    continue
            # (X)于<date>(在P…)建立了B
            tail = re.match(r"([^，。；,]{0,30}?)(?:建立|成立|设立)了(?:一个)?", t[dj:])
            if lead and tail:
                body = p.mention_at(dj + tail.end(), BODY_KINDS)
                if body is None:
                    continue
                add_date(p, iri(body.key), WSIS.creationDate, dm, di, body.j)
                where = re.match(r"在", tail.group(1))
                places = p.in_range(dj, dj + tail.end(1), ("place",))
                if where and places and entity_class(ctx, places[0].key) == "City":
                    p.add(iri(body.key), WSIS.seat, iri(places[0].key), places[0].i - 1, body.j)
        # E成立了两个分委员会；分委员会1负责…，分委员会2负责…
        for mm in re.finditer(r"成立了(?:一个|两个|三个|\d+个)?", t):
            creator = p.mention_ending(mm.start(), ("event",))
            if creator is None:
                continue
            sentence_end = clause_end(p, mm.end(), "。")
            first = p.mention_at(mm.end(), BODY_KINDS)
            created = [first] if first else []
            created += [m for m in p.in_range(mm.end(), sentence_end, BODY_KINDS)
                        if re.match(r"负责", t[m.j :]) and m not in created]
            for body in created:
                p.add(iri(body.key), WSIS.createdBy, iri(creator.key), creator.i, body.j)


_AGENT_KINDS = ("org", "body", "post", "person")
_AUSPICES = re.compile(r"(?:应|将|应当)?在([^，。；,在]{1,20}?)的?主持下")


@rule("org.event.auspices")
def event_auspices(ctx: Context) -> None:
    """Under whose auspices an event is held (module docstring): ``峰会应在联合国秘书长主持下召开``,
    ``峰会在联合国秘书长的主持下举行``; the event is named right before, the agent right before 主持."""
    for p in passages(ctx):
        for am in _AUSPICES.finditer(p.text):
            event = p.mention_ending(am.start(), ("event",))
            agents = p.in_range(am.start(1), am.end(1), _AGENT_KINDS)
            if event is None or not agents or agents[-1].j != am.end(1):
                continue
            p.add(iri(agents[-1].key), WSIS.auspicesOf, iri(event.key), event.i, am.end())


_SET_UP = "(?:设立|建立|成立)"
_ASKED = r"(?:请|要求|呼吁|责成|建议|敦促)\s?$"


@rule("org.body.founder")
def body_founder(ctx: Context) -> None:
    """The agent that set a body up (module docstring): ``国际电联秘书长于2001年秋在日内瓦…建立了执行秘书处``,
    ``国际电信联盟设立的特别信托基金``, ``这项基金已由电联建立``, ``行政协调委员会设立一个…委员会``."""
    for p in passages(ctx):
        t = p.text
        found: list[tuple[M, M, int, int]] = []  # (founder, body, evidence i, j)
        # X于<date>(在P…)建立了B
        for dm in p.dates():
            di, dj = p.nidx(*dm.date_span)
            lead = re.search(r"于$", text_before(t, di))
            tail = re.match(f"[^，。；,]{{0,30}}?{_SET_UP}了(?:一个)?", t[dj:])
            if lead and tail:
                founder = p.mention_ending(lead.start(), _AGENT_KINDS)
                body = p.mention_at(dj + tail.end(), BODY_KINDS)
                if founder is not None and body is not None:
                    found.append((founder, body, founder.i, body.j))
        # X(所)设立的B; X设立(了)(一个)B
        for mm in re.finditer(f"(?:所)?{_SET_UP}(?:的|了?(?:一个|一项)?)", t):
            founder = p.mention_ending(mm.start(), _AGENT_KINDS)
            body = p.mention_at(mm.end(), BODY_KINDS)
            if founder is None or body is None or re.search(r"(?:19|20)\d{2}\s?年\s?$", text_before(t, founder.i)):
                continue  # "2002年国际电联理事会成立了…": the session did it (org.body.created)
            found.append((founder, body, founder.i, body.j))
        # B(已)由X建立
        for mm in re.finditer(f"(?:已经?)?由([^，。；,]{{1,20}}?){_SET_UP}", t):
            founders = p.in_range(mm.start(1), mm.end(1), _AGENT_KINDS)
            if not founders or founders[-1].j != mm.end(1):
                continue
            body, start = subject_before(p, mm.start())
            if body is None:
                body, start = topic(p, p.sentence_of(mm.start())[0])
            if body is not None and body.key != founders[-1].key:
                found.append((founders[-1], body, min(start, mm.start()), mm.end()))
        for founder, body, i, j in found:
            if re.search(_ASKED, text_before(t, founder.i)):
                continue  # "请联合国秘书长设立一个…工作组": asked to, not (yet) done
            if founder.key != body.key:
                p.add(iri(body.key), WSIS.foundedBy, iri(founder.key), i, j)


# ----------------------------------------------------------------------------------------------------------
# Roles
# ----------------------------------------------------------------------------------------------------------


def _verbatim(p: Passage, i: int, j: int) -> Literal:
    start, end = p.norm.span(i, j)
    return Literal(p.node.doc.text[start:end], lang="zh")


def _mandate_subject(p: Passage, k: int) -> tuple[M | None, int]:
    """Whose mandate: ``B的任务``, ``其使命`` (the last body named before), a generic noun, or the topic."""
    if re.search(r"其$", text_before(p.text, k)):
        m = p.last_before(k, BODY_KINDS)
        return m, k - 1
    body, start = subject_before(p, k)
    if body is not None:
        return body, start
    a, _ = p.sentence_of(k)
    body, start = topic(p, a)
    if body is None and p.text[k - 1 : k] in "，,":  # …成立一个…小组，成员包括…，职责为…
        body = p.last_before(k, BODY_KINDS, a)
        start = body.i if body is not None else start
    return body, start


@rule("org.body.roles")
def body_roles(ctx: Context) -> None:
    """What a body is responsible for, who may join, how it works, its mandate, whom it reports to, who
    supports it, where it sits; who manages and leads the Summit (module docstring)."""
    for p in passages(ctx):
        t = p.text
        for a, b in p.sentences():
            _sentence_roles(p, a, b)
        _listed_work(p)
        # 其目的是… / B的宗旨是…: a body's purpose is its mandate (其: the body named last before; B: named right before)
        for mm in re.finditer(r"(?:(?<=其)|的)(?:主要)?(?:目的|宗旨)(?:是|在于|为)", t):
            a, _ = p.sentence_of(mm.start())
            body = p.last_before(mm.start() - (0 if t[mm.start()] == "的" else 1), BODY_KINDS, max(0, a - 200))
            if body is None or (t[mm.start()] == "的" and body.j != mm.start()):
                continue
            begin = mm.end() + len(re.match(r"[，,:：]*", t[mm.end():]).group(0))
            end = clause_end(p, begin, "。；")
            if end > begin:
                p.add(iri(body.key), WSIS.mandate, _verbatim(p, begin, end), mm.start(), end)
        # B的任务是：(items) / 其使命如下：(items) / B的主要任务是…
        for mm in re.finditer(r"的?(?:主要)?(?:任务|职责|使命)(?:是|如下|为)[:：]?", t):
            body, start = _mandate_subject(p, mm.start())
            if body is None:
                continue
            parent = p.node.parent if p.node.kind == "Text" else None
            items = [c for c in parent.children if c.kind == "SubItem"] if parent is not None else []
            if items and clause_end(p, mm.end(), "。；") >= len(t.rstrip()) - 1:
                for item in items:
                    _mandate_item(p, body, item)
            else:
                begin = mm.end() + len(re.match(r"[，,:：]*", t[mm.end() :]).group(0))
                end = clause_end(p, begin, "。；")
                if end > begin:
                    p.add(iri(body.key), WSIS.mandate, _verbatim(p, begin, end), start, end)


# X，及其开展的以下工作：a) … b) …: the work of the body or initiative named last before, item by item
_ITS_WORK = re.compile(r"[，,]?(?:以)?及其(?:所)?(?:开展|进行|从事|承担)?的(?:以下|下列|如下)(?:工作|活动|任务|职能)[:：]\s*$")


def _listed_work(p: Passage) -> None:
    """The items under ``…X，及其开展的以下工作：`` are X's mandate items (X a body or an initiative)."""
    mm = _ITS_WORK.search(p.text)
    parent = p.node.parent if p.node.kind == "Text" else None
    if mm is None or parent is None:
        return
    items = [c for c in parent.children if c.kind in ("SubItem", "ListItem")]
    a, _ = p.sentence_of(mm.start())
    whose = p.last_before(mm.start(), ("body", "initiative"), a)
    if whose is None or not items or whose.j < mm.start() - 2:
        return  # the work of a thing named right before the words, never of one named earlier in the sentence
    for item in items:
        _mandate_item(p, whose, item)


def _mandate_item(p: Passage, body: M, item) -> None:
    """An item of a body's mandate (the node), and a reporting line it states (``并向 2002 年理事会汇报``)."""
    ctx = p.ctx
    ip = next((q for q in passages(ctx, item.doc.doc_id) if q.node is item), None) or Passage(ctx, item)
    label = re.match(r"(?:-\s?)?(?:\d+[.．]|[a-z]\)|[ivx]+\.)\s?\*?", ip.text)
    i = label.end() if label else 0
    if i >= len(ip.text):
        return
    ip.add(iri(body.key), WSIS.mandateItem, node_iri(item.id), i, len(ip.text))
    for mm in re.finditer(r"向(?:\d{4}年)?", ip.text):
        to = ip.mention_at(mm.end(), ("body", "org"))
        if to is not None and re.match(r"(?:汇报|报告)", ip.text[to.j :]) and to.key != body.key:
            via = _through(ip, mm.start())
            if via is not None and via.key not in (body.key, to.key):
                _report_through(ip, body.key, via, to)
            else:
                ip.add(iri(body.key), WSIS.reportsTo, iri(to.key), mm.start(), to.j + 2)


# 通过X向Y报告: the report goes through X, which passes it on to Y
_THROUGH = re.compile(r"通过(?:其|该)?$")


def _through(p: Passage, k: int) -> M | None:
    """The body or organisation named in ``通过X`` right before index ``k`` (the 向 of 向Y报告), or None. X may
    be a generic noun (通过委员会): the last body of its kind named before, in this passage or earlier in the
    same numbered paragraph (its text and earlier items)."""
    via = p.mention_ending(k, ("body", "org"))
    if via is not None:
        return via if _THROUGH.search(p.text, max(0, via.i - 4), via.i) else None
    g = re.search(f"通过(?:其|该)?(?P<n>{_GENERIC_RE})$", p.text[max(0, k - 8) : k])
    if g is None:
        return None
    noun, start = g.group("n"), k - len(g.group("n"))
    ref = _generic_referent(p, start, noun)
    if ref is None and p.node.parent is not None and p.node.kind in ("SubItem", "Text"):
        para = p.node.parent.id + "/"
        earlier = [q for q in passages(p.ctx, p.doc_id) if q.node.id.startswith(para)]
        for q in reversed(earlier[: next((n for n, q in enumerate(earlier) if q.node is p.node), 0)]):
            ref = _generic_referent(q, len(q.text), noun)
            if ref is not None:
                break
    return M(start, k, ref.key) if ref is not None else None


def _report_through(p: Passage, body_key: str, via: M, to: M) -> None:
    """``B通过X向Y报告``: B reports to X, and X to Y (the line the report travels), from the same words."""
    start = p.text.rfind("通过", 0, via.i + 1)
    p.add(iri(body_key), WSIS.reportsTo, iri(via.key), start, to.j + 2)
    p.add(iri(via.key), WSIS.reportsTo, iri(to.key), start, to.j + 2)


_INSTRUCTING = re.compile(r"责成|邀请|请|要求")
_LEADING_ROLE = re.compile(
    r"在([^，。；,]{1,20}?)中?(?:应)?"
    r"(?:发挥(?:了)?(?:管理方面的)?(?:领导|主导)(?:管理)?作用|负起[^，。；,]{0,6}领导责任)"
)


def _sentence_roles(p: Passage, a: int, b: int) -> None:
    t = p.text
    subj, subj_start = topic(p, a)
    # B负责X / B将对X负主要责任
    for mm in re.finditer(r"(?:将|应|主要)?负责(?!任)", t[a:b]):
        k = a + mm.start()
        body, start = subject_before(p, k)
        end = clause_end(p, a + mm.end())
        if body is not None and end > a + mm.end():
            p.add(iri(body.key), WSIS.responsibleFor, _verbatim(p, a + mm.end(), end), start, end)
    for mm in re.finditer(r"(?:将|应)?对([^，。；,]{2,30}?)负(?:主要)?责(?:任)?", t[a:b]):
        body, start = subject_before(p, a + mm.start())
        if body is None and subj is not None and a + mm.start() <= subj.j + 1:
            body, start = subj, subj_start
        if body is not None:
            p.add(iri(body.key), WSIS.responsibleFor, _verbatim(p, a + mm.start(1), a + mm.end(1)), start, a + mm.end())
    # 对所有…开放
    for mm in re.finditer(r"对(所有[^，。；,]{1,30}?)开放", t[a:b]):
        body, start = subject_before(p, a + mm.start())
        if body is None:
            body, start = subj, subj_start
        if body is not None:
            p.add(iri(body.key), WSIS.openTo, _verbatim(p, a + mm.start(1), a + mm.end(1)), start, a + mm.end())
    # 通过电子手段进行工作 / 通过电子邮件就…进行了协商
    for mm in re.finditer(r"(?:尽可能)?(?:通过|以)电子(?:手段|邮件)(?:方式)?(?:进行工作|就[^，。；,]{1,12}进行了?协商)", t[a:b]):
        if subj is not None:
            method = _verbatim(p, a + mm.start(), a + mm.end())
            p.add(iri(subj.key), WSIS.workingMethod, method, subj_start, a + mm.end())
    # 向B汇报/报告 (the sentence's topic reports; not when it is told to by someone: 责成…向…报告)
    for mm in re.finditer(r"向(?:\d{4}年)?", t[a:b]):
        k = a + mm.end()
        to = p.mention_at(k, ("body", "org"))
        if to is None or not re.match(r"(?:汇报|报告)", t[to.j :]) or subj is None or subj.key == to.key:
            continue
        if _INSTRUCTING.search(t[subj.j : a + mm.start()]):
            continue
        via = _through(p, a + mm.start())
        if via is not None and via.key not in (subj.key, to.key):
            _report_through(p, subj.key, via, to)
            continue
        p.add(iri(subj.key), WSIS.reportsTo, iri(to.key), subj_start, to.j + 2)
    # B1由(设在P的)?B2提供支持 / 受到B2的支持
    for mm in re.finditer(r"提供支持|的支持", t[a:b]):
        k = a + mm.start()
        supporter = p.mention_ending(k, ("body", "org"))
        if supporter is None:
            continue
        head = t[a:supporter.i]
        if mm.group(0) == "提供支持":
            by = head.rfind("由")
            if by < 0 or re.search(r"[，,]", head[by:]):
                continue
            body, start = subject_before(p, a + by)
        else:
            if not head.endswith("受到"):
                continue
            body, start = subj, subj_start
        if body is not None and body.key != supporter.key:
            p.add(iri(body.key), WSIS.supportedBy, iri(supporter.key), start, a + mm.end())
    # X(的秘书处)担任B(的)秘书处: X serves B as its secretariat (B is supported by X)
    for mm in re.finditer(r"(?:担任|充当|作为)", t[a:b]):
        body = p.mention_at(a + mm.end(), BODY_KINDS)
        tail = re.match(r"的?秘书处", t[body.j :]) if body is not None else None
        if tail is None:
            continue
        k = a + mm.start()
        k -= len(re.search(r"(?:的?秘书处)?(?:将|应|继续)?$", text_before(t, k, 8)).group(0))
        agent = p.mention_ending(k, ("org", "body"))
        if agent is not None and agent.key != body.key:
            p.add(iri(body.key), WSIS.supportedBy, iri(agent.key), agent.i, body.j + tail.end())
    # B(,)由…组成 / 成员包括…
    for mm in re.finditer(r"由([^。；，,由]{2,40}?)组成|成员(?:包括|有|为)([^，。；,]{2,120})", t[a:b]):
        k = a + mm.start()
        body, start = subject_before(p, k)
        if body is None:
            body = p.last_before(k, BODY_KINDS, a)
            start = body.i if body is not None else start
        gi = 1 if mm.group(1) else 2
        if body is not None:
            p.add(iri(body.key), WSIS.composition, _verbatim(p, a + mm.start(gi), a + mm.end(gi)), start, a + mm.end())
            for m in member_list(p, a + mm.start(gi), a + mm.end(gi)):
                p.add(iri(body.key), WSIS.member, iri(as_agent(p.ctx, m.key)), start, m.j)
    # 设在P的B
    for mm in re.finditer(r"设在", t[a:b]):
        place = p.mention_at(a + mm.end(), ("place",))
        if place is None or t[place.j : place.j + 1] != "的":
            continue
        body = p.mention_at(place.j + 1, ("body",))
        if body is not None:
            p.add(iri(body.key), WSIS.seat, iri(place.key), a + mm.start(), body.j)
    # 创建于P的(…)B / 在P设立的(…)B: a body set up in a place sits there (这项创建于日内瓦的…基金: the fund named last)
    for mm in re.finditer(r"(?:创建|设立|建立|成立)于|在", t[a:b]):
        place = p.mention_at(a + mm.end(), ("place",))
        if place is None:
            continue
        verb = "" if mm.group(0) != "在" else "(?:创建|设立|建立|成立)"
        tail = re.match(verb + "的", t[place.j :])
        if tail is None:
            continue
        body = _set_up_body(p, place.j + tail.end(), a + mm.start())
        if body is not None:
            m_, end = body
            p.add(iri(m_.key), WSIS.seat, iri(place.key), a + mm.start(), end)
    # 自愿性基金 / 自愿信托基金 / 以自愿捐款为基础的基金: a fund living on voluntary contributions
    for mm in re.finditer(r"(?<![不非])自愿(?:性|信托)?基金|以自愿(?:捐款|捐助|缴款|供资)为基础的[^，。；,、]{0,8}?基金", t[a:b]):
        k, end = a + mm.start(), a + mm.end()
        # a fund whose name ends so (…自愿信托基金); the bare words minted as a name yield to the fund they describe
        fund, start = _described_fund(p, k)
        named = p.mention_ending(end, ("body",))
        if named is not None and named.i <= k and (fund is None or named.i < k):
            fund, start = named, named.i
        if fund is not None and entity_class(p.ctx, fund.key) == "Fund":
            p.add(iri(fund.key), WSIS.fundingBasis, Literal("voluntary"), min(start, k), max(end, fund.j))
    # E的总体管理由A负责
    for mm in re.finditer(r"的(?:总体)?管理由", t[a:b]):
        event = p.mention_ending(a + mm.start(), ("event",))
        agent = p.mention_at(a + mm.end(), ("org", "body"))
        if event is not None and agent is not None and t[agent.j : agent.j + 2] == "负责":
            p.add(iri(agent.key), WSIS.manages, iri(event.key), event.i, agent.j + 2)
    # 由A主导/牵头的(“)X: A leads the initiative, body or event X (由国际电联主导的“连通世界”举措)
    for mm in re.finditer(r"由", t[a:b]):
        agent = p.mention_at(a + mm.end(), ("org",))
        lead = re.match(r"(?:主导|牵头)的[“\"]?", t[agent.j :]) if agent is not None else None
        target = p.mention_at(agent.j + lead.end(), ("initiative", "body", "event")) if lead else None
        if target is not None:
            p.add(iri(agent.key), WSIS.leads, iri(target.key), a + mm.start(), target.j)
    # A在X中发挥(了)?领导/主导(管理)?作用; A在X中负起…领导责任
    for mm in _LEADING_ROLE.finditer(t[a:b]):
        k = a + mm.start()
        agent = p.last_before(k, ("org",), a)
        if agent is None or re.search(r"[，,]", t[agent.j : k]) and not re.search(r"合作并$", text_before(t, k)):
            continue
        inner = p.in_range(a + mm.start(1), a + mm.end(1), ("event", "body"))
        target = inner[-1] if inner else p.last_before(agent.i, ("event",), a)
        if target is not None:
            p.add(iri(agent.key), WSIS.leads, iri(target.key), min(agent.i, target.i), a + mm.end())


_MEMBER_KINDS = ("place", "org", "body", "person")
_LIST_SEP = re.compile(r"(?:、|以及|和|及|与|,)")


def _set_up_body(p: Passage, k: int, phrase_start: int) -> tuple[M, int] | None:
    """The body a modifier ending at ``k`` describes: a body named within the next few characters, or a generic
    noun (基金, 委员会 …) standing, after a demonstrative opening its clause, for the last such body named."""
    t = p.text
    window = re.match(r"[^，。；,、：:]{0,12}", t[k:]).group(0)
    for d in range(len(window) + 1):
        m = p.mention_at(k + d, ("body",))
        if m is not None:
            return m, m.j
    g = re.match(rf"[^，。；,、：:]{{0,12}}?({_GENERIC_RE})", t[k:])
    if g is None:
        return None
    lead = re.search(r"(?:这项|这个|这一|该|此)[^，。；,]{0,4}$", t[max(0, phrase_start - 8) : phrase_start])
    if lead is None or p.in_range(k, k + g.end(), ("body",)):
        return None
    ref = _generic_referent(p, phrase_start, g.group(1))
    return (ref, k + g.end()) if ref is not None else None


def _described_fund(p: Passage, k: int) -> tuple[M | None, int]:
    """The fund a description opening at ``k`` is about: ``B是/为(一项)…`` (B named right before), or, after a
    demonstrative opening the phrase (这项创建于日内瓦的…), the last fund named before."""
    t = p.text
    clause = max(t.rfind(x, 0, k) for x in "，。；,;：:\n") + 1
    head = t[clause:k]
    cop = re.search(r"(?:是|为|作为)(?:一项|一个|一种|一只)?$", head)
    if cop and not re.search(r"(?:不|并非|并不)(?:是|为|作为)", head):
        body, start = subject_before(p, clause + cop.start())
        if body is not None:
            return body, start
    if re.match(r"(?:这项|这个|这一|该|此)", head) and not p.in_range(clause, k, ("body",)):
        return _generic_referent(p, clause, "基金"), clause
    return None, k


def member_list(p: Passage, i: int, j: int) -> list[M]:
    """The members a composition ``[i, j)`` lists: a run of countries, organisations, bodies or persons joined
    by 、/和/及/以及 that fills the span (a trailing 等 or 共同 allowed), of any length; [] when something else
    stands between them (由九名成员组成, 成员包括各区域的代表)."""
    t, out, k = p.text, [], i
    while k < j:
        m = p.mention_at(k, _MEMBER_KINDS)
        if m is None or m.j > j:
            return []
        out.append(m)
        k = m.j
        latin = re.match(r"\([^()]{1,60}\)", t[k:j])  # a person's Latin name
        k += latin.end() if latin else 0
        sep = _LIST_SEP.match(t, k, j)
        if sep is None:
            break
        k = sep.end()
    rest = t[k:j].strip()
    return out if not rest or re.fullmatch(r"(?:等|共同)*(?:国家|组织|成员国)?[；;。]?", rest) else []


# ----------------------------------------------------------------------------------------------------------
# Bodies the texts set up without naming them
# ----------------------------------------------------------------------------------------------------------

_UNNAMED_EN = {  # generic noun -> (slug, English kind, class)
    "任务组": ("task-force", "Task force", "TaskForce"),
    "工作组": ("working-group", "Working group", "WorkingGroup"),
    "工作队": ("task-force", "Task force", "TaskForce"),
    "委员会": ("committee", "Committee", "Committee"),
}
_UNNAMED = re.compile(r"于((?:19|20)\d{2})年(?:[^，。；,]{0,10}?)成立了一个(任务组|工作组|工作队|委员会)(?:以([^，。；,]{2,20}))?")


@rule("org.body.unnamed")
def body_unnamed(ctx: Context) -> None:
    """``秘书处于 1999 年成立了一个任务组以进行可行性研究, 该组于 2000 年向理事会汇报了研究成果``: a body with no
    name gets an IRI from its document position (docs/MODEL.md 'Slugs'), a type, labels built from its kind,
    year and purpose, its creation year, what it is for, and whom ``该组`` reports to."""
    for p in passages(ctx):
        t = p.text
        for mm in _UNNAMED.finditer(t):
            if p.mention_at(mm.start(2)) is not None or p.in_range(mm.start(2), mm.end(2)):
                continue  # a named body: the other rules handle it
            slug, en_kind, cls = _UNNAMED_EN[mm.group(2)]
            year = int(mm.group(1))
            body = ID[f"body/{slug}-{slugify(p.node.id)}"]
            purpose = mm.group(3)
            zh = f"{purpose}的{mm.group(2)}" if purpose else mm.group(2)
            en = f"{en_kind} set up in {year} ({p.node.locator})"
            ensure_entity(p, body, WSIS[cls], en, zh, mm.start(), mm.end())
            p.add(body, WSIS.creationDate, year_literal(year), mm.start(), mm.end())
            if purpose:
                p.add(body, WSIS.responsibleFor, _verbatim(p, mm.start(3), mm.end(3)), mm.start(), mm.end())
            # 该组于 2000 年向理事会汇报
            later = re.compile(r"该(?:组|" + mm.group(2) + r")[^。；]{0,12}?向(?:\d{4}年)?")
            for lm in later.finditer(t, mm.end()):
                to = p.mention_at(lm.end(), ("body", "org"))
                if to is not None and re.match(r"(?:汇报|报告)", t[to.j :]):
                    p.add(body, WSIS.reportsTo, iri(to.key), lm.start(), to.j + 2)
                break
