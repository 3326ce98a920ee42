"""Shared pieces of the pattern recognisers: the result base class and number parsing.

Every recogniser matches on :class:`graph_builder.normalize.Normalized` text and reports ORIGINAL
offsets (docs/MODEL.md "Offsets"): ``start``/``end`` index the source text, ``end`` exclusive, so a
verbatim quote is ``source[start:end]``. ``surface`` is the matched string in normalised form
(NFKC, spaces inside numbers and around CJK removed), handy for logs and tests.

Numbers in the texts come as ASCII or full-width digits (NFKC folds the latter), with spaces as
thousands separators (``1 391``, which normalisation already closes up), or as Chinese numerals
(``五十七``, ``两``, ``十四``).
"""

from __future__ import annotations

from dataclasses import dataclass

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}

#: Regex class body for a Chinese numeral written with characters.
CN_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿"
#: A number as written: ASCII digits (already closed up by normalisation) or Chinese numerals.
NUMBER_RE = rf"(?:\d+|[{CN_NUMERAL_CHARS}]+)"


@dataclass(frozen=True)
class Recognized:
    """A recognised span: original offsets plus the normalised surface string."""

    start: int
    end: int
    surface: str


def parse_chinese_numeral(text: str) -> int | None:
    """Value of a Chinese numeral (``五十七`` -> 57, ``十四`` -> 14, ``一百零五`` -> 105, ``二〇〇五`` -> 2005).

    A string of bare digit characters with no unit (``二〇〇五``) is read digit by digit, as years are.
    Returns None when the string is not a well-formed numeral.
    """
    if not text or any(ch not in CN_DIGITS and ch not in CN_UNITS and ch not in CN_BIG_UNITS for ch in text):
        return None
    if all(ch in CN_DIGITS for ch in text):
        if len(text) == 1:
            return CN_DIGITS[text]
        return int("".join(str(CN_DIGITS[ch]) for ch in text))
    total = 0  # completed big-unit groups (万, 亿)
    section = 0  # value below the current big unit
    digit: int | None = None
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            # 十 alone at the start of a section means 一十 (十四 = 14); any other bare unit
            # (千百万, the idiom for "millions") is not a numeral.
            if digit is None and not (ch == "十" and section == 0):
                return None
            section += (1 if digit is None else digit) * CN_UNITS[ch]
            digit = None
        else:  # 万 / 亿
            section += digit or 0
            if section == 0 and total == 0:
                return None
            if ch == "亿":
                total = (total + section) * CN_BIG_UNITS[ch]
            else:  # 万 scales only its own section: 三亿五千万 = 3亿 + 5000万
                total += section * CN_BIG_UNITS[ch]
            section = 0
            digit = None
    return total + section + (digit or 0)


def parse_number(text: str) -> int | None:
    """Integer value of ASCII digits (spaces tolerated) or a Chinese numeral; None if neither."""
    compact = text.replace(" ", "")
    if compact.isdigit() and compact.isascii():
        return int(compact)
    return parse_chinese_numeral(compact)
