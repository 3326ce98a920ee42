"""Line classification: what a line of a WSIS text is, judged by its printed form.

Patterns cover the numbering styles of the corpus: ``1.``/``1．``/``１．`` paragraphs, ``a)``/``j)*``/``l)**``
sub-items, ``i.``/``ii.*`` roman sub-items, ``A.`` sections, ``C7.``/``D1.`` action-line headings, ``1)``
Declaration principle headings, ``一、`` sections, ``¹``/``^{*}`` footnotes, markdown ``- ``, ``* `` and ``• `` bullets.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
_CN_DIGITS = "一二三四五六七八九十"

# Markdown also bullets with a single asterisk ('* 项目'); '**粗体**' has no space after its first asterisk.
_BULLET = re.compile(r"^(?:[-•・*]\s+)+")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
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
# Date lines of a title block or a signature block, in any of the printed forms: digits (NFKC makes full-width
# digits ASCII), Chinese numerals (二〇〇五年十一月十八日), a blank day (2010年12月　日), a place before or after.
_CN_NUM = "〇零一二三四五六七八九十"
_DATE_CORE = (
    r"(?:\d{4}|[" + _CN_NUM + r"]{4})\s*年(?:\s*(?:\d{1,2}|[" + _CN_NUM + r"]{1,3})\s*月"
    r"(?:\s*(?:\d{1,2}|[" + _CN_NUM + r"]{1,3})?\s*日)?)?"
)
_PLACE = r"[^\s\d，,。；;：:（）()" + _CN_NUM + r"]{1,12}"
ANY_DATELINE_RE = re.compile(
    r"^(?:" + _PLACE + r"(?:\s*[，,]\s*|\s+))?" + _DATE_CORE + r"(?:(?:\s*[，,]\s*|\s+)" + _PLACE + r")?$"
)
# Page furniture: page numbers ('- 3 -', '第3页', 'Page 3'), UN job numbers ('05-50225'), contents lines with leaders.
PAGE_DEBRIS_RE = re.compile(r"^(?:[-–—]?\s*\d{1,4}\s*[-–—]?|第\s*\d{1,4}\s*页|Page\s+\d{1,4}|\d{2}-\d{5}(?:\s*\(\w\))?)$")
TOC_LINE_RE = re.compile(r"(?:[.．…·‥_]{3,}|…{2,})\s*\d{1,4}$")
# A document symbol on a line of its own: A/RES/65/141, WSIS-03/GENEVA/DOC/4-C, C10/12-C.
SYMBOL_RE = re.compile(r"^[A-Z][A-Za-z0-9.\-]*(?:/[A-Za-z0-9.\-()]+)+$")
# Annex headings: 附件一　标题, 附件 1, 附件A, 附录二, Annex A, ANNEX 2 — the label, then an optional title.
ANNEX_HEAD_RE = re.compile(
    r"^(?:附\s*件|附\s*录|Annex|ANNEX|Appendix|APPENDIX)\s*([" + _CN_NUM + r"]{1,3}|\d{1,2}|[A-Z])?"
    r"(?:\s*[:：.．、\-—]\s*|\s+|$|(?=\())(.{0,80})$"  # '附件（第 140 号决议（…））': the act it belongs to
)
# Section headings beyond 一、 and A.: 第三章 标题, 第二部分, 第1节; Roman I. 标题; （一） 标题.
CHAPTER_RE = re.compile(r"^第\s*([" + _CN_NUM + r"]{1,3}|\d{1,2})\s*(部分|[章部节篇])\s*[:：.．、]?\s*(.*)$", re.S)
ROMAN_SECTION_RE = re.compile(r"^(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\s*[.．]\s*(\S.*)$", re.S)
CN_SECTION_DOT_RE = re.compile(r"^([" + _CN_DIGITS + r"]{1,3})\s*[.．]\s*(\S.*)$", re.S)
# Decimal numbering: 1.1 / 2.3.1 (a heading when it reads like a title, else a numbered paragraph).
DECIMAL_RE = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(\S.*)$", re.S)
CN_PAREN_RE = re.compile(r"^\(([" + _CN_DIGITS + r"]{1,3})\)\s*(.*)$", re.S)
# Sub-items in half- and full-width forms (NFKC makes （a） read (a)): (a) a) (i) (1) 1).
PAREN_LETTER_RE = re.compile(r"^\(([a-z])\)(\**)\s*(.*)$", re.S)
PAREN_ROMAN_RE = re.compile(r"^\((" + "|".join(sorted(ROMAN, key=len, reverse=True)) + r")\)\s*(.*)$", re.S)
PAREN_NUMBER_RE = re.compile(r"^\(?(\d{1,2})\)\s*(.*)$", re.S)
# The ITU layout prints an item's label, a tab, then its text: '1<TAB>国际电联继续…', 'a)<TAB>…', 'ii)<TAB>…'.
TAB_ITEM_RE = re.compile(
    r"^(\d{1,3}|\(?[a-z]\)|\(?(?:" + "|".join(sorted(ROMAN, key=len, reverse=True)) + r")\)|[A-Z][.．])\t+([^\t]+)$"
)
TAB_NUMBER_RE = re.compile(r"^(\d{1,3})\t+(\S.*)$", re.S)
ROMAN_PAREN_RE = re.compile(r"^\(?(" + "|".join(sorted(ROMAN, key=len, reverse=True)) + r")\)\s*(.*)$", re.S)


def tab_item(raw: str) -> bool:
    """'b)<TAB>大会第5委员会…由…担任主席；': a labelled item of prose (one text after the label), not a table row.

    A short text without sentence punctuation ('1<TAB>电子政务') or a short record with an amount
    ('1<TAB>某国政府：28 000美元；') stays a row of a table.
    """
    m = TAB_ITEM_RE.match(raw.strip())
    if not m:
        return False
    text = m.group(2).strip()
    if len(text) > 40:
        return True
    return len(text) >= 4 and text.endswith(("。", "；", ";", "，", ",", "：", ":")) and not re.search(r"\d[\d ,.]*\s*(?:万|亿)?\s*(?:瑞士法郎|美元|欧元|CHF|USD|EUR)", text)
# Preambular paragraphs of a resolution open with one of these (after 又/还/并/也/进一步); operative ones with these.
PREAMBLE_VERBS = (
    "回顾", "忆及", "注意到", "欢迎", "认识到", "重申", "铭记", "考虑到", "确认", "关切", "深为关切", "深信", "强调",
    "意识到", "承认", "申明", "审议了", "收到", "顾及", "念及", "赞赏", "满意地", "关注", "表示注意到", "决心", "希望",
)
OPERATIVE_VERBS = (
    "决定", "请", "邀请", "鼓励", "敦促", "吁请", "要求", "促请", "呼吁", "核可", "核准", "通过", "认可", "建议",
    "指示", "授权", "责成", "宣布", "赞同", "支持", "赞赏", "欢迎", "注意到", "重申", "强调", "确认", "表示",
)
_ADVERBS = ("又", "还", "并", "也", "进一步", "另", "再次", "特别")
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
    margin: str = ""  # the indent beyond the margin every line of the text shares (what sets this line apart)

    @property
    def body(self) -> str:
        """The content, bullets and markdown bold removed, NFKC-normalised (for classification only)."""
        s = self.raw.strip()
        s = _BULLET.sub("", s)
        s = _MD_HEADING.sub("", s)  # Markdown headings ('## 一、导言') read as the heading they print
        s = s.replace("**", "")
        return unicodedata.normalize("NFKC", s).strip()

    @property
    def has_bullet(self) -> bool:
        return bool(_BULLET.match(self.raw.strip()))


def split_lines(text: str) -> list[Line | None]:
    """Lines of ``text``; blank (white-space only) lines are ``None``.

    A text indented as a whole (every line opens with the same spaces, as pasted from a word processor) has that
    shared margin taken off ``margin``, so a first-line indent still tells prose from a heading.
    """
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
    shared = _shared_margin([ln.indent for ln in out if ln is not None])
    for ln in out:
        if ln is not None:
            ln.margin = ln.indent[len(shared):]
    return out


def _shared_margin(indents: list[str]) -> str:
    """The leading spaces every indent starts with (tabs excluded: they mark table columns)."""
    if not indents:
        return ""
    low, high = min(indents), max(indents)
    n = 0
    while n < len(low) and n < len(high) and low[n] == high[n] and low[n] != "\t":
        n += 1
    return low[:n]


def cn_number(s: str) -> int:
    """一 -> 1, 十二 -> 12 (enough for section numbers)."""
    if s == "十":
        return 10
    if "十" in s:
        tens, _, units = s.partition("十")
        return (_CN_DIGITS.index(tens) + 1 if tens else 1) * 10 + (_CN_DIGITS.index(units) + 1 if units else 0)
    return _CN_DIGITS.index(s) + 1


def cn_or_int(s: str) -> int:
    """'三' -> 3, '12' -> 12, '二〇' style digits read one by one are not expected here."""
    if s.isdigit():
        return int(s)
    s = s.replace("〇", "零")
    if "零" in s:
        return int("".join(str("零一二三四五六七八九".index(ch)) for ch in s))
    return cn_number(s)


def opens_with(body: str, verbs: tuple[str, ...]) -> bool:
    """Does ``body`` open with one of ``verbs``, maybe after an adverb (又回顾, 还注意到)?"""
    for adv in ("",) + _ADVERBS:
        if body.startswith(adv) and body[len(adv):].startswith(verbs):
            return True
    return False


def footnote_label(m: re.Match) -> str:
    return (m.group(1) or "").translate(_SUP) or m.group(2) or "*"


# A heading that names an action line by its code, bare or after 行动方面/行动方针 ('C5', '行动方面C3（获取信息和知识）',
# 'C7：信通技术应用——电子卫生', 'Action line C4 Capacity building'): its title may hold a colon and run long.
ACTION_LINE_HEAD_RE = re.compile(
    r"^(?:(?:行动方[面针]|Action\s+[Ll]ine)\s*)?C(?:1[01]|[1-9])"
    r"(?:\s*[（(][^（()）]+[)）]|\s*[:：.．、]\s*\S.*|\s+\S.*)?$", re.S)


def is_action_line_heading(body: str) -> bool:
    """A line that only names an action line, as a heading does: no sentence in it (at most 60 characters)."""
    return bool(ACTION_LINE_HEAD_RE.match(body)) and "|" not in body and "｜" not in body \
        and is_title_like(body, 60) and not any(p in body for p in "；;")


def is_title_like(body: str, limit: int = 40, strict: bool = False) -> bool:
    """A short line that does not end like a sentence: a heading or a title.

    ``strict`` (for unnumbered lines, which have nothing else to go by) also refuses inner commas and colons.
    """
    inner = body.rstrip("¹²³⁴⁵⁶⁷⁸⁹⁰")
    inside = "。，,；;：:" if strict else "。"
    return 0 < len(inner) <= limit and inner[-1] not in SENTENCE_END and not any(p in inner for p in inside)
