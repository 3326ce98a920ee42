"""Facilitators named in prose, in the order given (a list, so code rather than a frame).

``frames.facilitators`` reads clauses (up to ；or 。) that name an action line by its number (``C4``, ``C7电子卫生
分行动方面``) and its facilitators in one of the genre's forms:

* ``…的推进机构(依次)?为A、B和C`` / ``…的协调机构是A和B`` / ``…的促进方依次为A、B和C`` (促进方, the UN term);
* ``…由A和B(共同|联合)?推进`` / ``由A单独推进`` / ``由A牵头``;
* ``A列于首位`` after the list puts A first;
* several lines before one list said to be in order (``C1、C2和C3的推进机构依次为A、B和C``, ``分别为``) with as many
  agencies as lines: each line gets its own agency;
* a list item ``- C4（能力建设）：A、B和C`` of a paragraph whose words announce facilitators (推进方依次如下).

Each agency becomes a ``wsis:Facilitation`` (``wsis:actionLine``, ``wsis:agency``, ``wsis:rank`` in the order
given, ``wsis:listedIn`` the paragraph), as the facilitators query reads them.

A country's report names national focal bodies per action line (``行动方面C4（能力建设）由A和B共同负责``, ``C7由A负责``
closing the clause): each body, listed or not (an unlisted ministry, office or committee is minted by its name), becomes
a ``wsis:NationalFocalPoint`` (a ``wsis:Facilitation`` held by a national body, ranked as printed).
"""

from __future__ import annotations

import re

from rdflib import Literal
from rdflib.namespace import RDF, RDFS, XSD

from graph_builder.facts import rule
from graph_builder.facts.rules_tables import line_by_notation
from graph_builder.rdf.namespaces import ID, WSIS, entity_iri, node_iri, slugify

# the line may stand right before 由 (C4由A和B共同推进) or a run may end in 均/都 (C8、C9和C10均由A推进)
# the line's name may follow in brackets or in quotes (行动方面C7“电子卫生”的协调人依次为…)
# or after a colon (C7：电子政务的推进方…), or in English (C7 e-health的推进机构…)
_LINE = re.compile(r"C\d{1,2}(?!\d)(?:\([^()]{1,40}\)|“[^“”]{1,30}”|\s*[:：]\s*(?=[\u4e00-\u9fff])"
                   r"|\s*(?=[A-Za-z]))?(?:[\u4e00-\u9fff]{0,8}?|[A-Za-z][A-Za-z -]{0,24}?)"
                   r"(?=\s*(?:分?行动方面|行动方针|\(|会议|的|(?:均|都|皆)?由))")
_LIST = re.compile(r"(?:推进|促进|协调|牵头)(?:机构|单位|方|人|者)(?:依次|分别)?(?:为|是)(?P<a>[^;。]+)"
                   r"|由(?P<b>[^;。]{2,60}?)(?:共同|联合|单独)?(?:推进|促进|协调|牵头)")
# several lines before one list, paired one to one when the list says so (C1、C2和C3的推进机构依次为A、B和C)
_RUN_TOKEN = re.compile(r"C\d{1,2}(?!\d)(?:\([^()]{1,40}\))?")
_RUN_SEP = re.compile(r"\s*(?:、|,|和|及|与|以及)\s*")
_RESPECTIVELY = re.compile(r"依次|分别")
_FIRST = re.compile(r"(?P<x>[^,;。]{2,20}?)列于首位")
# a list item of a paragraph that announces facilitators (各行动方面的推进方依次如下：): ``- C4（能力建设）：A、B、C；``
_ITEM = re.compile(r"\s*(?:[-•·*]\s*)?(?P<line>C\d{1,2}(?!\d)(?:\([^()]{1,40}\))?[\u4e00-\u9fff]{0,8}?)\s*[:：]\s*(?P<c>[^;。]+)")
_ANNOUNCES = re.compile(r"(?:推进|促进|协调|牵头)(?:机构|单位|方|人|者)")
# the lead named before the list of the others: X担任牵头推进方，共同推进方依次为A、B和C
_LEAD = re.compile(r"(?:担任|作为|为|是)(?:该行动方面的)?牵头(?:推进|促进|协调)?(?:机构|单位|方)")
# one agency facilitating lines alone: X是C2（…）和C5（…）两个行动方面的唯一推进方; also without 唯一 (X是C3（…）和
# C9（…）行动方面的推进机构: the only agency this listing names), never …推进机构之一 (one of several, rank unknown)
_SOLE = re.compile(r"(?:是|为|作为|担任)(?P<lines>(?:C\d{1,2}(?!\d)(?:\([^()]{1,40}\))?(?:、|和|及|与)?){1,11})"
                   r"(?:[两三四五六七八九十]个|各)?(?:行动方面|行动方针)的(?:唯一|单独)?(?:推进|促进|协调)(?:机构|单位|方)(?!之一)")
