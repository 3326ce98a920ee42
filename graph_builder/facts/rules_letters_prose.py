"""Letters a report tells of in its prose, without a UN-style title ('Letters'; docs/MODEL.md).

``letters.prose`` reads three forms of a sentence about a letter (信函, 函件, 信件, 信, 函; an invitation
letter is an invitation, read by the event rules):

* sent: ``X(于DATE)向A、B和C发出了(第二封|一封)(…)信函`` -- X sent it, on that date, to each of A, B and C;
* passive: ``(…的)信函(已)(于DATE)由X(于DATE)发给A、B和C`` (also 寄给, 送交, 发送给, 分发给);
* dated, sender unstated: ``DATE的函件`` (``工作由2015年3月4日的函件开始``), with the addressees a later clause of
  the same sentence names: ``该函件请A和B就…发表意见``.

Each is one ``wsis:Letter`` (``document/letter-{iso date}-{sender}`` as ``letters.title`` names a letter with a
day and a sender, else ``document/letter-{iso date}-{doc}`` or ``document/letter-{doc}-{node}-{k}``) with
``wsis:date`` (ISO form and precision), ``wsis:sender`` and one ``wsis:addressedTo`` per addressee named, each
quoted by the words of its clause. A sender written by a bare title (``主席``, ``秘书长``) is the holder of that
post in the body the section is about (the section heading names it), as the facts stated before say; a name no
list holds is left out rather than guessed.
"""

from __future__ import annotations

import re

from rdflib.namespace import RDF

from graph_builder.entities.minting import SOURCE_DERIVED, SOURCE_NONE, mint
from graph_builder.entities.open_class import entity_kind
from graph_builder.entities.recognize_dates import find_dates
from graph_builder.facts import rule
from graph_builder.facts.rules_actions_common import date_values
from graph_builder.rdf.namespaces import ID, WSIS, slugify

_KIND = r"(?P<kind>信函|函件|信件|信(?![息心任用誉号])|函(?!件|数))"
_NTH = r"(?:第[一二三四五六七八九十\d]{1,3}封|一封|两封|多封|数封|几封)?"
_SENT = re.compile(r"(?:^|(?<=[,。;:]))(?P<sender>[^,。;:()“”]{2,30}?)(?:已|还|也|又|曾)?(?P<when>于[^,。;:向]{4,20}?)?"
                   r"向(?P<to>[^,。;:()“”]{2,40}?)(?:发出|发送|寄发|寄出|致送|发)了?" + _NTH +
                   r"(?P<about>[^,。;:]{0,20}?)" + _KIND)
_PASSIVE = re.compile(r"(?:^|(?<=[,。;:]))(?P<about>[^,。;:]{0,20}?)" + _KIND +
                      r"(?:已|也|还|均)?(?P<when1>于[^,。;:由]{4,20}?)?由(?P<sender>[^,。;:()“”]{2,30}?)"
                      r"(?P<when2>于[^,。;:]{4,20}?)?(?:发给|寄给|送交|发送给|分发给|寄送给|转交给?)"
                      r"(?P<to>[^,。;:()“”]{2,40})")
_DATED = re.compile(r"(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)的" + _KIND)
# the same letter asking its addressees in a later clause: 该函件请A和B就…发表意见
_ASKS = re.compile(r"(?:该|这封|这一|此)(?:信函|函件|信件|信|函)(?:还|也)?(?:请|邀请|要求|请求)(?P<to>[^,。;:()“”]{2,30}?)"
                   r"(?:就|对|在|于|提供|发表|参加|提交|回复|答复)")
# a letter that opened a body's work: X(的)工作由/以/始于DATE的函件(开始|启动|为开端)
_OPENED_BEFORE = re.compile(r"(?:的)?工作(?:是|乃)?(?:由|以|从|始于|开始于)$")
_OPENED_AFTER = re.compile(r"(?:而)?(?:开始|启动|开启|展开|为开端|为起点|作为开端)")
_SPLIT = re.compile(r"(以及|和|及|与|、)")
_AGENT = ("POST", "ORG", "BODY", "GOVERNMENT", "PERSON", "COUNTRY")
_TITLE = re.compile(r"^(?:其|该)?(主席|秘书长|总干事|执行秘书|执行主任|主任)$")
_MONTHS = ("January February March April May June July August September October November December").split()
_LEAVES = ("Paragraph", "Text", "SubItem", "ListItem", "OperativeParagraph", "Preamble", "Footnote")


