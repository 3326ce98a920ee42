"""Named parts of a text, read from its own lines: a publication of several documents, or a report with styled annexes.

Two layouts get parts with names that facts cite (the rest of a text is read by layout detection, layout.py):

- **A publication of documents**: two or more title lines (a title may be printed over two lines, blank between)
  that name a document of the reference list (``document/…`` entries of entities.yaml, by their zh name or a
  plain alias). Each opens a part whose id and name come from that entry (``part_id`` / ``short_en``, else the
  key's slug and the English name). Around them: the front matter before the first part (title page, contents),
  a preface line (前言/序言/Foreword/Preface) opening a signed ``foreword``, a line of credits (``©``) opening the
  back matter after the last part, and the first paragraph of prose after the credits opening the back cover.
  Locators then start with the part's name alone ('Tunis Agenda para 103'): the names are distinctive.
- **A report with styled annexes**: an annex heading line (``附件``, ``附件 A``) over a General Assembly
  resolution ('大会决议' with its 'NN/NNN. title' line: the annex is read as a resolution and named after it,
  'Annex A (UNGA Res 56/183)'), or over records printed one cell a line behind a tab. A block of ``<p>`` cells
  closing the text whose first cells name themes of the reference list becomes the themes annex. The body, which
  must be numbered paragraphs under short headings (no tables or markup: else detection reads the whole text), is
  read in sections headed by short title lines (sub-sections when it already has ``一、`` sections), after the
  title block (layout.front_end).

Anything else returns None and the text is read by layout detection alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from graph_builder import paths
from graph_builder.structure import lines as L
from graph_builder.structure import tables as T
from graph_builder.structure.builder import slug
from graph_builder.structure.layout import PartSpec, annex_heading, annex_key, front_end

PREFACE_WORDS = ("前言", "序言", "Foreword", "FOREWORD", "Preface", "PREFACE")
CREDIT_WORDS = (("图片", "Photo credits"), ("照片", "Photo credits"), ("photo", "Photo credits"),
                ("Photo", "Photo credits"))
NOTE_MARKS = ("注", "*", "(*", "（*", "Note", "NOTE")
_RES_TITLE = re.compile(r"^(\d{1,4}/\d{1,4})\s*[.．]\s*\S")
_GA_RESOLUTION = re.compile(r"^(?:联合国)?大会决议$")
_PUNCT_END = tuple("。；;，,：:！？!?")


@lru_cache(maxsize=1)
def _reference() -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """(squashed zh title -> (part id, English name)) for documents; (zh name -> key) for themes."""
    data = yaml.safe_load((paths.data_dir() / "entities.yaml").read_text(encoding="utf-8")) or {}
    titles: dict[str, tuple[str, str]] = {}
    themes: dict[str, str] = {}
    for rec in data.get("entities") or []:
        key = str(rec.get("key", ""))
        if key.startswith("theme/"):
            themes[str(rec.get("zh", ""))] = key
        if not key.startswith("document/"):
            continue
        pid = rec.get("part_id") or slug(rec.get("short_en") or key.split("/", 1)[1])
        name = rec.get("short_en") or rec.get("en") or pid
        forms = [rec.get("zh", "")] + [a for a in rec.get("aliases") or [] if isinstance(a, str)]
        for f in forms:
            if len(f) >= 4:
                titles.setdefault(_squash(f), (pid, name))
    return titles, themes


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _title_line(ln: L.Line | None) -> bool:
    return ln is not None and "\t" not in ln.raw.strip() and len(ln.body) <= 12 and not ln.body.endswith(_PUNCT_END)


def _document_titles(lines: list[L.Line | None]) -> list[tuple[int, str, str]]:
    """(line index, part id, name) of each document named by a title on lines of its own (first time only)."""
    titles, _ = _reference()
    out: list[tuple[int, str, str, int]] = []
    seen: set[str] = set()
    for i, ln in enumerate(lines):
        if not _title_line(ln) or (i > 0 and lines[i - 1] is not None):
            continue
        candidates = [(_squash(ln.body), i)]
        j = i + 1
        while j < len(lines) and lines[j] is None and j - i <= 2:
            j += 1
        if j < len(lines) and j - i <= 2 and _title_line(lines[j]):
            candidates.append((_squash(ln.body + lines[j].body), j))
        for text, last in candidates:
            hit = titles.get(text)
            after = lines[last + 1] if last + 1 < len(lines) else None
            if hit and hit[0] not in seen and after is None:
                seen.add(hit[0])
                out.append((i, hit[0], hit[1], last))
                break
    # A title with (almost) nothing under it before the next is a list of titles (contents), not a part.
    kept = []
    for n, (i, pid, name, last) in enumerate(out):
        end = out[n + 1][0] if n + 1 < len(out) else len(lines)
        if sum(1 for ln in lines[last + 1:end] if ln is not None) >= 3:
            kept.append((i, pid, name))
    return kept


def _first(lines: list[L.Line | None], start: int, test) -> int | None:
    for i in range(start, len(lines)):
        ln = lines[i]
        if ln is not None and (i == 0 or lines[i - 1] is None) and test(ln):
            return i
    return None


def _publication(lines: list[L.Line | None], named: list[tuple[int, str, str]]) -> list[PartSpec]:
    specs: list[PartSpec] = []
    preface = _first(lines, 0, lambda ln: ln.body in PREFACE_WORDS and "\t" not in ln.raw)
    starts = [i for i, _, _ in named] + ([preface] if preface is not None else [])
    first_text = next(i for i, ln in enumerate(lines) if ln is not None)
    if min(starts) > first_text:
        specs.append(PartSpec("front-matter", "Front matter", 0, style="front"))
    if preface is not None and preface < named[0][0]:
        specs.append(PartSpec("foreword", "Foreword", preface, style="signed"))
    for i, pid, name in named:
        specs.append(PartSpec(pid, name, i, headings="heading"))
    credits = _first(lines, named[-1][0], lambda ln: ln.raw.lstrip().startswith("©"))
    if credits is not None:
        line = lines[credits].body
        name = next((n for w, n in CREDIT_WORDS if w in line), "Credits")
        specs.append(PartSpec("back-matter", name, credits, style="back"))
        cover = _first(lines, credits + 1, lambda ln: not ln.has_bullet and len(ln.body) > 40
                       and ln.body.endswith("。"))
        if cover is not None:
            specs.append(PartSpec("back-cover", "Back cover", cover, style="back"))
    return specs


def _annex_style(lines: list[L.Line | None], start: int, end: int) -> tuple[str, str]:
    """(style, what the annex is) judged from its lines: a GA resolution, records one cell a line, or prose."""
    body = [ln for ln in lines[start + 1:end] if ln is not None]
    head = body[:6]
    symbol = next((m.group(1) for ln in head if (m := _RES_TITLE.match(ln.body))), None)
    if symbol and any(_GA_RESOLUTION.match(ln.body) for ln in head):
        return "resolution", f"UNGA Res {symbol}"
    tabbed = sum(1 for ln in body if ln.raw.startswith("\t"))
    if tabbed >= 3 and all(ln.raw.startswith("\t") or len(ln.body) <= 30 or ln.body.startswith(NOTE_MARKS)
                           for ln in body):
        return "records-annex", ""
    return "prose", ""


def _themes_table(lines: list[L.Line | None], start: int) -> int | None:
    """Start of a closing block of ``<p>`` cells whose first cells name themes of the reference list."""
    _, themes = _reference()
    i = _first(lines, start, lambda ln: ln.raw.lstrip().startswith("<p>"))
    if i is None or any(ln is not None and not ln.raw.lstrip().startswith("<p>") for ln in lines[i:]):
        return None
    cells = [re.sub(r"^[A-Z](?:\.\d)?\.?\s*", "", m.group(1)) for ln in lines[i:] if ln is not None
             for m in [re.match(r"\s*<p>(.*?)</p>", ln.raw)] if m]
    return i if cells and sum(c in themes for c in cells) * 2 >= len(cells) else None


def _numbered_prose(body: list[L.Line | None]) -> bool:
    """A body of numbered paragraphs under short headings, with no table, list markup or unnumbered prose run."""
    numbered = 0
    for k, ln in enumerate(body):
        if ln is None:
            continue
        raw = ln.raw.strip()
        if raw.startswith(("#", "|", "<")) or "\t" in raw or T.find_block(body, k, False) is not None:
            return False
        if L.PARA_RE.match(ln.body):
            numbered += 1
    return numbered >= 3


def _report(lines: list[L.Line | None]) -> list[PartSpec] | None:
    annexes: list[tuple[int, str, str]] = []
    keys: set[str] = set()
    for i, ln in enumerate(lines):
        if ln is None:
            continue
        head = annex_heading(ln)
        if head is None or head[1] or not L.ANNEX_RE.match(ln.body):
            continue  # only a heading line of its own ('附件', '附件 A'), not a list of annexes ('附件： …')
        if annexes and annexes[-1][0] == i - 1:
            continue
        key = annex_key(head[0])
        if key in keys:
            continue
        keys.add(key)
        annexes.append((i, key, head[0]))
    if not annexes:
        return None
    themes = _themes_table(lines, annexes[-1][0])
    styled = []
    for n, (i, key, label) in enumerate(annexes):
        end = annexes[n + 1][0] if n + 1 < len(annexes) else (themes or len(lines))
        style, what = _annex_style(lines, i, end)
        name = f"Annex {label.upper()}".strip() if key else "Annex"
        styled.append(PartSpec(f"annex-{key}" if key else "annex", f"{name} ({what})" if what else name, i,
                               style=style, kind="Annex"))
    if all(s.style == "prose" for s in styled):
        return None
    start = front_end(lines)
    body = lines[start:annexes[0][0]]
    if not _numbered_prose(body):
        return None
    sections = any(ln is not None and L.CN_SECTION_RE.match(ln.body) for ln in body)
    specs = [PartSpec("front-matter", "Title block", 0, style="front")] if start else []
    specs.append(PartSpec("", "", start, headings="subsection" if sections else "section"))
    specs += styled
    if themes is not None:
        specs.append(PartSpec("themes", "Annex (themes)", themes, style="themes-table", kind="Annex"))
    return specs


def infer_parts(lines: list[L.Line | None]) -> tuple[list[PartSpec], bool] | None:
    """(parts, whether locators start with the document id), or None when the text has no such named parts."""
    named = _document_titles(lines)
    if len(named) >= 2:
        return _publication(lines, named), False
    specs = _report(lines)
    return (specs, True) if specs else None
