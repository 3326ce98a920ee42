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

PIPE, TAB, ALIGNED, RECORDS, HTML = "pipe", "tab", "aligned", "records", "html"
P_CELLS = "p-cells"  # one row a line, one <p>…</p> element a cell (HTML debris of converted tables)
INDENTED = "indented"  # records of tab-indented lines, one cell a line, records separated by blank lines

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


def _p_line(ln: Line | None) -> bool:
    if ln is None:
        return False
    s = ln.raw.strip()
    return s.startswith("<p") and s.endswith("</p>")


_P_CELL = re.compile(r"<p\b[^>]*>(.*?)</p>", re.I)


def p_cells(ln: Line) -> list[Cell]:
    """Cells of a line of <p>…</p> elements (the cell keeps its tags; its text is the content)."""
    base = ln.start - len(ln.indent)
    out: list[Cell] = []
    for m in _P_CELL.finditer(ln.raw):
        out.append(Cell(len(out) + 1, base + m.start(), base + m.end(), _TAG.sub("", m.group(1)).strip()))
    return out


def _tab_line(ln: Line | None) -> bool:
    return ln is not None and "\t" in ln.raw.strip()


def _gap_cells(ln: Line | None) -> int:
    """Columns of a line split at gaps of two or more spaces or tabs (0 for a line that is prose)."""
    if ln is None:
        return 0
    s = ln.raw.strip()
    pieces = [p for p in GAP_RE.split(s) if p]
    if len(pieces) < 2 or any(p.rstrip().endswith(tuple(SENTENCE_END)) for p in pieces):
        return 0
    if max(len(p) for p in pieces) > 40:
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


def _after_number(ln: Line) -> str:
    body = unicodedata.normalize("NFKC", ln.raw.strip())
    return RECORD_RE.sub("", body, count=1).strip()


def find_block(lines: list[Line | None], i: int, in_annex: bool) -> Block | None:
    """The table block starting at line ``i``, if one does."""
    n = len(lines)
    ln = lines[i]
    if ln is not None and re.match(r"<(?:table|tr)\b", ln.raw.strip(), re.I):
        j = i
        while j < n and not (lines[j] is not None and re.search(r"</table\s*>", lines[j].raw, re.I)):
            if lines[j] is None and (j + 1 >= n or lines[j + 1] is None):
                break  # two blank lines: an unclosed table ends here
            j += 1
        end = min(j + 1, n)
        while end > i and lines[end - 1] is None:
            end -= 1
        return Block(HTML, i, end)
    if in_annex and ln is not None and ln.indent.startswith("\t"):
        j = i
        while j < n and (lines[j] is not None and lines[j].indent.startswith("\t")
                         or lines[j] is None and j + 1 < n and lines[j + 1] is not None
                         and lines[j + 1].indent.startswith("\t")):
            j += 1
        return Block(INDENTED, i, j)
    if _p_line(ln):
        j = i
        while j < n and _p_line(lines[j]):
            j += 1
        if j - i >= 2:
            return Block(P_CELLS, i, j)
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
        gaps = all(GAP_RE.search(_after_number(lines[k])) for k in range(i, j))
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
        if len(s) <= 12 and s.endswith(("合计", "总计", "共计", "总额")):
            return "total"  # a total named after what it sums (已收到捐款合计)
    return ""


def looks_like_header(texts: list[str], later: list[list[str]]) -> bool:
    """A first row is a header when it holds no figures while the rows under it do (or are all words too)."""
    if not later or any(re.search(r"\d", t) for t in texts):
        return False
    return len(texts) >= 2


_TAG = re.compile(r"<[^>]*>")
_ROW_OPEN = re.compile(r"<tr\b[^>]*>", re.I)
_ROW_END = re.compile(r"</tr\s*>|<tr\b|</table\s*>|</tbody\s*>|</thead\s*>", re.I)
_CELL_OPEN = re.compile(r"<t[dh]\b[^>]*>", re.I)
_CELL_END = re.compile(r"</t[dh]\s*>|<t[dh]\b|</tr\s*>", re.I)


@dataclass
class HtmlRow:
    start: int
    end: int
    cells: list  # Cell, with offsets relative to the text given to html_rows
    header: bool  # all cells are <th>
    markup: list  # (start, end) of tags between cells


def html_rows(text: str) -> tuple[list[HtmlRow], list[tuple[int, int]]]:
    """Rows of an HTML table (``<tr>``/``<td>``/``<th>``, closing tags optional) and the markup between rows.

    A cell runs from its opening tag to its closing tag (or to the next cell), so every character of the table
    lies in a cell or in a markup piece; the cell's ``text`` is its content without tags.
    """
    import html

    rows: list[HtmlRow] = []
    outside: list[tuple[int, int]] = []
    pos = 0
    for m in _ROW_OPEN.finditer(text):
        if m.start() < pos:
            continue
        _pieces(text, pos, m.start(), outside)
        e = _ROW_END.search(text, m.end())
        row_end = e.end() if e is not None and e.group(0).lower().startswith("</tr") else (
            e.start() if e is not None else len(text))
        cells: list[Cell] = []
        markup: list[tuple[int, int]] = []
        kinds: list[bool] = []
        cpos = m.start()
        for c in _CELL_OPEN.finditer(text, m.end(), row_end):
            if c.start() < cpos:
                continue
            _pieces(text, cpos, c.start(), markup)
            ce = _CELL_END.search(text, c.end(), row_end)
            cend = ce.end() if ce is not None and ce.group(0).startswith("</t") else (
                ce.start() if ce is not None else row_end)
            seg = text[c.start():cend]
            content = html.unescape(_TAG.sub(" ", seg)).strip()
            content = re.sub(r"\s+", " ", content)
            a = c.start()
            b = c.start() + len(seg.rstrip())
            cells.append(Cell(len(cells) + 1, a, b, content))
            kinds.append(c.group(0).lower().startswith("<th"))
            cpos = cend
        _pieces(text, cpos, row_end, markup)
        rows.append(HtmlRow(m.start(), row_end, cells, bool(kinds) and all(kinds), markup))
        pos = row_end
    _pieces(text, pos, len(text), outside)
    return rows, outside


def _pieces(text: str, a: int, b: int, out: list) -> None:
    """Non-blank stretches of ``text[a:b]`` (one per line), appended as (start, end)."""
    k = a
    while k < b:
        nl = text.find("\n", k, b)
        stop = b if nl < 0 else nl
        piece = text[k:stop]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append((k + lead, k + len(piece.rstrip())))
        k = stop + 1
