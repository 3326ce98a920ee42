"""Numbered sessions of a named body: ``大会第五十七届会议``, ``委员会的第十届会议``, ``CSTD第八届届会``, and the
sessions coordinated after one (``…第五十七届会议和第五十八届会议``: both of the same body).

A session is named by its body and its number, so it is an entity whatever the sentence says about it (a
report submitted to it, a resolution adopted at it). Keys and labels are the ones the fact rules give the
same session (graph_builder/facts/frames/slots.py): ``event/<body slug>-session-<n>``, class
``CommitteeMeeting`` (``ForumMeeting`` for a forum), @zh ``<body>第<n>届会议``, @en ``<body>, <Nth> session``
(derived from the body's English name), so a session the rules also date or place is one node. The mention
is the session's own words (第五十七届会议), next to the body's mention; body and number as written are an alias.
Numbered *meetings* (第N次会议) are left to the event rules, which know the body of a bare one from context.
"""

from __future__ import annotations

import re

from graph_builder.entities.recognize_base import parse_number

_N = r"[一二三四五六七八九十百零〇\d]+"
#: the words right after a body's name that name one of its sessions
SESSION = re.compile(rf"[ \t]*(?:的|其)?[ \t]*第[ \t]*(?P<n>{_N})[ \t]*届[ \t]*(?:会议|届会|年会)")
#: a further session of the same body coordinated after it
MORE = re.compile(rf"[ \t]*(?:和|及|以及|、|与)[ \t]*第[ \t]*(?P<n>{_N})[ \t]*届[ \t]*(?:会议|届会|年会)")
_ORD_EN = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
           9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth"}
_TENS = {20: "twent", 30: "thirt", 40: "fort", 50: "fift", 60: "sixt", 70: "sevent", 80: "eight", 90: "ninet"}
_UNITS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
          9: "ninth"}


def ordinal_en(n: int) -> str:
    """57 -> 'fifty-seventh', 12 -> 'twelfth', 60 -> 'sixtieth' (the UN writes session numbers in words)."""
    if n in _ORD_EN:
        return _ORD_EN[n]
    if 13 <= n <= 19:
        return {13: "thirteenth", 14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth",
                18: "eighteenth", 19: "nineteenth"}[n]
    tens, unit = n - n % 10, n % 10
    if tens in _TENS and n < 100:
        return f"{_TENS[tens]}ieth" if unit == 0 else f"{_TENS[tens]}y-{_UNITS[unit]}"
    return f"No. {n}"


def sessions_after(text: str, end: int) -> list[tuple[int, int, int, str]]:
    """(start, end, number, number as written) of the sessions named right after a body ending at ``end``;
    the first spans from the body's start (the caller's), the coordinated ones only their own words."""
    out = []
    m = SESSION.match(text, end)
    if m is None:
        return out
    n = parse_number(m.group("n"))
    if n is None or n <= 0:
        return out
    out.append((end, m.end(), n, m.group("n")))
    pos = m.end()
    while (more := MORE.match(text, pos)) is not None:
        k = parse_number(more.group("n"))
        if k is None or k <= 0:
            break
        out.append((text.rfind("第", pos, more.start("n")), more.end(), k, more.group("n")))
        pos = more.end()
    return out


def session_names(body_key: str, body_cls: str, body_zh: str, body_en: str, n: int, written: str):
    """(key, class, @zh, @en) of session ``n`` of a body, as the fact rules name it."""
    slug = body_key.split("/", 1)[1]
    cls = "ForumMeeting" if body_cls == "Forum" else "CommitteeMeeting"
    en = f"{body_en}, {ordinal_en(n)} session" if body_en else ""
    return f"event/{slug}-session-{n}", cls, f"{body_zh}第{written}届会议", en