def _agent(ctx, doc_id: str, a: int, b: int) -> str | None:
    """The agent ending the words ``[a, b)``: the last named post, organisation, body, government, group or person."""
    found = [m for m in ctx.mentions_in(doc_id, a, b)
             if entity_kind(ctx.reference, m.key) in _AGENT or m.key.startswith("group/")]
    if not found:
        return None
    last = max(found, key=lambda m: (m.end, m.end - m.start))
    return last.key if b - last.end <= 1 else None


def _section_body(ctx, node) -> str | None:
    """The body the heading of ``node``'s section names (峰会联络委员会 over its paragraphs)."""
    doc = ctx.doc(node.doc.doc_id)
    heading = None
    for n in doc.nodes:
        if n.start >= node.start:
            break
        if n.kind == "Heading":
            heading = n
    if heading is None:
        return None
    bodies = [m for m in ctx.mentions_in(doc.doc_id, heading.start, heading.end) if m.key.startswith("body/")]
    return bodies[-1].key if bodies else None


def _holder(ctx, node, title: str) -> str | None:
    """A bare title (主席) in a section about a body: the post or person the facts give as that body's chair or head."""
    body = _section_body(ctx, node)
    if body is None:
        return None
    preds = (WSIS.chair, WSIS.head) if title == "主席" else (WSIS.head,)
    for p in preds:
        for (s, p2, o) in ctx.store.facts:
            if s == ID[body] and p2 == p:
                return str(o)[len(str(ID)):]
    return None


def _sender(ctx, node, norm, m, group: str) -> str | None:
    a, b = norm.span(m.start(group), m.end(group))
    key = _agent(ctx, node.doc.doc_id, a, b)
    if key is not None:
        return key
    title = _TITLE.match(m.group(group).strip())
    return _holder(ctx, node, title.group(1)) if title else None


def _addressees(ctx, node, norm, m, group: str) -> list[tuple[str, tuple[int, int]]]:
    """Each addressee of a run ``A、B和C``: (key, original span of its words); unnamed parts are left out."""
    out = []
    words, base = m.group(group), m.start(group)
    pos = 0
    for part in _SPLIT.split(words):
        start = base + pos
        pos += len(part)
        if not part or _SPLIT.fullmatch(part):
            continue
        a, b = norm.span(start, start + len(part))
        key = _agent(ctx, node.doc.doc_id, a, b)
        if key is not None and key not in [k for k, _ in out]:
            out.append((key, (a, b)))
    return out


def _date_in(dates, norm, m, *groups):
    for g in groups:
        if m.groupdict().get(g):
            a, b = norm.span(m.start(g), m.end(g))
            d = next((x for x in dates if a <= x.start and x.end <= b), None)
            if d is not None:
                return d
    return None


def _en(ctx, key: str) -> str:
    e = ctx.reference.by_key.get(key)
    return (e.en or "") if e is not None else ""


def _label_en(ctx, d, sender: str | None, to: list[str]) -> str:
    parts = ["Letter"]
    if d is not None and d.precision == "day":
        parts.append(f"dated {d.start_date.day} {_MONTHS[d.start_date.month - 1]} {d.start_date.year}")
    elif d is not None:
        parts.append(f"of {d.iso}")
    if sender:
        if not _en(ctx, sender):
            return ""
        parts.append(f"from the {_en(ctx, sender)}")
    names = [_en(ctx, k) for k in to]
    if names and all(names):
        parts.append("to " + " and ".join(names))
    return " ".join(parts) if len(parts) > 1 else ""


