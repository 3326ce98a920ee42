"""Resumed sessions: the part of a session (or numbered meeting) held after it was suspended.

A resumed session is its own event, a part of its session (docs/MODEL.md 'Identity'), never a meeting of the
same name: it has its own dates and place, and the session keeps its own. The forms are data (below), each
around an EVENT slot that names the session (a minted session ``委员会第十届会议``, a listed or anchored
meeting ``筹备委员会第三次会议``):

* a suffix: ``…第十届会议续会``, ``…的续会``, ``…续会议``, ``…复会``, ``…第二次续会`` (the second
  resumption), ``…第二期会议`` (its second part, i.e. the first resumption), and the English words the genre
  puts in brackets after a Chinese name: ``…第六十届会议（resumed）``, ``（resumed session）``,
  ``（resumed sixtieth session）`` (English stands in these texts only in brackets, symbols and titles: a
  sentence in English names no Chinese session and is not read);
* a prefix: ``恢复的第六十届会议``, ``恢复举行的…``, ``续会的…``;
* a verb, in the frames (``part: resumed``, graph_builder/facts/frames/meetings.yaml): ``EVENT于DATE在PLACE复会``,
  ``其续会`` / ``该届会议的续会于DATE举行`` (the session named last), and ``BODY于DATE复会`` when the section
  named the body's session before, or the body is a council (its session of that year); else the text does
  not say which session resumes and nothing is made.

The resumed session's key is its session's key + ``-resumed`` (``-resumed-2`` for a second resumption), its
class the session's, its @zh label the words that name it, its @en label ``<session> (resumed)``.
"""

from __future__ import annotations

import re

from graph_builder.facts.frames.slots import Slot

_CN = {"二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}

#: words right after a session that make the words a resumed session; ``n``: which resumption, ``part``:
#: which part of the session (part 2 is the first resumption)
SUFFIX = re.compile(r"(?:的)?(?:(?:第(?P<n>[二两三四五六\d])次)?(?:续会议|续会|复会(?=期间|会议|[,;。)]|$))"
                    r"|第(?P<part>[二三四五六\d])期会议)"
                    # the English words in brackets after the Chinese name: 第六十届会议（resumed session）
                    r"|\((?i:(?:the\s+)?resumed(?:\s+[a-z]+(?:-[a-z]+)?)?(?:\s+(?:session|part|meeting))?)\)")
#: words right before a session (恢复的第六十届会议)
PREFIX = re.compile(r"(?:恢复(?:举行)?的|续会的)$")
#: a verb after a session that says the dates and place that follow are its resumed part's
RESUMES = re.compile(r"复会|续会|恢复举行")
_ORDINAL_EN = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}


def names_resumed_part(text: str, i: int, j: int, end: int) -> bool:
    """Whether the session named at [i, j) is named as (or said to resume as) a resumed part, up to ``end``
    (the clause's end): the dates and place there are not the session's own."""
    return bool(SUFFIX.match(text, j) or PREFIX.search(text, max(0, i - 6), i) or RESUMES.search(text, j, end))


def resumption(n: int) -> tuple[str, str]:
    """(key suffix, English qualifier) of the ``n``-th resumption of a session."""
    if n <= 1:
        return "-resumed", "resumed"
    return f"-resumed-{n}", f"{_ORDINAL_EN.get(n, f'No. {n}')} resumption"


def _session_names(ctx, s: Slot) -> tuple[str | None, str | None, str | None, str | None]:
    """(class, @zh, @en, body key) of the session a slot names: minted, anchored or listed."""
    a = s.extra.get("anchor")
    e = ctx.reference.by_key.get(s.key) if ctx.reference is not None and s.key else None
    cls = s.cls or (a.cls if a is not None and a.cls else None) or (e.cls if e is not None else None)
    zh = s.zh or (a.label_zh if a is not None else None) or (e.zh if e is not None else None)
    en = s.en or (a.label_en if a is not None else None) or (e.en if e is not None and e.en else None)
    series = s.extra.get("series") or (a.series if a is not None else None)
    if series is None and e is not None and (getattr(e, "parent", "") or "").startswith("body/"):
        series = e.parent
    return cls, zh, en, series


