"""Reprint a text the way a PDF extraction gives it back: lines hard-wrapped at a fixed width in the middle of
sentences, names, dates and amounts (a Latin word moves whole), and page furniture between the pages (the document symbol as a running
header, the page number and the job number as a footer, a rule over the page's footnotes)."""

from __future__ import annotations

import unicodedata


def _width(ch: str) -> float:
    return 1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5


def wrap_line(line: str, width: float) -> list[str]:
    """``line`` cut into lines of at most ``width`` (a Chinese character is 1, an ASCII one 1/2) wherever it falls."""
    out, cur, w = [], "", 0.0
    for ch in line:
        if w + _width(ch) > width and cur:
            # a Latin word moves whole to the next line, as a typesetter breaks it; anything else breaks here
            k = len(cur)
            while k > 0 and cur[k - 1].isascii() and cur[k - 1].isalpha() and ch.isascii() and ch.isalpha():
                k -= 1
            if 0 < k < len(cur):
                out.append(cur[:k])
                cur = cur[k:]
                w = sum(_width(c) for c in cur)
            else:
                out.append(cur)
                cur, w = "", 0.0
        cur += ch
        w += _width(ch)
    if cur:
        out.append(cur)
    return out


def reprint(text: str, width: float = 31, page_lines: int = 24, symbol: str = "E/ESCWA/ICT/2099/3",
            job: str = "GE.99-12345 (C)", keep: int = 0) -> str:
    """The text hard-wrapped (its first ``keep`` lines, a title block, as printed) and cut into pages of
    ``page_lines`` lines, each page closed by a footer (page number, job number) and the next opened by a header."""
    lines = text.split("\n")
    body: list[str] = lines[:keep]
    for line in lines[keep:]:
        if len(line) <= width or "\t" in line or "|" in line:
            body.append(line)
        else:
            body.extend(wrap_line(line, width))
    out: list[str] = []
    page = 1
    count = 0
    for line in body:
        out.append(line)
        count += 1
        if count >= page_lines:
            out += ["", f"{job}" if page == 1 else f"第 {page} 页        {job.split(' ')[0]}", "", symbol, ""]
            page += 1
            count = 0
    out += ["", f"{job.split(' ')[0]}        第 {page} 页"]
    return "\n".join(out) + "\n"
