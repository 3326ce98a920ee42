"""Tables printed as plain text: where a table starts and ends, and the cells of each of its lines.

Forms the genre prints: Markdown pipe tables (``| a | b |`` with a ``|---|---|`` rule under the header),
tab-separated rows, columns aligned with two or more spaces, and numbered lists of records
(``1. 某国政府  40 000欧元``). A block is a run of contiguous non-blank lines of one form; every rule here
looks at one line at a time, so detection is linear in the text's length.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from graph_builder.structure.lines import Line

PIPE, TAB, ALIGNED, RECORDS = "pipe", "tab", "aligned", "records"

RULE_RE = re.compile(r"^\|?(?:\s*:?-{2,}:?\s*\|)+\s*(?::?-{2,}:?\s*)?\|?$")
GAP_RE = re.compile(r"\t|[ \u3000]{2,}")
RECORD_RE = re.compile(r"^(\d{1,3})\s*[.．、)）]")
# A trailing amount of a record written without a column gap: '40 000欧元', '28 000 美元', '约5万瑞士法郎'.
AMOUNT_TAIL_RE = re.compile(r"(?:约|逾|近)?\d[\d,，. ]*(?:万|亿|千)?\s*[^\s\d]{0,6}$")
TOTAL_WORDS = ("合计", "总计", "共计", "总额", "总数", "小计", "共", "total", "subtotal", "sum")
SENTENCE_END = "。；;！？!?"


@dataclass
class Block:
    """Lines ``first`` .. ``end - 1`` (indexes into the line list) form one table of ``form``."""

    form: str
    first: int
    end: int


@dataclass
class Cell:
    column: int  # 1-based column as printed (empty pipe cells keep their column)
    start: int
    end: int
    text: str  # the content, delimiters stripped


def _pipe_line(ln: Line | None) -> bool:
    if ln is None:
        return False
    s = ln.raw.strip()
    return s.startswith("|") and s.count("|") >= 2


def _tab_line(ln: Line | None) -> bool:
    return ln is not None and "\t" in ln.raw.strip()


def _gap_cells(ln: Line | None) -> int:
    """Columns of a line split at gaps of two or more spaces or tabs (0 for a line that is prose)."""
    if ln is None:
        return 0
    s = ln.raw.strip()
    pieces = [p for p in GAP_RE.split(s) if p]
    if len(pieces) < 2 or any(p.rstrip().endswith(tuple(SENTENCE_END)) for p in pieces[:-1]):
        return 0
    if max(len(p) for p in pieces) > 60:
        return 0
    return len(pieces)


def _record_line(ln: Line | None) -> bool:
    """'1. 某国政府  40 000欧元': a short numbered line that is a record, not a sentence."""
    if ln is None:
        return False
    body = unicodedata.normalize("NFKC", ln.raw.strip())
    if not RECORD_RE.match(body) or len(body) > 80 or body.endswith(tuple(SENTENCE_END)):
        return False
    rest = RECORD_RE.sub("", body, count=1).strip()
    return bool(GAP_RE.search(rest)) or bool(re.search(r"\d", rest))


def find_block(lines: list[Line | None], i: int, in_annex: bool) -> Block | None:
    """The table block starting at line ``i``, if one does."""
    n = len(lines)
    ln = lines[i]
    if _pipe_line(ln):
        j = i
        while j < n and _pipe_line(lines[j]):
            j += 1
        if j - i >= 2:
            return Block(PIPE, i, j)
        return None
    if _tab_line(ln):
        j = i
        while j < n and _tab_line(lines[j]):
            j += 1
        if j - i >= 2:
            return Block(TAB, i, j)
        return None
    if _record_line(ln):
        j = i
        while j < n and (_record_line(lines[j]) or (j > i and _gap_cells(lines[j]) >= 2)):
            j += 1
        # Numbered records outside an annex need column gaps on every line (else they are paragraphs).
        gaps = all(GAP_RE.search(lines[k].raw.strip()) for k in range(i, j))
        if j - i >= 2 and (in_annex or gaps):
            return Block(RECORDS, i, j)
        return None
    cols = _gap_cells(ln)
    if cols >= 2:
        j = i + 1
        while j < n and (_gap_cells(lines[j]) >= 2 or _record_line(lines[j])):
            j += 1
        if j - i >= 2:
            return Block(ALIGNED, i, j)
    return None


def is_rule(ln: Line) -> bool:
    """A Markdown ``|---|---|`` line under a header row."""
    return bool(RULE_RE.match(ln.raw.strip()))


def cells(ln: Line, form: str) -> list[Cell]:
    """The cells of one table line, with offsets into the source text."""
    base = ln.start - len(ln.indent)
    raw = ln.raw
    out: list[Cell] = []
    if form == PIPE:
        # A cell runs from its opening bar to the end of its content; the last cell keeps the closing bar,
        # so every character of the line lies in one cell and the cell's text is the content.
        bars = [k for k, ch in enumerate(raw) if ch == "|"]
        stripped_end = len(raw.rstrip())
        if not bars or raw[: bars[0]].strip():
            bars = [len(raw) - len(raw.lstrip())] + bars  # a row printed without its opening bar
        closing = bars[-1] if bars[-1] == stripped_end - 1 else None
        opens = bars[:-1] if closing is not None else bars
        for col, a in enumerate(opens, start=1):
            nxt = opens[col] if col < len(opens) else (closing if closing is not None else stripped_end)
            piece = raw[a:nxt]
            content = piece.lstrip("|").strip()
            end = a + len(piece.rstrip())
            if col == len(opens) and closing is not None:
                end = closing + 1
            out.append(Cell(col, base + a, base + end, content))
        return out
    if form == RECORDS:
        body_start = len(raw) - len(raw.lstrip())
        m = RECORD_RE.match(unicodedata.normalize("NFKC", raw[body_start:]))
        # NFKC keeps the length of '1．' etc. (one code point each), so the match end maps back directly.
        num_end = body_start + m.end()
        out.append(Cell(1, base + body_start, base + num_end, raw[body_start:num_end].strip()))
        rest_start = num_end + (len(raw[num_end:]) - len(raw[num_end:].lstrip()))
        pieces = _split_gaps(raw, rest_start)
        if len(pieces) == 1:
            a, b = pieces[0]
            tail = AMOUNT_TAIL_RE.search(raw, a, b)
            if tail and tail.start() > a and raw[tail.start() - 1].isspace():
                pieces = [(a, len(raw[a : tail.start()].rstrip()) + a), (tail.start(), b)]
        for col, (a, b) in enumerate(pieces, start=2):
            out.append(Cell(col, base + a, base + b, raw[a:b]))
        return out
    for col, (a, b) in enumerate(_split_gaps(raw, 0, tabs_only=form == TAB), start=1):
        out.append(Cell(col, base + a, base + b, raw[a:b]))
    return out


def _split_gaps(raw: str, pos: int, tabs_only: bool = False) -> list[tuple[int, int]]:
    """Spans of the non-blank pieces of ``raw[pos:]`` between tabs (and wide gaps unless ``tabs_only``)."""
    sep = re.compile(r"\t+") if tabs_only else GAP_RE
    out: list[tuple[int, int]] = []
    stop = len(raw.rstrip())
    for m in sep.finditer(raw, pos, stop):
        _add_piece(raw, pos, m.start(), out)
        pos = m.end()
    _add_piece(raw, pos, stop, out)
    return out


def _add_piece(raw: str, a: int, b: int, out: list) -> None:
    piece = raw[a:b]
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        out.append((a + lead, a + len(piece.rstrip())))


def is_total(texts: list[str]) -> str:
    """'total' / 'subtotal' when a cell of the row names it (合计, 总计, 小计, Total …), else ''."""
    for t in texts:
        s = unicodedata.normalize("NFKC", t).strip().lower().rstrip(":：")
        if s.startswith(("小计", "subtotal", "sub-total")):
            return "subtotal"
        if s in TOTAL_WORDS or s.startswith(("合计", "总计", "共计", "total")):
            return "total"
    return ""


def looks_like_header(texts: list[str], later: list[list[str]]) -> bool:
    """A first row is a header when it holds no figures while the rows under it do (or are all words too)."""
    if not later or any(re.search(r"\d", t) for t in texts):
        return False
    return len(texts) >= 2