@rule("letters.prose", after=("org.body.chair", "org.people.post-of"))
def prose_letters(ctx) -> None:
    if ctx.reference is None:
        return
    for node in ctx.leaves(*_LEAVES):
        text = node.normalized().text
        if not any(w in text for w in ("信", "函")):
            continue
        norm = node.normalized()
        dates = find_dates(norm)
        k = 0
        seen: list[tuple[int, int]] = []
        matches = []
        for m in _SENT.finditer(text):
            if m.group("about").endswith(("邀请", "请柬")):
                continue  # an invitation letter: the event rules read who is invited to what
            matches.append((m, "sender", ("when",)))
        for m in _PASSIVE.finditer(text):
            if m.group("about").endswith(("邀请", "请柬")):
                continue
            matches.append((m, "sender", ("when1", "when2")))
        for m in _DATED.finditer(text):
            matches.append((m, None, ("date",)))
        for m, sender_group, date_groups in sorted(matches, key=lambda x: x[0].start()):
            if any(a <= m.start("kind") < b for a, b in seen):
                continue
            seen.append((m.start(), m.end()))
            sender = _sender(ctx, node, norm, m, sender_group) if sender_group else None
            if sender_group and sender is None and not m.group(sender_group).strip().endswith(("主席", "秘书长")):
                continue  # no agent before 向/after 由: not a sentence about sending a letter
            d = _date_in(dates, norm, m, *date_groups)
            span = norm.span(m.start(), m.end())
            if "to" in m.groupdict():
                to = _addressees(ctx, node, norm, m, "to")
            else:
                asks = _ASKS.search(text, m.end())
                stop = min((text.find(c, m.end()) for c in "。;" if text.find(c, m.end()) >= 0), default=len(text))
                to = _addressees(ctx, node, norm, asks, "to") if asks and asks.start() < stop else []
                if to:
                    span = (span[0], norm.span(asks.start(), asks.end())[1])
            if d is None and sender is None:
                continue
            k += 1
            if d is not None and sender is not None and d.precision == "day":
                key = f"document/letter-{d.iso}-{sender.split('/', 1)[1]}"
            elif d is not None:
                key = f"document/letter-{d.iso}-{node.doc.doc_id}"
            else:
                key = f"document/letter-{node.doc.doc_id}-{slugify(node.id.split('/', 1)[1])}-{k}"
            # the letter as the sentence names it: 寻求支持的信函 (passive), else the whole clause
            zh = text[m.start("about"):m.end("kind")] if m.re is _PASSIVE and m.group("about") else \
                text[m.start():m.end()]
            en = _label_en(ctx, d, sender, [t for t, _ in to])
            mint(ctx.reference, key, "Letter", zh, en, SOURCE_DERIVED if en else SOURCE_NONE)
            letter = ID[key]
            ctx.store.add_span(letter, RDF.type, WSIS.Letter, node, span)
            if d is not None:
                for p, o in date_values(d, WSIS.date):
                    ctx.store.add_span(letter, p, o, node, span)
            if sender is not None:
                ctx.store.add_span(letter, WSIS.sender, ID[sender], node, span)
            for key_to, _ in to:
                ctx.store.add_span(letter, WSIS.addressedTo, ID[key_to], node, span)
            if m.re is _DATED:
                _opened(ctx, node, norm, m, letter)


def _opened(ctx, node, norm, m, letter) -> None:
    """``X工作由DATE的函件开始`` / ``X的工作以DATE的信函为开端`` / ``X的工作始于DATE的信函``: the letter
    ``wsis:startedWorkOf`` X (a body or event named right before 工作)."""
    text = norm.text
    before = _OPENED_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if before is None:
        return
    starts_at = text[:before.start()].endswith("始于") or before.group().endswith("始于")
    if not starts_at and _OPENED_AFTER.match(text, m.end()) is None:
        return
    found = [x for x in ctx.mentions_in(node.doc.doc_id, *norm.span(max(0, before.start() - 40), before.start()))
             if x.key.startswith(("body/", "event/"))]
    if not found:
        return
    last = max(found, key=lambda x: (x.end, x.end - x.start))
    if last.end != norm.span(before.start(), before.start() + 1)[0]:
        return  # the body is not the one whose work the clause names
    end = _OPENED_AFTER.match(text, m.end())
    span = (last.start, norm.span(m.start(), end.end() if end else m.end())[1])
    ctx.store.add_span(letter, WSIS.startedWorkOf, ID[last.key], node, span)


__all__ = ["prose_letters"]
