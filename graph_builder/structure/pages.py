"""Page furniture of a text extracted from a PDF: the running lines a printed page adds around its prose.

A page of a UN document prints, besides its prose, a running header or footer with the document symbol
(``E/ESCAP/CICT(4)/3``), the page number (``第 3 页``, ``- 3 -``, ``Page 3``, a bare ``3``), the job number
(``GE.13-12345 (C)``, ``B14-00871 (C)``, ``05-50225``, often with a date or a code: ``TP011014``, ``*1400871*``)
and a rule over the footnotes (``______``). A text extracted from the PDF keeps these lines between the pages,
in the middle of the prose. :func:`furniture_lines` finds them so the parser records each one as a node of its own
(nothing is lost) without letting it open a section, end a paragraph or join a table. A document symbol alone on a
line is furniture when it runs (printed on two pages or more) or stands beside other furniture; a symbol printed
once in a title block stays part of that block.
"""

from __future__ import annotations

import re
from collections import Counter

from graph_builder.structure import lines as L

# One printed item of a running line; a running line is one or more of them, apart by two spaces or a tab.
_PAGE_NO = r"(?:第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|[-–—]\s*\d{1,4}\s*[-–—]|Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4}(?:\s*/\s*\d{1,4})?)"
_JOB_NO = r"(?:GE\.|[A-Z]{1,2})?\d{2}-\d{4,6}(?:\s*\(\s*[A-Z]\s*\))?"
_CODE = r"(?:\*\d{6,9}\*|[A-Z]{1,3}\d{5,8}|\d{6})"  # the barcode, or a print code / print date after the job number
_STRONG = re.compile(rf"^(?:{_JOB_NO}|第\s*\d{{1,4}}\s*页.*|[-–—]\s*\d{{1,4}}\s*[-–—]|Page\s+\d.*)$")
_ATOM = re.compile(rf"^(?:{_PAGE_NO}|{_JOB_NO}|{_CODE})$")
_SPLIT = re.compile(r"\t+|\s{2,}|\u3000+")
# The rule a page prints over its footnotes.
RULE_RE = re.compile(r"^[_＿\-－—–‐]{5,}$")


def _printed(ln: L.Line) -> str:
    """The line as printed, NFKC-normalised (``Line.body`` would take '- 4 -' for a bullet)."""
    import unicodedata

    return unicodedata.normalize("NFKC", ln.raw.strip())


def _chunks(body: str) -> list[str]:
    return [c.strip() for c in _SPLIT.split(body.strip()) if c.strip()]


def _symbol(chunk: str) -> bool:
    return bool(L.SYMBOL_RE.match(chunk)) and any(ch.isdigit() for ch in chunk)


def running_symbols(lines: list[L.Line | None]) -> set[str]:
    """Document symbols printed as a line (or a line's item) on two pages or more: a running header or footer."""
    seen: Counter = Counter()
    for ln in lines:
        if ln is None:
            continue
        for c in _chunks(_printed(ln)):
            if _symbol(c):
                seen[c] += 1
    return {s for s, n in seen.items() if n >= 2}


def _furniture(body: str, running: set[str]) -> bool:
    chunks = _chunks(body)
    if not chunks or len(body) > 80:
        return False
    strong = False
    for c in chunks:
        if c in running:
            strong = True
        elif _ATOM.match(c):
            strong = strong or bool(_STRONG.match(c)) or len(chunks) > 1
        else:
            return False
    # A line that is only a bare number ('3') is a page number only beside other furniture (see below).
    return strong


