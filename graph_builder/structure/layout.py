"""The parts of a text judged from its lines: title block, body, annexes, closing signature block.

Used when no profile describes the text (profiles.yaml is an optional hint). One pass over the lines:
- the title block is the first run of short title lines (organisation, title, symbol, date and place), with at
  most two lines of notes above it, before the first numbered line, section heading, table or prose paragraph;
- an annex starts at a line ``附件一　标题`` / ``附件 1`` / ``附件A`` / ``Annex 2: …`` that follows a blank line
  and runs to the next annex or the end;
- the signature block is the run of short lines (names, posts, place and date) that closes the body.
"""

from __future__ import annotations

import re

from dataclasses import dataclass

from graph_builder.structure import lines as L
from graph_builder.structure import tables as T


@dataclass
class PartSpec:
    id: str
    name: str
    start_line: int  # index into the line list
    style: str = "prose"
    headings: str = "section"
    kind: str = "Part"
    detected: bool = False  # found by layout detection (not from a profile)
    label: str = ""  # an annex's label as printed ('一', '1', 'A')


def is_marker(ln: L.Line) -> bool:
    """A line that opens the body's structure: a numbered paragraph, a section heading, a table line."""
    body = ln.body
    if L.TOC_LINE_RE.search(body):
        return False  # a contents line ('一、导言……3') is not where the body starts
    if L.PARA_RE.match(body) or L.CN_SECTION_RE.match(body) or L.CHAPTER_RE.match(body) or L.DECIMAL_RE.match(body):
        return True
    if L.ROMAN_SECTION_RE.match(body) or (m := L.SECTION_RE.match(body)) and L.is_title_like(m.group(2), 60):
        return True
    if L.LETTER_RE.match(body) or L.PAREN_LETTER_RE.match(body) or L.CN_PAREN_RE.match(body):
        return True
    s = ln.raw.strip()
    return s.startswith("|") or "\t" in s or annex_heading(ln) is not None


def annex_heading(ln: L.Line) -> tuple[str, str] | None:
    """(label, title) of an annex heading line, else None."""
    if "\t" in ln.raw.strip():
        return None  # a table-of-contents line ('附件<TAB>97')
    body = ln.body.strip("-— ").strip()
    m = L.ANNEX_HEAD_RE.match(body)
    if m is None:
        return None
    title = m.group(2).strip()
    if title.endswith(tuple("。；;，,：:")) or "。" in title:
        return None
    return m.group(1) or "", title


def annex_key(label: str) -> str:
    if not label:
        return ""
    if label.isascii() and label.isalpha():
        return label.lower()
    return str(L.cn_or_int(label))


def _front_line(ln: L.Line) -> bool:
    if ln.margin.endswith("\u3000\u3000"):
        return False  # a first-line indent marks a paragraph of prose
    body = ln.body
    return bool(L.ANY_DATELINE_RE.match(body) or L.SYMBOL_RE.match(body) or L.is_title_like(body, 60))


def front_end(lines: list[L.Line | None]) -> int:
    """Index of the first line after the title block (0: there is none).

    The block is the run of title lines (with at most two note lines above it) before the first numbered line,
    heading, table or paragraph of prose. Its last line goes back to the body when it is a short title right
    above the body's first paragraph (numbered, or prose other than a resolution's '大会，'): that title heads
    the first section ('背景' over '1. …', '会议概况' over the first paragraph).
    """
    from graph_builder.structure.pages import wrapped_lines

    notes = 0
    titles: list[int] = []
    stop: L.Line | None = None
    wrapped = wrapped_lines(lines)
    by_no = {ln.no: ln for ln in lines if ln is not None}

    def prose_run(ln: L.Line) -> bool:
        # lines cut at the right margin whose run closes a sentence or clause: prose going on, never title lines
        # (a title printed over two lines ends unpunctuated)
        seen = 0
        while ln.no in wrapped and ln.no + 1 in by_no and seen < 50:
            ln, seen = by_no[ln.no + 1], seen + 1
        return seen > 0 and ln.body.rstrip("¹²³⁴⁵⁶⁷⁸⁹⁰*").endswith(tuple("。；;，,：:！？!?"))

    for idx, ln in enumerate(lines):
        if ln is None:
            continue
        block = T.find_block(lines, idx, False)
        if block is not None and block.form == T.ALIGNED and _front_line(ln):
            block = None  # a two-column masthead ('联合国  A/RES/60/252' / '大  会  Distr.: General')
        if is_marker(ln) or block is not None:
            stop = ln
            break
        if _front_line(ln) and not prose_run(ln):
            titles.append(idx)
            continue
        if titles:
            stop = ln
            break
        notes += 1
        if notes > 2:
            return 0
    if not titles:
        return 0
    end = titles[-1] + 1
    if stop is None:
        # Nothing but short lines: the first is the title, the rest is the body.
        return titles[0] + 1 if len(titles) > 1 else end
    last = lines[titles[-1]].body
    opens_body = (
        (L.PARA_RE.match(stop.body) or L.DECIMAL_RE.match(stop.body)) and not stop.raw.lstrip().startswith("#")
        or not is_marker(stop) and not (stop.body.endswith(("，", ",")) and len(stop.body) <= 24)
        and not stop.raw.lstrip().startswith(("|", "<"))
    )
    if opens_body and len(titles) >= 2 and L.is_title_like(last, 20, True) and not L.ANY_DATELINE_RE.match(last) \
            and not L.SYMBOL_RE.match(last):
        end = titles[-2] + 1
    return end