def session_of_body(ctx, body: Slot, last: Slot | None, date: Slot | None = None) -> Slot | None:
    """The session a body resumes (理事会于2006年7月复会): the session of that body named last before it in
    the section (``last``), else, for a council (one session a year), its session of the year the resumed
    part is dated in; None when neither says which, at the body's words."""
    if body.key is None:
        return None
    if last is not None and last.extra.get("part_of") is None and _session_names(ctx, last)[3] == body.key:
        return Slot(last.types, body.i, body.j, key=last.key, cls=last.cls, zh=last.zh, en=last.en,
                    extra=last.extra)
    from graph_builder.facts.rules_events_anchors import COUNCIL_CLASSES, SAME_SERIES

    key = SAME_SERIES.get(body.key, body.key)
    e = ctx.reference.by_key.get(key) if ctx.reference is not None else None
    d = date.value if date is not None else None
    if e is None or e.cls not in COUNCIL_CLASSES or d is None or d.start_date is None:
        return None
    year = d.start_date.year  # the same key as the event rules give the council's session of that year
    return Slot(("EVENT",), body.i, body.j, key=f"event/{key.split('/', 1)[1]}-{year}", cls="CouncilSession",
                zh=f"{e.zh}{year}年会议", en=f"{e.en} session {year}" if e.en else None,
                extra={"series": key, "en_source": "derived"})


def resumed_of(ctx, s: Slot, i: int, j: int, n: int = 1, printed: str | None = None) -> Slot | None:
    """The ``n``-th resumed part of the session slot ``s``, named by the words [i, j) (``printed``)."""
    if s.key is None or not s.key.startswith("event/") or s.extra.get("part_of"):
        return None
    cls, zh, en, series = _session_names(ctx, s)
    if cls is None:
        return None
    suffix, qualifier = resumption(n)
    if zh and (printed is None or not printed.startswith(zh)):
        # the words name the session short (委员会第四届会议续会, 恢复的…): its full name + the words after it
        tail = printed[printed.find(zh[-4:]) + 4:] if printed and zh[-4:] in printed else ""
        printed = f"{zh}{tail or '续会'}"
    return Slot(("EVENT",), i, j, key=f"{s.key}{suffix}", cls=cls, zh=printed,
                en=f"{en} ({qualifier})" if en else None,
                extra={"part_of": s, "series": series, "resumption": n, "en_source": "derived"})


def resumed_slots(ctx, text: str, cands: list[tuple[int, Slot]]) -> list[tuple[int, Slot]]:
    """A resumed-session candidate for every EVENT candidate the resumed forms surround (it spans both, so
    it wins over the session alone)."""
    out = []
    for prio, s in cands:
        if "EVENT" not in s.types or s.key is None:
            continue
        m = SUFFIX.match(text, s.j)
        pre = PREFIX.search(text, max(0, s.i - 6), s.i) if s.extra.get("resumed_prefix") is None else None
        pre_i = s.extra.get("resumed_prefix")
        if m is None and pre is None and pre_i is None:
            continue
        i = pre_i if pre_i is not None else (pre.start() if pre is not None else s.i)
        j = m.end() if m is not None else s.j
        n = 1
        if m is not None and m.group("n"):
            n = _CN.get(m.group("n"), 1)
        elif m is not None and m.group("part"):
            n = _CN.get(m.group("part"), 2) - 1
        r = resumed_of(ctx, s, i, j, n, text[i:j])
        if r is not None:
            r.extra["session_span"] = (s.i, s.j)
            out.append((prio + 1, r))  # it wins over the session at equal length (恢复的…)
    return out
