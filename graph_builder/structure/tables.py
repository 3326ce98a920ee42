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

from graph_builder.structure.lines import Line, tab_item

PIPE, TAB, ALIGNED, RECORDS, HTML = "pipe", "tab", "aligned", "records", "html"
P_CELLS = "p-cells"  # one row a line, one <p>…</p> element a cell (HTML debris of converted tables)
INDENTED = "indented"  # records of tab-indented lines, one cell a line, records separated by blank lines

RULE_RE = re.compile(r"^\|?(?:\s*:?-{2,}:?\s*\|)+\s*(?::?-{2,}:?\s*)?\|?$")
# Spaces as printed: ASCII, no-break and thin spaces (web and word-processor exports), ideographic space.
_SP = "[ \u00a0\u2002-\u200a\u202f\u3000]"
GAP_RE = re.compile(r"\t|" + _SP + "{2,}")
# a record's number, or its capital letter ('A．某国：45 000瑞士法郎', only with an amount: see _record_line)
RECORD_RE = re.compile(r"^(\d{1,3}|[A-Z])\s*[.．、)）]")
# A trailing amount of a record written without a column gap: '40 000欧元', '28 000 美元', '约5万瑞士法郎'.
# A column written apart by a dash with spaces around it: '1. 某国 — 40 000美元', '合计 — 95 000美元'.
DASH_SEP_RE = re.compile(_SP + r"+[—–―]{1,2}" + _SP + "+")
AMOUNT_TAIL_RE = re.compile(r"(?:约|逾|近)?\d[\d,，. \u00a0\u2009\u202f]*(?:万|亿|千)?\s*[^\s\d]{0,6}$")
TOTAL_WORDS = ("合计", "总计", "共计", "总额", "总数", "小计", "共", "total", "subtotal", "sum")
SENTENCE_END = "。；;！？!?"


@dataclass
class Block:
    """Lines ``first`` .. ``end - 1`` (indexes into the line list) form one table of ``form``."""

    form: str
    first: int
    end: int
    # lines (indexes) that are the words of the row above cut at the margin of a hard-wrapped text
    leftovers: frozenset = frozenset()


@dataclass
class Cell:
    column: int  # 1-based column as printed (empty pipe cells keep their column)
    start: int
    end: int
    text: str  # the content, delimiters stripped


# Column bars: the ASCII bar of Markdown and the full-width bar of Chinese word processors (a ｜ b ｜ c).
BARS = "|｜"


def _bars(s: str) -> int:
    return s.count("|") + s.count("｜")


def _pipe_line(ln: Line | None, bare: bool = False) -> bool:
    """A Markdown table line: '| a | b |' (or 'a | b' inside a table whose rule line shows it is one)."""
    if ln is None:
        return False
    s = ln.raw.strip()
    if bare:
        return _bars(s) >= 1 and not s.startswith("<")
    return s.startswith(tuple(BARS)) and _bars(s) >= 2


def _bar_run(lines: list[Line | None], i: int) -> int:
    """End of a run of lines from ``i`` written 'a ｜ b ｜ c' without outer bars or a rule line: at least two lines,
    each with the same two or more bars (three or more columns); ``i`` when there is none."""
    first = lines[i]
    k = _bars(first.raw) if first is not None else 0
    if k < 2:
        return i
    j = i
    while j < len(lines) and lines[j] is not None and _bars(lines[j].raw) == k:
        j += 1
    return j if j - i >= 2 else i


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
    # A labelled item of prose printed with a tab after its label is a paragraph, not a row.
    return ln is not None and "\t" in ln.raw.strip() and not tab_item(ln.raw)


def _group_line(ln: Line | None) -> bool:
    """A short title line between the rows of a tab table ('A. 现金捐款', '实物捐助'): a row that names a group
    of the rows under it, not the end of the table."""
    if ln is None:
        return False
    s = ln.raw.strip()
    return 0 < len(s) <= 30 and not s.endswith(tuple(SENTENCE_END)) and not re.search(r"[。；;，,]", s)


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


# An amount with its currency: '40 000欧元', '796 835瑞士法郎', 'CHF 5 000', '1.2 million US dollars'.
CURRENCY_RE = re.compile(
    r"\d[\d,. ]*\s*(?:万|亿|千|百万|million)?\s*(?:瑞士法郎|美元|欧元|日元|加元|英镑|法郎|人民币|卢布|克朗|韩元|港元|比索|"
    r"里亚尔|兰特|CHF|USD|EUR|JPY|CAD|"
    r"Swiss francs|US dollars|euros)|(?:CHF|USD|EUR|JPY|CAD)\s*\d"
)