def signature_lines(lines: list[L.Line | None], first: int, end: int) -> set[int]:
    """Indexes of the closing block of short lines (names, posts, place and date) after the last prose line."""
    out: list[int] = []
    k = end - 1
    while k >= first:
        ln = lines[k]
        if ln is None:
            k -= 1
            continue
        body = ln.body
        short = len(body) <= 40 and not body.endswith(tuple("。；;！？!?：:")) and "。" not in body
        if not short or is_marker(ln) or T.find_block(lines, k, False) or len(out) >= 6:
            break
        out.append(k)
        k -= 1
    # Only a block that follows prose (a body with paragraphs) is a signature block.
    if k < first or lines[k] is None or not out:
        return set()
    prev = lines[k].body
    if len(prev) <= 40 and not prev.endswith(tuple("。；;！？!?")):
        return set()
    return set(out)


#: a signed line of a letter or note: （签名）NAME, (Signed) NAME
_SIGNED = re.compile(r"^[（(](?:签名|签字|签署|Signed)[)）]\s*\S")


def signed_lines(lines: list[L.Line | None]) -> set[int]:
    """Indexes of the signature blocks anywhere in a part: a line ``（签名）NAME`` and the short title line right
    above it (``常驻代表``, ``代办``, ``大使``), as a letter or a note printed inside a larger text signs off."""
    out: set[int] = set()
    for k, ln in enumerate(lines):
        if ln is None or not _SIGNED.match(ln.body) or len(ln.body) > 48 or re.search(r"[，。；,;]", ln.body):
            continue  # a sentence about a signature is no signature
        out.add(k)
        above = lines[k - 1] if k > 0 else None
        if above is not None and len(above.body) <= 24 and not above.body.endswith(tuple("。；;！？!?：:，,")) \
                and not is_marker(above):
            out.add(k - 1)
    return out


def detect_parts(lines: list[L.Line | None]) -> list[PartSpec]:
    """Front matter, body and annexes of a text without a profile."""
    specs: list[PartSpec] = []
    body_start = front_end(lines)
    if body_start:
        specs.append(PartSpec("front-matter", "Front matter", 0, style="front-detect", detected=True))
    specs.append(PartSpec("", "", body_start, detected=True))
    prev_blank = True
    last_key = None
    seen: dict[str, int] = {}
    for idx in range(body_start, len(lines)):
        ln = lines[idx]
        if ln is None:
            prev_blank = True
            continue
        head = annex_heading(ln)
        if head is not None and not prev_blank and head[1] and not L.is_title_like(head[1], 60):
            head = None  # a line of prose that begins with the word, not a heading
        was_blank, prev_blank = prev_blank, False
        if head is None:
            last_key = None
            continue
        label, _title = head
        key = annex_key(label)
        if not was_blank and last_key == key:
            continue  # the heading printed twice ('附件' / '附 件'): one annex
        last_key = key
        seen[key] = seen.get(key, 0) + 1
        pid = f"annex-{key}" if key else "annex"
        name = f"Annex {label.upper() if key.isalpha() else key}"
        if seen[key] > 1:
            pid, name = f"{pid}-{seen[key]}", f"{name} ({seen[key]})"
        specs.append(PartSpec(pid, name if key else "Annex", idx, kind="Annex", detected=True, label=label))
    return specs