_NOTATION = re.compile(r"C\d{1,2}(?!\d)")
# the agencies first, each with its lines in brackets: 推进方依次为：A（C1、C7电子政务）、B（C2、C5）
_AGENCY_LIST = re.compile(r"(?:推进|促进|协调|牵头)(?:机构|单位|方)(?:依次|分别)?(?:为|是|如下)\s*:?")
_LINES_AFTER = re.compile(r"\s*\((?P<lines>C\d{1,2}(?!\d)[^()]{0,80})\)")
_LINE_TOKEN = re.compile(r"C\d{1,2}(?!\d)[\u4e00-\u9fff]{0,8}")
_AGENT_KINDS = ("org", "body", "post")
# national focal bodies: 由A和B共同负责 closing the clause (由秘书处负责组织会议 is a task, not a line's focal body)
_NATIONAL = re.compile(r"由(?P<n>[^;。,由]{2,60}?)(?:共同|联合|单独)?负责(?=\s*(?:[;。,]|$))")
# a body's name closes with one of these words; a list of bodies splits only after one (邮政和信息通信部 is one)
_BODY_END = r"(?:部|局|署|司|委员会|理事会|办公室|中心|机构|监管局)"
_NATIONAL_SEP = re.compile("(?:" + "|".join(f"(?<={w})" for w in _BODY_END[3:-1].split("|")) + ")(?:、|和|及|与|以及)")
_NATIONAL_BODY = re.compile(r"[\u4e00-\u9fff]{2,24}" + _BODY_END + r"$")


@rule("frames.facilitators")
def prose_facilitators(ctx) -> None:
    from graph_builder.facts.rules_events import scan

    add = ctx.store.add_span
    for leaf, _ in scan(ctx):
        text = leaf.text
        if "C" not in text:
            continue
        k = 0
        for clause in re.split(r"(?<=[;。])", text):
            c0, c1 = k, k + len(clause)
            k = c1
            if _agency_first(ctx, leaf, c0, c1):
                continue
            line_m = _LINE.search(text, c0, c1)
            list_m = _LIST.search(text, line_m.end() if line_m else c0, c1) if line_m else None
            if line_m is None:  # a sub-line by its bare name: 电子环境由A和B共同推进
                line_m = _bare_sub_line(ctx, text, c0, c1)
                list_m = _LIST.search(text, line_m.end(), c1) if line_m else None
            if (line_m is None or list_m is None) and c0 == 0 and _announced(leaf.node):
                line_m = list_m = _ITEM.match(text)
                line_g = "line"
            else:
                line_g = 0
            if line_m is None or list_m is None:
                if line_m is not None and not line_g and _national(ctx, leaf, line_m, c1):
                    continue
                _sole(ctx, leaf, c0, c1)
                continue
            line = (line_m.sub_line if isinstance(line_m, _SubLine) else
                    line_by_notation(ctx, re.sub(r"分?行动方面|会议|的$|(?:均|都|皆)$|[“”:：]", " ", line_m.group(line_g)).strip()
                                     .replace("(", " ").replace(")", "")))
            if line is None:
                continue
            g = "c" if line_g else "a" if list_m.group("a") else "b"
            i, j = list_m.start(g), list_m.end(g)
            agents = [m for m in leaf.mentions if i <= m.i and m.j <= j and m.key.split("/", 1)[0] in _AGENT_KINDS]
            if not agents:
                continue
            # an acronym in parentheses after the full name (联合国开发计划署（开发署）) is the same agency, listed
            # once (an agency printed twice for two lines, 分别为国际电联、国际电联, stays twice)
            agents = [m for k_, m in enumerate(agents)
                      if not (k_ and agents[k_ - 1].key == m.key and text[agents[k_ - 1].j:m.i] in ("(", "（"))]
            lead_m = _LEAD.search(text, c0, list_m.start())
            led = None
            if lead_m:
                led = next((m for m in reversed(leaf.mentions) if c0 <= m.i and m.j <= lead_m.start()
                            and m.key.split("/", 1)[0] in _AGENT_KINDS
                            and not text[m.j:lead_m.start()].strip(",，、 ")), None)
                if led is not None:
                    agents = [led] + [m for m in agents if m.key != led.key]
            first = _FIRST.search(text, list_m.end(), c1)
            if first:
                lead = [m for m in agents if text[m.i:m.j] in first.group("x")]
                if lead:
                    agents = lead[:1] + [m for m in agents if m is not lead[0]]
            run = _line_run(text, c0, line_m.start(line_g), list_m.start(g)) if not line_g else []
            if len(run) > 1 and len(run) == len(agents) and _RESPECTIVELY.search(text, line_m.end(), list_m.start(g)):
                # one agency per line, in the order both are printed: each is that line's first facilitator
                start = run[0][0]
                pairs = []
                for (_, tok), m in zip(run, agents):
                    ln = line_by_notation(ctx, tok.replace("(", " ").replace(")", ""))
                    if ln is not None:
                        pairs.append((ln, [m]))
                span = leaf.span(start, list_m.end())
            elif len(run) > 1 and re.fullmatch(r"(?:均|都|皆)?", text[line_m.end():list_m.start(g) - 1]):
                # C8、C9和C10均由A推进: every line of the run has the same facilitators
                pairs = [(ln, agents) for ln in (line_by_notation(ctx, tok) for _, tok in run) if ln is not None]
                span = leaf.span(run[0][0], list_m.end())
            else:
                pairs = [(line, agents)]
                span = leaf.span(min(line_m.start(line_g), led.i if led is not None else c1),
                                 first.end() if first else list_m.end())
                if led is not None:
                    add(ID[line], WSIS.leadFacilitator, ID[led.key], leaf.node, span)
            for line, line_agents in pairs:
                _add_facilitations(ctx, leaf, line, line_agents, span)