def _record_line(ln: Line | None) -> bool:
    """'1. 某国政府  40 000欧元': a short numbered line that is a record, not a sentence.

    A record may close with ；/。 when it names an amount with its currency ('2. 某国政府：28 000美元；').
    """
    if ln is None:
        return False
    body = unicodedata.normalize("NFKC", ln.raw.strip())
    m = RECORD_RE.match(body)
    if not m or len(body) > 80:
        return False
    rest = RECORD_RE.sub("", body, count=1).strip()
    if not m.group(1).isdigit() and not CURRENCY_RE.search(rest):
        return False  # 'A. 导言' is a section heading; a lettered record names an amount
    if body.endswith(tuple(SENTENCE_END)):
        inner = rest[:-1]
        return len(body) <= 60 and bool(CURRENCY_RE.search(inner)) and not any(p in inner for p in "。；;")
    return bool(GAP_RE.search(rest)) or bool(re.search(r"\d", rest))


def _after_number(ln: Line) -> str:
    body = unicodedata.normalize("NFKC", ln.raw.strip())
    return RECORD_RE.sub("", body, count=1).strip()


def _total_line(ln: Line | None) -> bool:
    """'合计：约95 000瑞士法郎' / 'Total  498 400': the total under a list of records."""
    if ln is None:
        return False
    body = unicodedata.normalize("NFKC", ln.raw.strip())
    return len(body) <= 40 and bool(re.search(r"\d", body)) and bool(is_total([re.split(r"[:：\s]", body)[0]]))


def _over_break(lines: list[Line | None], j: int, breaks: dict, test, form: str = RECORDS) -> bool:
    """Is line ``j`` a blank of a page break (``breaks``: index -> index after the break) after which a line
    passing ``test`` goes on with the table? A page break, unlike a blank line, does not end a table; a new
    table with a header of its own may start after it."""
    g = breaks.get(j) if lines[j] is None else None
    return g is not None and g < len(lines) and test(g) and not opens_with_header(lines, g, form)


def opens_with_header(lines: list[Line | None], g: int, form: str) -> bool:
    """Do the lines from ``g`` open a table of ``form`` with a header row of its own (a rule line under its first
    row, or a first row of words over rows of figures)?"""
    rows = [lines[k] for k in range(g, min(g + 2, len(lines)))]
    if form not in (TAB, ALIGNED, PIPE) or len(rows) < 2 or rows[1] is None or rows[0] is None:
        return False
    if form == PIPE and (is_rule(rows[0]) or is_rule(rows[1])):
        return not is_rule(rows[0])
    data = [[c.text for c in cells(ln, form)] for ln in rows]
    return looks_like_header(data[0], data[1:])


def _above(lines: list[Line | None], j: int, breaks: dict) -> int:
    """Index of the line printed before line ``j`` (across a page break), -1 when a blank line stands between."""
    k = j - 1
    while k >= 0 and lines[k] is None and k in breaks:
        k -= 1
    return k if k >= 0 and lines[k] is not None else -1


def _leftover(lines: list[Line | None], j: int, breaks: dict, cut: set) -> bool:
    """Line ``j`` is the rest of the record above, cut at the margin of a hard-wrapped text (``cut``: the line
    numbers cut there): no record of its own, and the record with its rest stays short (a record, not prose)."""
    ln = lines[j]
    if not cut or ln is None or _record_line(ln) or _total_line(ln):
        return False
    k = _above(lines, j, breaks)
    size = len(ln.raw.strip())
    while k >= 0 and lines[k].no in cut:
        size += len(lines[k].raw.strip())
        if size > 80:
            return False
        if _record_line(lines[k]):
            return size <= 80
        k = _above(lines, k, breaks)
    return False


