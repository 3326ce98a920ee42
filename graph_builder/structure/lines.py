"""Line classification: what a line of a WSIS text is, judged by its printed form (issue #3).

Patterns cover the numbering styles of the corpus: ``1.``/``1．``/``１．`` paragraphs, ``a)``/``j)*``/``l)**``
sub-items, ``i.``/``ii.*`` roman sub-items, ``A.`` sections, ``C7.``/``D1.`` action-line headings, ``1)``
Declaration principle headings, ``一、`` sections, ``¹``/``^{*}`` footnotes, markdown ``- `` and ``• `` bullets.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
_CN_DIGITS = "一二三四五六七八九十"

_BULLET = re.compile(r"^(?:[-•・]\s+)+")
PARA_RE = re.compile(r"^(\d{1,3})\s*[.．]\s*(.*)$", re.S)
LETTER_RE = re.compile(r"^([a-z])\)(\**)\s*(.*)$", re.S)
ROMAN_RE = re.compile(r"^(" + "|".join(sorted(ROMAN, key=len, reverse=True)) + r")\.(\**)\s*(.*)$", re.S)
SECTION_RE = re.compile(r"^([A-H])\.\s+(\S.*)$", re.S)
SUBSECTION_RE = re.compile(r"^([A-H]\d{1,2})\.\s*(\S.*)$", re.S)
PRINCIPLE_RE = re.compile(r"^(\d{1,2})\)\s*(\S.*)$", re.S)
CN_SECTION_RE = re.compile(r"^([" + _CN_DIGITS + r"]+)、\s*(.*)$", re.S)
ANNEX_SECTION_RE = re.compile(r"^(\d(?:\.\d)?)\.?\s*(.*)$", re.S)
FOOTNOTE_RE = re.compile(r"^(?:([¹²³⁴⁵⁶⁷⁸⁹⁰]+)|\^\{([^}]*)\})\s*(.*)$", re.S)
DATELINE_RE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*[，,]\s*\S{1,12})?$")
PLENARY_RE = re.compile(r"^第\s*\d+\s*次全体会议$")
ANNEX_RE = re.compile(r"^-?\s*附\s*件\s*([A-Z])?\s*-?\s*$")
SENTENCE_END = "。；;，,：:！？?!"

_SUP = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")


@dataclass
class Line:
    """A non-blank source line: ``start``/``end`` are the offsets of its first and last non-blank character (+1)."""

    no: int  # 1-based line number
    start: int
    end: int
    raw: str  # the line without its newline
    indent: str  # leading white space as printed (tabs matter in tables)

    @property
    def body(self) -> str:
        """The content, bullets and markdown bold removed, NFKC-normalised (for classification only)."""
        s = self.raw.strip()
        s = _BULLET.sub("", s)
        s = s.replace("**", "")
        return unicodedata.normalize("NFKC", s).strip()

    @property
    def has_bullet(self) -> bool:
        return bool(_BULLET.match(self.raw.strip()))


def split_lines(text: str) -> list[Line | None]:
    """Lines of ``text``; blank (white-space only) lines are ``None``."""
    out: list[Line | None] = []
    pos = 0
    for no, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            trail = len(raw.rstrip())
            out.append(Line(no, pos + lead, pos + trail, raw, raw[:lead]))
        else:
            out.append(None)
        pos += len(raw) + 1
    return out


def cn_number(s: str) -> int:
    """一 -> 1, 十二 -> 12 (enough for section numbers)."""
    if s == "十":
        return 10
    if "十" in s:
        tens, _, units = s.partition("十")
        return (_CN_DIGITS.index(tens) + 1 if tens else 1) * 10 + (_CN_DIGITS.index(units) + 1 if units else 0)
    return _CN_DIGITS.index(s) + 1


def footnote_label(m: re.Match) -> str:
    return (m.group(1) or "").translate(_SUP) or m.group(2) or "*"


def is_title_like(body: str, limit: int = 40, strict: bool = False) -> bool:
    """A short line that does not end like a sentence: a heading or a title.

    ``strict`` (for unnumbered lines, which have nothing else to go by) also refuses inner commas and colons.
    """
    inner = body.rstrip("¹²³⁴⁵⁶⁷⁸⁹⁰")
    inside = "。，,；;：:" if strict else "。"
    return 0 < len(inner) <= limit and inner[-1] not in SENTENCE_END and not any(p in inner for p in inside)