def furniture_lines(lines: list[L.Line | None]) -> set[int]:
    """Line numbers (``Line.no``) of the page furniture: running lines, page numbers, job numbers, footnote rules.

    A bare number ('3', '- 3 -') or a symbol printed once counts when it stands within four lines of other
    furniture (a page break); a rule line counts when a footnote follows it.
    """
    running = running_symbols(lines)
    out: set[int] = set()
    for k, ln in enumerate(lines):
        if ln is None:
            continue
        if _furniture(_printed(ln), running):
            out.add(ln.no)
    for k, ln in enumerate(lines):
        if ln is None or ln.no in out:
            continue
        body = _printed(ln)
        if RULE_RE.match(body):
            nxt = next((x for x in lines[k + 1:k + 3] if x is not None), None)
            if nxt is not None and (L.FOOTNOTE_RE.match(nxt.raw.strip()) or NOTE_RE.match(nxt.body)):
                out.add(ln.no)
            continue
        chunks = _chunks(body)
        if L.PAGE_DEBRIS_RE.match(body) and not re.search(r"\d{2}-\d{5}", body) or chunks and all(
                _symbol(c) or _ATOM.match(c) for c in chunks):
            # a bare page number, or a symbol on a page break (printed once: the text has two pages)
            near = [x for x in lines[max(0, k - 4):k + 5] if x is not None and x is not ln]
            if any(x.no in out and not RULE_RE.match(x.body) for x in near):
                out.add(ln.no)
    return out


# A footnote opened by a bracketed number ('[3] …', '［3］…') as well as by a superscript ('¹ …').
NOTE_RE = re.compile(r"^[\[［](\d{1,3})[\]］]\s*(\S.*)$", re.S)


class Zone:
    """The lines between the prose of two pages: footnote rule, footnotes, footer, blank lines, header.

    ``resumes`` is the line number of the first line of prose after the zone when that line goes on with the text
    before it (no number, heading, item or table opens there), else None.
    """

    def __init__(self) -> None:
        self.lines: set[int] = set()
        self.resumes: int | None = None
        self.after: int | None = None  # the first line after the zone


def _opens_unit(ln: L.Line) -> bool:
    """Does the line open a unit of its own (a numbered paragraph, heading, item such as '(ii)', bullet, table
    line, note)?"""
    from graph_builder.structure.layout import is_marker

    body = ln.body
    return bool(is_marker(ln) or ln.has_bullet or L.FOOTNOTE_RE.match(ln.raw.strip()) or NOTE_RE.match(body)
                or L.PAREN_NUMBER_RE.match(body) or L.PAREN_ROMAN_RE.match(body)
                or L.is_title_like(body, 30, strict=True)
                or L.ANNEX_RE.match(body))


def page_zones(lines: list[L.Line | None], furniture: set[int]) -> dict[int, Zone]:
    """Every line of a page-break zone (by ``Line.no``) -> its zone.

    A zone opens at a furniture line (a footnote rule included) and takes the blank and furniture lines after it;
    after a rule it also takes the footnotes (a line opened by ``¹``/``[1]``) with their wrapped lines.
    """
    out: dict[int, Zone] = {}
    k = 0
    n = len(lines)
    while k < n:
        ln = lines[k]
        if ln is None or ln.no not in furniture:
            k += 1
            continue
        zone = Zone()
        notes = False
        while k < n:
            ln = lines[k]
            if ln is None:
                k += 1
                continue
            if ln.no in furniture:
                notes = notes or bool(RULE_RE.match(ln.body))
                zone.lines.add(ln.no)
            elif notes and (L.FOOTNOTE_RE.match(ln.raw.strip()) or NOTE_RE.match(ln.body)):
                zone.lines.add(ln.no)
            elif notes and lines[k - 1] is not None and lines[k - 1].no in zone.lines \
                    and lines[k - 1].no not in furniture:
                zone.lines.add(ln.no)  # a footnote's wrapped line
            else:
                break
            k += 1
        if k < n and lines[k] is not None:
            zone.after = lines[k].no
        if k < n and lines[k] is not None and not _opens_unit(lines[k]):
            zone.resumes = lines[k].no
        for no in zone.lines:
            out[no] = zone
    return out