def find_block(lines: list[Line | None], i: int, in_annex: bool, breaks: dict | None = None,
               cut: set | None = None) -> Block | None:
    """The table block starting at line ``i``, if one does. ``breaks``: the blank lines (indexes) of a page
    break, each to the index after the break (a table goes on past it); ``cut``: line numbers a hard-wrapped text
    cut at its margin (the line after one is the rest of a record)."""
    n = len(lines)
    breaks = breaks or {}
    cut = cut or set()
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
    bare = (ln is not None and _bars(ln.raw) and i + 1 < n and lines[i + 1] is not None
            and is_rule(lines[i + 1]) and not _pipe_line(ln))
    if ln is not None and not bare and not _pipe_line(ln) and (run_end := _bar_run(lines, i)) > i:
        return Block(PIPE, i, run_end)
    if _pipe_line(ln) or bare:
        # Rows may stand apart (a blank line between them); a lone row with two cells is a table too.
        j = i
        end = i
        while j < n:
            if _pipe_line(lines[j], bare):
                j += 1
                end = j
            elif lines[j] is None and j + 1 < n and _pipe_line(lines[j + 1], bare):
                j += 1
            elif _over_break(lines, j, breaks, lambda g: _pipe_line(lines[g], bare), PIPE):
                j = breaks[j]
            else:
                break
        if end - i >= 2 or _bars(ln.raw.strip()) >= 3:
            return Block(PIPE, i, end)
        return None
    if _tab_line(ln):
        j = i
        while j < n and (_tab_line(lines[j]) or j > i and _group_line(lines[j]) and j + 1 < n
                         and _tab_line(lines[j + 1])):
            j += 1
            if j < n and _over_break(lines, j, breaks, lambda g: _tab_line(lines[g]), TAB):
                j = breaks[j]
        if j - i >= 2:
            return Block(TAB, i, j)
        return None
    if _record_line(ln):
        j = i
        records = 0
        rest: set[int] = set()
        while j < n:
            if j > i and _leftover(lines, j, breaks, cut):
                rest.add(j)
            elif _record_line(lines[j]) or (j > i and (_gap_cells(lines[j]) >= 2 or _total_line(lines[j]))):
                # Numbered records outside an annex need column gaps on every line (else they are paragraphs);
                # the scan stops at the first line without one, so it stays linear.
                if not in_annex and not (GAP_RE.search(_after_number(lines[j])) or DASH_SEP_RE.search(lines[j].raw)):
                    break
                records += 1
            else:
                break
            j += 1
            if j < n and _over_break(lines, j, breaks, lambda g: _record_line(lines[g])
                                     or _leftover(lines, g, breaks, cut)):
                j = breaks[j]
        if records >= 2 and j - i >= 2:
            return Block(RECORDS, i, j, frozenset(rest))
        return None
    cols = _gap_cells(ln)
    if ln is not None and is_dash_rule(ln) and i + 1 < n and _gap_cells(lines[i + 1]) >= 2:
        cols = 2  # a rule drawn above the header of an aligned table: the table starts with it
    if cols >= 2:
        j = i + 1
        # a short title line between aligned rows names the group of rows under it (拉丁美洲, 二、实物); a short
        # piece indented under a later column is a cell's words wrapped onto a line of their own; a rule of
        # dashes is drawn between them
        while j < n and (_gap_cells(lines[j]) >= 2 or _record_line(lines[j]) or wrapped_cell(lines, j)
                         or lines[j] is not None and is_dash_rule(lines[j])
                         or _group_line(lines[j]) and j + 1 < n and _gap_cells(lines[j + 1]) >= 2):
            j += 1
            if j < n and _over_break(lines, j, breaks, lambda g: _gap_cells(lines[g]) >= 2, ALIGNED):
                j = breaks[j]
        if j - i >= 2:
            return Block(ALIGNED, i, j)
    return None


def wrapped_cell(lines: list[Line | None], j: int) -> bool:
    """A cell's words wrapped onto a line of their own between two rows of an aligned table (a PDF extraction):
    one short piece without sentence punctuation, an aligned row (or the total) right above and right below it.
    """
    ln = lines[j]
    if ln is None or j == 0 or j + 1 >= len(lines) or _gap_cells(lines[j - 1]) < 2 and not wrapped_cell_above(lines, j):
        return False
    s = ln.raw.strip()
    if GAP_RE.search(s) or len(s) > 20 or re.search(r"[。；;，,：:]", s) or not ln.indent.strip("\t") \
            or len(ln.indent) <= len(lines[j - 1].indent if lines[j - 1] is not None else ""):
        return False  # at the table's left edge: a title naming the group of rows under it
    below = lines[j + 1]
    return below is not None and (_gap_cells(below) >= 2 or _total_line(below))


def wrapped_cell_above(lines: list[Line | None], j: int) -> bool:
    """Is the line above ``j`` itself a wrapped cell under an aligned row (a cell wrapped twice)?"""
    k = j - 1
    return k >= 1 and lines[k] is not None and not GAP_RE.search(lines[k].raw.strip()) \
        and len(lines[k].raw.strip()) <= 20 and _gap_cells(lines[k - 1]) >= 2