class _SubLine:
    """A sub-line named without its line's number (电子环境 for C7 e-environment), shaped like a match."""

    def __init__(self, m, key: str):
        self._m, self.sub_line = m, key

    def start(self, g=0):
        return self._m.start()

    def end(self, g=0):
        return self._m.end()

    def group(self, g=0):
        return self._m.group(0)


def _bare_sub_line(ctx, text: str, c0: int, c1: int):
    """The sub-line whose Chinese name (the reference's) stands right before 由 in the clause, if any."""
    if ctx.reference is None:
        return None
    cached = getattr(ctx.reference, "_sub_line_names", None)
    if cached is None:
        names = {e.zh: e.key for e in ctx.reference.entities
                 if e.key.startswith("actionline/") and " " in (e.notation or "") and e.zh}
        pattern = re.compile("(?:" + "|".join(sorted(map(re.escape, names), key=len, reverse=True))
                             + ")(?=(?:分行动方面)?由)") if names else None
        cached = ctx.reference._sub_line_names = (names, pattern)
    names, pattern = cached
    if pattern is None:
        return None
    m = pattern.search(text, c0, c1)
    return _SubLine(m, names[m.group(0)]) if m else None


def _agency_first(ctx, leaf, c0: int, c1: int) -> bool:
    """``推进方依次为：A（C1、C7电子政务）、B（C2、C5）…``: each agency with the lines it facilitates in brackets
    after it; each line's facilitators are ranked in the order the agencies are printed."""
    text = leaf.text
    ann = _AGENCY_LIST.search(text, c0, c1)
    if ann is None:
        return False
    per_line: dict[str, list] = {}
    last = None
    for m in leaf.mentions:
        if not (ann.end() <= m.i and m.j <= c1) or m.key.split("/", 1)[0] not in _AGENT_KINDS:
            continue
        lines = _LINES_AFTER.match(text, m.j)
        if lines is None:
            continue
        for tok in _LINE_TOKEN.finditer(lines.group("lines")):
            line = line_by_notation(ctx, tok.group(0))
            if line is not None and m not in per_line.setdefault(line, []):
                per_line[line].append(m)
        last = lines.end()
    if not per_line:
        return False
    span = leaf.span(ann.start(), last)
    for line, agents in per_line.items():
        _add_facilitations(ctx, leaf, line, agents, span)
    return True


def _line_run(text: str, c0: int, at: int, stop: int) -> list[tuple[int, str]]:
    """The action-line notations printed as one list ('C1、C2、C3和C4') that holds the one starting at ``at``."""
    tokens = list(_RUN_TOKEN.finditer(text, c0, stop))
    k = next((n for n, m in enumerate(tokens) if m.start() == at), None)
    if k is None:
        return []
    lo = hi = k
    while lo > 0 and _RUN_SEP.fullmatch(text, tokens[lo - 1].end(), tokens[lo].start()):
        lo -= 1
    while hi + 1 < len(tokens) and _RUN_SEP.fullmatch(text, tokens[hi].end(), tokens[hi + 1].start()):
        hi += 1
    return [(m.start(), m.group(0)) for m in tokens[lo:hi + 1]]


class _Named:
    """A body named in the text (listed or minted), shaped like a mention."""

    def __init__(self, key: str, i: int, j: int):
        self.key, self.i, self.j = key, i, j