def display_width(s: str) -> int:
    """Columns a line takes when printed: a Chinese character (or full-width form) two, any other one."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def wrapped_lines(lines: list[L.Line | None]) -> set[int]:
    """Line numbers of the lines a hard-wrapped text cut at its right margin (the sentence goes on below).

    A text is hard-wrapped when many of its lines end at about the same width (the margin, ±2 columns, over 40
    columns wide): at least five such lines and a quarter of the lines over 20 columns. Such a line, followed by a
    line of text, is prose cut at the margin and never a title, however short its words look; so is a line a little
    short of the margin whose next line opens with a Latin word or a number (set whole on the next line), and a line
    ending with an opening bracket or quote.
    """
    # measured from the left edge: a first-line indent takes columns of the printed line as its words do
    widths = {ln.no: display_width(ln.raw.rstrip()) for ln in lines if ln is not None}
    long = sorted(w for w in widths.values() if w > 40)
    if len(long) < 5:
        return set()
    counts = Counter(long)
    margin = max(counts, key=lambda w: (sum(counts[x] for x in range(w - 2, w + 1)), w))
    near = [w for w in long if margin - 2 <= w <= margin + 1]
    if len(near) < 5 or len(near) * 4 < sum(1 for w in widths.values() if w > 20):
        return set()
    out: set[int] = set()
    for k, ln in enumerate(lines[:-1]):
        nxt = lines[k + 1]
        if ln is None or nxt is None or widths[ln.no] > margin + 1:
            continue
        # cut at the margin; or a little short of it where a Latin word or a number went whole to the next line;
        # or ending with an opening bracket or quote, which no title does
        head = nxt.raw.strip()[:1]
        if widths[ln.no] >= margin - 3 or widths[ln.no] >= margin - 24 and head.isascii() and head.isalnum() \
                or ln.raw.rstrip()[-1:] in _OPENING:
            out.add(ln.no)
    return out


_OPENING = "（(“‘《〈「『["



_TO_SUP = str.maketrans("1234567890", "¹²³⁴⁵⁶⁷⁸⁹⁰")
_NOTE_KINDS = ("Paragraph", "SubItem", "ListItem", "Text", "Fragment", "Preamble", "OperativeParagraph", "TableCell",
               "Heading", "Footnote")
_REACH = 60  # nodes looked back from a footnote for its marker


def footnote_markers(doc) -> list[tuple]:
    """(footnote, node) pairs: the node whose words carry the footnote's marker (``…宣言》¹``, ``…[3]``,
    ``…^{*}``), the nearest before the footnote that does (its own footnote text excepted). A marker in the own
    words of a paragraph, or in a piece of a paragraph a page break interrupts, is the paragraph's."""
    nodes = doc.nodes
    out = []
    for k, fn in enumerate(nodes):
        if fn.kind != "Footnote" or not fn.label:
            continue
        label = fn.label
        marks = [label.translate(_TO_SUP)] if label.isdigit() else []
        marks += [f"[{label}]", f"［{label}］", f"^{{{label}}}"]
        if not label.isdigit():
            marks.append(label)  # '*', '**' as printed after a word
        for prev in reversed(nodes[max(0, k - _REACH):k]):
            if not prev.is_leaf or prev.kind not in _NOTE_KINDS or prev.kind == "Footnote" or is_page_furniture(prev):
                continue
            text = prev.text
            if any(_marked(text, m) for m in marks):
                holder = prev.parent if prev.kind == "Text" or (prev.parent is not None and prev.parent.page_broken) \
                    else prev
                out.append((fn, holder))
                break
    return out


def _marked(text: str, mark: str) -> bool:
    """Does ``mark`` stand in ``text`` as a marker (after a word, not opening the text)?"""
    i = text.find(mark, 1)
    while i > 0:
        before = text[i - 1]
        after = text[i + len(mark): i + len(mark) + 1]
        # a superscript digit run must be the whole marker (¹ in ¹²), a bracket is a marker after a word
        if not (mark[0] in "¹²³⁴⁵⁶⁷⁸⁹⁰" and after and after in "¹²³⁴⁵⁶⁷⁸⁹⁰") and not before.isspace():
            return True
        i = text.find(mark, i + 1)
    return False


def is_page_furniture(node) -> bool:
    from graph_builder.structure.model import is_page_furniture as furniture

    return furniture(node)