def _display_starts(raw: str) -> list[int]:
    """The display column at which each character of ``raw`` starts (wide CJK characters take two columns,
    a tab stops at the next multiple of eight), and the line's display width last."""
    out, col = [], 0
    for ch in raw:
        out.append(col)
        if ch == "\t":
            col = (col // 8 + 1) * 8
        else:
            col += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    out.append(col)
    return out


def realign(header: Line, head: list[Cell], row: Line, cells_: list[Cell]) -> list[Cell]:
    """The cells of a fixed-width row that prints fewer cells than its header (its empty cells are only
    spaces: '小计          95 000   47.5%'), each given the column of the header cell it stands under: the zone
    of a header cell runs from halfway after the cell before it to halfway before the cell after it, in display
    columns, and a cell belongs to the zone its middle falls in. Cells keep their order and columns grow."""
    if len(cells_) >= len(head) or not head or not cells_:
        return cells_
    hs, rs = _display_starts(header.raw), _display_starts(row.raw)
    hbase, rbase = header.start - len(header.indent), row.start - len(row.indent)
    spans = [(hs[c.start - hbase], hs[c.end - hbase]) for c in head]
    bounds = [(spans[k - 1][1] + spans[k][0]) / 2 for k in range(1, len(spans))]
    out, last = [], 0
    for c in cells_:
        mid = (rs[c.start - rbase] + rs[c.end - rbase]) / 2
        k = sum(1 for b in bounds if mid >= b)
        col = max(k + 1, last + 1)
        if col > len(head):
            return cells_  # the row does not fit the header: keep its cells as printed
        out.append(Cell(head[col - 1].column if head[col - 1].column else col, c.start, c.end, c.text))
        last = col
    return out


def is_rule(ln: Line) -> bool:
    """A Markdown ``|---|---|`` line under a header row."""
    return bool(RULE_RE.match(ln.raw.strip()))


# a line of dashes (or = or box-drawing rules) between the columns of a fixed-width or tab table: ---- ------ ---
DASH_RULE_RE = re.compile(r"^[-=─━—–_+\s]*[-=─━—–_]{3,}[-=─━—–_+\s]*$")


def is_dash_rule(ln: Line) -> bool:
    """A rule line of dashes drawn under the header (or above and below the rows) of a fixed-width or tab table."""
    return bool(DASH_RULE_RE.match(ln.raw.strip()))


def tab_width(ln: Line) -> int:
    """Columns of a tab table's first line when every column is one tab apart (0 when tabs are doubled there)."""
    s = ln.raw.strip()
    return 0 if "\t\t" in s else len(s.split("\t"))


def _tab_columns(raw: str, width: int) -> list[tuple[int, tuple[int, int]]] | None:
    """(column, span) of the filled cells of a tab row whose empty cells are printed as tabs in a row
    ('欧洲小计<tab><tab><tab>631 600<tab>52.6%' under a five-column header): a cell keeps the column it stands
    in. None when the row's tabs do not give exactly ``width`` columns (tabs doubled for alignment)."""
    lead = len(raw) - len(raw.lstrip())
    stop = len(raw.rstrip())
    fields, pos = [], lead
    for k in range(lead, stop + 1):
        if k == stop or raw[k] == "\t":
            fields.append((pos, k))
            pos = k + 1
    if len(fields) != width:
        return None
    out = []
    for col, (a, b) in enumerate(fields, start=1):
        piece: list = []
        _add_piece(raw, a, b, piece)
        if piece:
            out.append((col, piece[0]))
    return out


def cells(ln: Line, form: str, width: int = 0) -> list[Cell]:
    """The cells of one table line, with offsets into the source text. ``width``: the columns of a tab table's
    first line, so that a row's empty cells (tabs in a row) keep the columns of the cells after them."""
    base = ln.start - len(ln.indent)
    raw = ln.raw
    out: list[Cell] = []
    if form == PIPE:
        # A cell is its content between two bars; the bars are the row's markup (see the parser), and an empty
        # cell has no node but keeps its column number.
        bars = [k for k, ch in enumerate(raw) if ch in BARS]
        stripped_end = len(raw.rstrip())
        lead = len(raw) - len(raw.lstrip())
        edges = ([lead - 1] if not bars or bars[0] != lead else []) + bars
        if edges[-1] != stripped_end - 1:
            edges.append(stripped_end)  # a row printed without its closing bar
        for col in range(1, len(edges)):
            a, b = edges[col - 1] + 1, edges[col]
            piece = raw[a:b]
            if piece.strip():
                x = a + len(piece) - len(piece.lstrip())
                y = a + len(piece.rstrip())
                out.append(Cell(col, base + x, base + y, raw[x:y]))
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
            colon = max(raw.rfind("：", a, b), raw.rfind(":", a, b))
            tail = AMOUNT_TAIL_RE.search(raw, a, b)
            if DASH_SEP_RE.search(raw, a, b):
                pieces = _split_dashes(raw, a, b)
            elif colon > a and re.search(r"\d", raw[colon:b]):
                # '某国政府：28 000美元；' -> the name (with its colon) and the amount
                after = colon + 1 + (len(raw[colon + 1 : b]) - len(raw[colon + 1 : b].lstrip()))
                pieces = [(a, colon + 1), (after, b)] if after < b else pieces
            elif tail and tail.start() > a and raw[tail.start() - 1].isspace():
                pieces = [(a, len(raw[a : tail.start()].rstrip()) + a), (tail.start(), b)]
        for col, (a, b) in enumerate(pieces, start=2):
            out.append(Cell(col, base + a, base + b, raw[a:b]))
        return out
    if form == TAB and width and "\t\t" in raw.strip():
        kept = _tab_columns(raw, width)
        if kept is not None:
            return [Cell(col, base + a, base + b, raw[a:b]) for col, (a, b) in kept]
    pieces = _split_gaps(raw, 0, tabs_only=form == TAB)
    if len(pieces) == 1 and DASH_SEP_RE.search(raw, *pieces[0]):
        pieces = _split_dashes(raw, *pieces[0])  # '合计 — 95 000美元'
    if len(pieces) == 1:
        a, b = pieces[0]
        colon = max(raw.rfind("：", a, b), raw.rfind(":", a, b))
        if colon > a and raw[colon + 1 : b].strip():
            after = colon + 1 + (len(raw[colon + 1 : b]) - len(raw[colon + 1 : b].lstrip()))
            pieces = [(a, colon + 1), (after, b)]  # '合计：约95 000瑞士法郎'
    for col, (a, b) in enumerate(pieces, start=1):
        out.append(Cell(col, base + a, base + b, raw[a:b]))
    return out


def _split_dashes(raw: str, a: int, b: int) -> list[tuple[int, int]]:
    """The pieces of ``raw[a:b]`` between dash separators (the dashes stay outside every cell, as markup)."""
    out, pos = [], a
    for m in DASH_SEP_RE.finditer(raw, a, b):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < b:
        out.append((pos, b))
    return out or [(a, b)]


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
        if s.startswith(("subtotal", "sub-total")) or s.startswith("小计") and not re.match(r"[\u4e00-\u9fff]", s[2:3]):
            return "subtotal"
        if s in TOTAL_WORDS or s.startswith(("合计", "总计", "共计", "total")):
            return "total"
        if len(s) <= 12 and s.endswith(("合计", "总计", "共计", "总额")):
            return "total"  # a total named after what it sums (已收到捐款合计)
        if len(s) <= 16 and (s.endswith("小计") or s.endswith(("subtotal", "sub-total"))):
            return "subtotal"  # a group's sub-total named after the group (欧洲小计, 亚洲及太平洋小计)
    return ""


# a column head that is a year or a span of years (2015年, 2016, 2014—2015年度): a label, not a figure
_YEAR_HEAD = re.compile(r"^(?:FY\s?)?(?:19|20)\d{2}(?:\s*[-–—/至]\s*(?:19|20)?\d{2})?\s*(?:年度?|年)?$")


def looks_like_header(texts: list[str], later: list[list[str]]) -> bool:
    """A first row is a header when it holds no figures while the rows under it do (or are all words too); the
    heads of year columns (行动方面 | 2015年 | 2016年) are labels, not figures."""
    if not later or any(re.search(r"\d", t) and not _YEAR_HEAD.match(t.strip()) for t in texts):
        return False
    return len(texts) >= 2 and any(not re.search(r"\d", t) for t in texts)


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
            ce = _CELL_END.search(text, c.end(), row_end)
            cend = ce.end() if ce is not None and ce.group(0).startswith("</t") else (
                ce.start() if ce is not None else row_end)
            close = text.rfind("</", c.end(), cend) if ce is not None and ce.group(0).startswith("</t") else -1
            inner_end = close if close >= 0 else cend
            inner = text[c.end():inner_end]
            content = re.sub(r"\s+", " ", html.unescape(_TAG.sub(" ", inner))).strip()
            kinds.append(c.group(0).lower().startswith("<th"))
            if inner.strip():
                # The cell is its content; its tags are markup of the row.
                a = c.end() + len(inner) - len(inner.lstrip())
                b = c.end() + len(inner.rstrip())
                _pieces(text, cpos, a, markup)
                cells.append(Cell(len(kinds), a, b, content))
                cpos = b
            # (an empty cell has no node: its tags stay markup, its column is still counted)
            _pieces(text, cpos, cend, markup)
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
