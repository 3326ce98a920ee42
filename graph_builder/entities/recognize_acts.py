"""Recognisers for acts (resolutions, decisions, agreed conclusions) and document symbols.

Phrasings targeted (as they appear in the corpus, after normalisation):

* ``第 73 号决议`` / ``第73号决议`` / ``第 1158 号决议`` / ``第56/183号决议`` / ``第57/270B号决议`` /
  ``第PLEN/1号决议`` -- kind ``resolution``; ``第 2001/321 号决定`` -- ``decision``;
  ``第 2001/1 号商定结论`` -- ``agreed-conclusions``.
* Lists sharing one ``号决议``: ``联大第55/63和56/121号决议`` -> two resolutions.
* UN symbols: ``A/RES/56/183 号决议`` (number ``56/183``, symbol ``A/RES/56/183``).
* The UNGA heading form ``56/183. 信息社会世界高峰会议`` at the start of a block.
* A parenthesis right after: ``(1998 年, 明尼阿波利斯)`` / ``（2003年，马拉喀什）`` / ``（2018年，迪拜，修订版）``
  gives year and place;
  ``(C2000/87 号文件)`` / ``(参考C2001/114号文件)`` gives the council document symbol.
* ``preceding``: the phrase just before the act back to the previous punctuation (``联合国大会``,
  ``2001年理事会的``, ``经济及社会理事会2001年10月24日``), for fact rules to map to the issuing body.

Document symbols: ITU Council documents ``C99/41``, ``C2000/87``, ``C2001/114``; UN documents
``A/56/558/Add. 3``, ``A/55/3/Rev.1``, ``A/56/3``, ``A/60/L.1``. ``A/RES/…`` symbols are resolutions and
are reported by :func:`find_resolutions`, not here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph_builder.entities.recognize_base import Recognized
from graph_builder.normalize import Normalized

RESOLUTION = "resolution"
DECISION = "decision"
AGREED_CONCLUSIONS = "agreed-conclusions"
_KIND_BY_WORD = {"决议": RESOLUTION, "决定": DECISION, "商定结论": AGREED_CONCLUSIONS}

# An act number: 73, 56/183, 2001/321, 57/270B, PLEN/1, COM5/2, and a regional commission's number with its
# session in Roman numerals, 924(XLVII) (never preceded by a letter, digit or slash).
_ACT_NUMBER = r"(?:[A-Z]{2,}\d*/)?\d+(?:/\d+)*[A-Z]?(?:\([IVXLC]{1,8}\))?"
_LIST_JOIN = r"(?:、|,|和|及|与|以及)"
_NUMBERED_ACT = re.compile(
    rf"(?P<di>第)?(?<![A-Za-z0-9/.])(?P<nums>{_ACT_NUMBER}(?:{_LIST_JOIN}{_ACT_NUMBER})*)\s?号"
    r"(?P<kind>决议|决定|商定结论)"
)
_ONE_NUMBER = re.compile(_ACT_NUMBER)
_UN_RES_SYMBOL = re.compile(
    r"(?<![A-Za-z0-9/])(?P<sym>[AE]/RES/(?P<num>\d+/\d+[A-Z]?))(?:\s?号?(?P<kind>决议))?"
)
# "56/183. 信息社会世界高峰会议": a session/number then a dot and the (CJK) title.
_HEADING_ACT = re.compile(r"(?P<num>\d{2}/\d{1,4}[A-Z]?)\.(?=[\u4e00-\u9fff《“])")

# '(1998 年, 明尼阿波利斯)'; an ITU act as revised at a later conference: '(2018年,迪拜,修订版)', '(2016年,修订版)'
_YEAR_PLACE_NOTE = re.compile(
    r"\s?\((?P<year>\d{4})年(?:[,、]\s?(?!修订)(?P<place>[^\s(),、;。]{1,15}))?(?:[,、]\s?(?P<rev>修订)(?:版|本)?)?\)"
)
_DOC_NOTE = re.compile(
    r"\s?\((?:参考|参见|见)?(?P<ds>C\d{2,4}/\d+(?:/[A-Za-z]+\.\s?\d+)*)\s?号?文件\)"
)

_COUNCIL_DOC = re.compile(r"(?<![A-Za-z0-9/])C\d{2,4}/\d+(?:\(Rev\.\d+\)|/(?:Add|Rev|Corr)\.\s?\d+)*(?![\d/])")
# a Main Committee's documents too: A/C.2/68/L.39 (a draft), A/C.2/68/SR.25 (a summary record)
_UN_DOC_PART = r"(?:/(?:(?:Add|Rev|Corr|L|C|SR|PV)\.\s?\d+|CONF\.\d+|[A-Z]{2,}\.\d+|\d+[A-Z]?|[A-Z]{2,}))+"
# a commission's numbered series (E/CN.16/2017/3, E/CN.16/2017/CRP.1) and a joint symbol of two organs
# (A/72/64-E/2017/10: one document)
_UN_DOC = re.compile(
    rf"(?<![A-Za-z0-9/])[AES](?!/RES/){_UN_DOC_PART}(?:-[AES]{_UN_DOC_PART})?(?![A-Za-z0-9/])"
)

# Where the phrase before an act ends: punctuation, brackets, spaces.
# Superscript digits are footnote markers, so they end a phrase too.
_PHRASE_BOUNDARY = set("。,，;；:：、()（）《》“”\"[]<>!?.·• \t\n¹²³⁴⁵⁶⁷⁸⁹⁰")
_PRECEDING_MAX = 24
_CITATION_ENDS = ("号决议", "号决定", "号商定结论")


@dataclass(frozen=True)
class Resolution(Recognized):
    """A resolution / decision / agreed conclusions, as cited in the text.

    ``start``/``end`` cover the citation (``第 73 号决议``); when several acts share one citation
    (``第55/63和56/121号决议``) each gets the whole citation and its own ``number_span``.
    ``note_span`` covers a parenthesis right after (``(1998 年, 明尼阿波利斯)``), if any.
    """

    kind: str  # resolution | decision | agreed-conclusions
    number: str  # "73", "56/183", "PLEN/1"
    number_span: tuple[int, int]
    symbol: str | None = None  # "A/RES/56/183" when written so
    year: int | None = None
    place: str | None = None  # zh place name from the parenthesis
    place_span: tuple[int, int] | None = None
    doc_symbol: str | None = None  # "C2000/87" from "(C2000/87 号文件)"
    note_span: tuple[int, int] | None = None
    preceding: str | None = None  # normalised phrase just before (issuing-body hint)
    preceding_span: tuple[int, int] | None = None
    revised: bool = False  # '(2018年,迪拜,修订版)': the act as revised in that year, not its first adoption


@dataclass(frozen=True)
class DocSymbol(Recognized):
    """A document symbol: ``series`` is ``itu-council`` (C2000/87) or ``un`` (A/56/3)."""

    symbol: str  # normalised, inner spaces removed: "A/56/558/Add.3"
    series: str


def _preceding(norm: Normalized, i: int) -> tuple[str | None, tuple[int, int] | None]:
    """The phrase before normalised index ``i`` back to the last boundary (at most 24 chars)."""
    text = norm.text
    k = i
    while k > 0 and i - k < _PRECEDING_MAX and text[k - 1] not in _PHRASE_BOUNDARY:
        if text.endswith(_CITATION_ENDS, 0, k):  # an earlier citation: "…第2004/44号决定和理事会第…"
            break
        k -= 1
    if k == i:
        return None, None
    return text[k:i], norm.span(k, i)


def _note(norm: Normalized, j: int) -> dict:
    """Year/place or council-document parenthesis starting at normalised index ``j``."""
    m = _YEAR_PLACE_NOTE.match(norm.text, j)
    if m:
        fields = {"year": int(m.group("year")), "note_span": norm.span(m.start() + (m.group(0)[0] == " "), m.end())}
        if m.group("rev"):
            fields["revised"] = True
        if m.group("place"):
            fields["place"] = m.group("place")
            fields["place_span"] = norm.span(m.start("place"), m.end("place"))
        return fields
    m = _DOC_NOTE.match(norm.text, j)
    if m:
        return {
            "doc_symbol": m.group("ds").replace(" ", ""),
            "note_span": norm.span(m.start() + (m.group(0)[0] == " "), m.end()),
        }
    return {}


def find_resolutions(norm: Normalized) -> list[Resolution]:
    """All cited acts in ``norm``, in document order (see the module docstring for the forms)."""
    text = norm.text
    found: list[tuple[int, int, Resolution]] = []
    taken: list[tuple[int, int]] = []

    for m in _UN_RES_SYMBOL.finditer(text):
        start, end = m.start(), m.end()
        preceding, preceding_span = _preceding(norm, start)
        res = Resolution(
            *norm.span(start, end), text[start:end],
            kind=RESOLUTION, number=m.group("num"), number_span=norm.span(m.start("num"), m.end("num")),
            symbol=m.group("sym"), preceding=preceding, preceding_span=preceding_span, **_note(norm, end),
        )
        found.append((start, m.start("num"), res))
        taken.append((start, end))

    for m in _NUMBERED_ACT.finditer(text):
        start, end = m.start(), m.end()
        if any(a < end and start < b for a, b in taken):
            continue
        preceding, preceding_span = _preceding(norm, start)
        note = _note(norm, end)
        for nm in _ONE_NUMBER.finditer(m.group("nums")):
            ns, ne = m.start("nums") + nm.start(), m.start("nums") + nm.end()
            res = Resolution(
                *norm.span(start, end), text[start:end],
                kind=_KIND_BY_WORD[m.group("kind")], number=nm.group(0), number_span=norm.span(ns, ne),
                preceding=preceding, preceding_span=preceding_span, **note,
            )
            found.append((start, ns, res))
        taken.append((start, end))

    for m in _HEADING_ACT.finditer(text):
        start = m.start()
        at_block_start = start == 0 or text[start - 1] == " " or norm.offsets[start] > norm.offsets[start - 1] + 1
        if not at_block_start or (start > 0 and text[start - 1].isascii() and text[start - 1].isalnum()):
            continue
        if any(a < m.end() and start < b for a, b in taken):
            continue
        res = Resolution(
            *norm.span(start, m.end("num")), m.group("num"),
            kind=RESOLUTION, number=m.group("num"), number_span=norm.span(start, m.end("num")),
        )
        found.append((start, start, res))

    found.sort(key=lambda t: (t[0], t[1]))
    return [r for _, _, r in found]


def find_doc_symbols(norm: Normalized) -> list[DocSymbol]:
    """ITU Council and UN document symbols in ``norm``, in document order."""
    text = norm.text
    hits: list[tuple[int, DocSymbol]] = []
    for series, pattern in (("itu-council", _COUNCIL_DOC), ("un", _UN_DOC)):
        for m in pattern.finditer(text):
            if not any(ch.isdigit() for ch in m.group(0)):
                continue
            hits.append((m.start(), DocSymbol(*norm.span(m.start(), m.end()), m.group(0),
                                              symbol=m.group(0).replace(" ", ""), series=series)))
    hits.sort(key=lambda t: t[0])
    return [d for _, d in hits]