def _national(ctx, leaf, line_m, c1: int) -> bool:
    """``行动方面C4（能力建设）由A和B共同负责``: A and B, in order, are the line's national focal bodies."""
    from graph_builder.entities.minting import SOURCE_NONE, mint
    from graph_builder.facts.frames.mint import mint_key

    text = leaf.text
    m = _NATIONAL.search(text, line_m.end(), c1)
    if m is None or text[line_m.end():m.start()].strip(" 的") not in ("", "分行动方面", "行动方面", "行动方针"):
        return False
    line = line_by_notation(ctx, re.sub(r"分?行动方面|会议|的$|(?:均|都|皆)$|[“”:：]", " ", line_m.group(0)).strip()
                            .replace("(", " ").replace(")", ""))
    if line is None:
        return False
    bodies, k = [], m.start("n")
    for part in [*_NATIONAL_SEP.split(m.group("n")), None]:
        if part is None:
            break
        i, j = k, k + len(part)
        k = j + len(_NATIONAL_SEP.match(text, j).group(0)) if j < m.end("n") else j
        listed = [x for x in leaf.mentions if i <= x.i and x.j <= j and x.key.split("/", 1)[0] in _AGENT_KINDS]
        if len(listed) == 1 and not text[i:listed[0].i].strip() and not text[listed[0].j:j].strip():
            bodies.append(_Named(listed[0].key, i, j))
        elif not listed and _NATIONAL_BODY.match(part) and ctx.reference is not None:
            key = mint(ctx.reference, mint_key("body", part), "Organization", part, "", SOURCE_NONE)
            bodies.append(_Named(key, i, j))
        else:
            return False  # a part that names no body: not a list of focal bodies
    if not bodies:
        return False
    _add_facilitations(ctx, leaf, line, bodies, leaf.span(line_m.start(), m.end()), national=True)
    return True


def _add_facilitations(ctx, leaf, line: str, agents: list, span, national: bool = False) -> None:
    """One ``wsis:Facilitation`` per agency of ``line``, ranked in the order given (``wsis:NationalFocalPoint``
    too when the agencies are a country's focal bodies)."""
    add = ctx.store.add_span
    notation = slugify(line.split("/", 1)[1])
    for rank, m in enumerate(agents, 1):
        fac = entity_iri("facilitation", f"{leaf.node.doc.doc_id}-{slugify(leaf.node.id.split('/', 1)[1])}"
                                         f"-{notation}-{rank}-{m.key.split('/', 1)[1]}")
        mspan = leaf.span(m.i, m.j)
        add(fac, RDF.type, WSIS.Facilitation, leaf.node, span)
        if national:
            add(fac, RDF.type, WSIS.NationalFocalPoint, leaf.node, span)
        role_en, role_zh = ("national focal point", "国家联络机构") if national else ("facilitator", "推进机构")
        add(fac, RDFS.label, Literal(f"{notation.upper()} {role_en} {rank} ({leaf.node.locator})", lang="en"),
            leaf.node, span)
        add(fac, RDFS.label, Literal(f"{notation.upper()} {role_zh} {rank}（{leaf.node.locator}）", lang="zh"),
            leaf.node, span)
        add(fac, WSIS.actionLine, ID[line], leaf.node, span)
        add(fac, WSIS.agency, ID[m.key], leaf.node, mspan)
        add(fac, WSIS.rank, Literal(rank, datatype=XSD.integer), leaf.node, span)
        add(fac, WSIS.listedIn, node_iri(leaf.node.id), leaf.node, span)


def _sole(ctx, leaf, c0: int, c1: int) -> None:
    """``X是C2（…）和C5（…）两个行动方面的唯一推进方``: X alone facilitates each line it names."""
    text = leaf.text
    for m in _SOLE.finditer(text, c0, c1):
        agent = next((x for x in reversed(leaf.mentions) if c0 <= x.i and x.j <= m.start()
                      and x.key.split("/", 1)[0] in _AGENT_KINDS and not text[x.j:m.start()].strip()), None)
        if agent is None:
            continue
        span = leaf.span(agent.i, m.end())
        for n in _NOTATION.finditer(m.group("lines")):
            line = line_by_notation(ctx, n.group(0))
            if line is not None:
                _add_facilitations(ctx, leaf, line, [agent], span)


def _announced(node) -> bool:
    """Whether ``node`` is a list item of a paragraph whose own words (before its items) announce facilitators."""
    parent = getattr(node, "parent", None)
    if node.kind != "ListItem" or parent is None:
        return False
    first = next((c for c in parent.children if c.kind == "ListItem"), node)
    return bool(_ANNOUNCES.search(parent.doc.text[parent.start:first.start]))
