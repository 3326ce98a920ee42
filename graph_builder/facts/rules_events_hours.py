"""The hours of a meeting a record reports on ('Meetings and events'; docs/MODEL.md 'Events').

A summary or verbatim record states when its meeting was called to order and when it rose, on lines of their
own or in a sentence about the meeting: ``上午10时10分宣布开会。``, ``下午12时55分散会。``,
``会议于下午3时05分开始``, ``会议于晚上7时休会``. Read as

* ``wsis:openedAt`` – the time the meeting was called to order (宣布开会, 开会, 开始, 复会);
* ``wsis:closedAt`` – the time it rose (散会, 休会, 结束);

an ``xsd:dateTime`` on the meeting's one stated day (``2013-11-13T10:10:00``; the day the event rules read, else
the day of the masthead's date line ``…星期四下午3时在…举行``), else an ``xsd:time``. The
meeting is the one the record is of: the event named first in a heading of the same document before the line
(the masthead ``第25次会议简要记录 …``), else the event named last before it in the same sentence. A time
that is only scheduled (定于/将于/拟于上午10时开会) or that dates something else (于下午3时举行磋商) is no hour
of the meeting.
"""

from __future__ import annotations

import re

from rdflib import Literal
from rdflib.namespace import XSD

from graph_builder.facts import rule
from graph_builder.facts.rules_events import iri, scan
from graph_builder.facts.rules_events_anchors import cn_number
from graph_builder.rdf.namespaces import WSIS

_NUM = r"[零〇一二三四五六七八九十两\d]{1,3}"
# at the start of a line or a clause (a line of its own, or 会议于…), never after 定于/将于/拟于 (a schedule)
HOUR = re.compile(rf"(?:^|(?<=[。;,:])|(?<=会议于)|(?<=会议在))(?P<part>上午|中午|下午|晚上|夜间)?"
                  rf"(?P<h>{_NUM})(?:时|点)(?:(?P<m>{_NUM})分|(?P<half>半))?"
                  r"(?P<verb>宣布开会|开会|开始|复会|散会|休会|结束)(?=[。;,]|$)")
OPENS = {"宣布开会", "开会", "开始", "复会"}
_AFTERNOON = {"下午", "晚上", "夜间"}


def _number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if text.startswith("十"):  # 十, 十五
        rest = text[1:]
        return 10 + (cn_number(rest) or 0) if rest else 10
    if "十" in text:  # 二十, 二十五
        tens, _, ones = text.partition("十")
        t = cn_number(tens)
        return None if t is None else t * 10 + ((cn_number(ones) or 0) if ones else 0)
    return cn_number(text)


def clock(part: str | None, h: str, m: str | None, half: bool) -> str | None:
    """'HH:MM' of a stated time (下午1时 -> 13:00, 下午12时55分 -> 12:55), None when out of range."""
    hour, minute = _number(h), (30 if half else (_number(m) if m else 0))
    if hour is None or minute is None:
        return None
    if part in _AFTERNOON and hour < 12:
        hour += 12
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return f"{hour:02d}:{minute:02d}"


def _one_day(ctx) -> dict:
    """event IRI -> {doc id: its one stated day (YYYY-MM-DD)} from the dates the event rules read."""
    out: dict = {}
    for (s, p, o), evs in ctx.store.facts.items():
        if p == WSIS.isoDate and re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(o)):
            for e in evs:
                out.setdefault(s, {}).setdefault(e.doc_id, str(o))
    return out


@rule("events.when_where_hours", after=("events.when_where",))  # the day comes from the dates that rule read
def event_hours(ctx) -> None:
    days = None
    dateline: dict[str, str] = {}  # doc id -> the day of the masthead's date line
    masthead: dict[str, object] = {}  # doc id -> the event its first heading naming one names (the record's)
    for leaf, anchors in scan(ctx):
        doc = leaf.node.doc.doc_id
        if leaf.node.kind == "Heading" and anchors and doc not in masthead:
            masthead[doc] = anchors[0]
        if doc in masthead and doc not in dateline and "举行" in leaf.text:
            # the masthead's date line (2015年7月9日星期四下午3时在…举行), when the event rules did not date it
            day = next((d.iso for d in leaf.dates if d.precision == "day"
                        and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.iso)), None)
            if day:
                dateline[doc] = day
        for m in HOUR.finditer(leaf.text):
            s0, _ = leaf.sentence(m.start())
            before = [a for a in anchors if s0 <= a.i and a.j <= m.start()]
            anchor = before[-1] if before else masthead.get(doc)
            hhmm = clock(m.group("part"), m.group("h"), m.group("m"), bool(m.group("half")))
            if anchor is None or hhmm is None:
                continue
            if days is None:
                days = _one_day(ctx)
            ev = iri(anchor.key)
            day = days.get(ev, {}).get(doc) or (dateline.get(doc) if anchor is masthead.get(doc) else None)
            value = (Literal(f"{day}T{hhmm}:00", datatype=XSD.dateTime) if day
                     else Literal(f"{hhmm}:00", datatype=XSD.time))
            prop = WSIS.openedAt if m.group("verb") in OPENS else WSIS.closedAt
            ctx.store.add_span(ev, prop, value, leaf.node, leaf.span(m.start(), m.end()))
