"""Normalised text for matching, with a map back to original character offsets.

The sources are noisy conversions: markdown ``**``, full-width digits and punctuation,
spaces inside numbers and dates (``1 391``, ``2001 年 12 月 21 日``). Rules match on the normalised
string; every match is mapped back with :meth:`Normalized.span` so quotes point into the original.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_SUPERSCRIPTS = set("¹²³⁴⁵⁶⁷⁸⁹⁰")
# A few traditional forms seen in the texts, mapped to the simplified ones used elsewhere.
_TRAD = str.maketrans({"籍": "藉"})  # 籍此 (sic, for 藉此) kept as a known variant


def _is_cjk(ch: str) -> bool:
    if not ch:
        return False
    o = ord(ch)
    return (
        0x3000 <= o <= 0x303F  # CJK punctuation
        or 0x3400 <= o <= 0x9FFF  # CJK ideographs
        or 0xF900 <= o <= 0xFAFF
        or 0xFF00 <= o <= 0xFFEF  # full-width forms
        or ch in "“”‘’《》〈〉—…·•"
    )


@dataclass
class Normalized:
    """``text`` is the normalised string; ``offsets[i]`` is the original offset of ``text[i]``."""

    text: str
    offsets: list[int]
    original_end: int

    @classmethod
    def of(cls, original: str, base: int = 0, start: int = 0, end: int | None = None) -> "Normalized":
        """Normalise ``original[start:end]``; offsets are ``base + index into original``."""
        end = len(original) if end is None else end
        out: list[str] = []
        offs: list[int] = []
        opened = False
        i = start
        while i < end:
            ch = original[i]
            if ch == "*" and i + 1 < end and original[i + 1] == "*":
                i += 2
                continue
            if ch.isspace():
                j = i
                while j < end and original[j].isspace():
                    j += 1
                prev = out[-1] if out else ""
                nxt = _nfkc(original[j]) if j < end else ""
                drop = (
                    not prev
                    or j >= end
                    or _is_cjk(prev)
                    or _is_cjk(original[j])
                    or (prev.isdigit() and nxt[:1].isdigit())
                )
                if not drop:
                    out.append(" ")
                    offs.append(base + i)
                i = j
                continue
            for c in _nfkc(ch):
                if c == '"' and (_is_cjk(out[-1] if out else "") or _is_cjk(original[i + 1] if i + 1 < end else "")):
                    # straight quotes around Chinese words ("A"更名为"B") read as the Chinese quotation marks
                    # the rules know, alternately opening and closing
                    c = "”" if opened else "“"
                    opened = not opened
                out.append(c)
                offs.append(base + i)
            i += 1
        return cls("".join(out), offs, base + end)

    @classmethod
    def joined(cls, original: str, start: int, end: int, skip: list[tuple[int, int]]) -> "Normalized":
        """Normalise ``original[start:end]`` without the spans in ``skip`` (sorted, inside the range): the pieces
        read as one text, as the lines of a paragraph do (two Latin words keep a space between them;
        a number cut at the break reads whole)."""
        text: list[str] = []
        offs: list[int] = []
        pos = start
        for a, b in sorted(skip) + [(end, end)]:
            piece = cls.of(original, 0, pos, a) if a > pos else None
            if piece is not None and piece.text:
                if text and piece.text and text[-1][-1:].isascii() and text[-1][-1:].isalpha() \
                        and piece.text[0].isascii() and piece.text[0].isalpha():
                    text.append(" ")
                    offs.append(piece.offsets[0])
                text.append(piece.text)
                offs.extend(piece.offsets)
            pos = max(pos, b)
        return cls("".join(text), offs, end)

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Original (start, end) for the normalised slice ``text[i:j]`` (``j`` exclusive, ``j > i``)."""
        if j <= i:
            raise ValueError("empty span")
        return self.offsets[i], self.offsets[j - 1] + 1

    def find(self, needle: str, start: int = 0) -> tuple[int, int] | None:
        """Original span of the first occurrence of normalised ``needle``, or None."""
        k = self.text.find(normalize(needle), start)
        if k < 0:
            return None
        return self.span(k, k + len(normalize(needle)))


def _nfkc(ch: str) -> str:
    if ch in _SUPERSCRIPTS:
        return ch
    return unicodedata.normalize("NFKC", ch).translate(_TRAD)


def normalize(text: str) -> str:
    """The normalised form of a string (same rules as :class:`Normalized`)."""
    return Normalized.of(text).text


_WS = re.compile(r"\s+")


def squash(text: str) -> str:
    """Whitespace-free normalised form, for comparing names."""
    return _WS.sub("", normalize(text))


_LINE_BREAK = re.compile(r"[ \t\u3000]*\n\s*")


def unwrap(text: str) -> str:
    """A phrase read across hard-wrapped lines as one line: a line break (with the spaces around it) disappears
    beside a Chinese character or between two digits, and becomes one space between two Latin words."""

    def join(m: re.Match) -> str:
        a = text[m.start() - 1] if m.start() > 0 else ""
        b = text[m.end()] if m.end() < len(text) else ""
        if not a or not b or _is_cjk(a) or _is_cjk(b) or (a.isdigit() and b.isdigit()):
            return ""
        return " "

    return _LINE_BREAK.sub(join, text)
