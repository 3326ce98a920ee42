"""Parse a source text into its document tree (docs/MODEL.md, 'Document structure').

Parts come from the text: named parts (structure/parts.py: the documents of a publication, a foreword, front and back
matter, annexes named after the resolution they print) or else layout detection (structure/layout.py: title block,
body, annexes, signature block). A hint (``HINTS``, keyed by file name, empty by default) may still lay out a text
that needs one. Within a part the printed numbering decides:
numbered and unnumbered paragraphs, preambular and operative paragraphs, lettered and roman sub-items in half-
and full-width forms, sections in the genre's heading styles, bullets, footnotes, date and signature lines, and
tables printed as text (structure/tables.py). Irregular numbering is kept as printed and reported as a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph_builder.corpus import SourceText
from graph_builder.errors import WsisError
from graph_builder.structure import lines as L
from graph_builder.structure import pages as P
from graph_builder.structure import tables as T
from graph_builder.structure.records import record_titles
from graph_builder.structure.layout import PartSpec, annex_heading, detect_parts, signature_lines, signed_lines
from graph_builder.structure.parts import infer_parts
from graph_builder.structure.builder import TreeBuilder, slug
from graph_builder.structure.model import Document, Node

PARA_KINDS = ("Paragraph", "OperativeParagraph", "Preamble")
# Optional layout hints by file name, in the form {file: {"locator_prefix": bool, "parts": [{id, name, marker,
# style, headings, kind}]}}: no text of the corpus needs one (the parts are read from the text).
HINTS: dict = {}


def load_profiles() -> dict:
    return HINTS


def _part_specs(source: SourceText, lines: list) -> list[PartSpec]:
    profile = load_profiles().get(source.file_name)
    if not profile:
        return detect_parts(lines)
    specs: list[PartSpec] = []
    pos = 0
    line_starts = _line_starts(source.text)
    for p in profile["parts"]:
        m = re.compile(p["marker"], re.M).search(source.text, pos)
        if m is None:
            raise WsisError(f"{source.path}: part '{p['id'] or 'body'}' not found (marker {p['marker']!r})")
        line_idx = _line_index(line_starts, m.start())
        specs.append(PartSpec(p["id"], p["name"], line_idx, p.get("style", "prose"),
                              p.get("headings", "section"), p.get("kind", "Part")))
        pos = m.end()
    return specs


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer("\n", text):
        starts.append(m.end())
    return starts


def _line_index(starts: list[int], offset: int) -> int:
    import bisect

    return bisect.bisect_right(starts, offset) - 1


@dataclass
class _State:
    """Where we are inside one part while reading its lines."""

    part: Node
    prefix: str  # id prefix of the part's paragraphs ('004/tunis-agenda' or '001')
    loc: str  # locator prefix ('Tunis Agenda' or '001')
    spec: PartSpec
    sections: list[Node] = field(default_factory=list)  # open sections, outermost first
    annex: Node | None = None
    para: Node | None = None  # current paragraph
    item: Node | None = None  # current lettered sub-item
    numbered_sub: Node | None = None  # last numeric sub-item (000 para 14 mandate 1., 2., 3.)
    last: Node | None = None  # last leaf written (for line continuation)
    last_line_no: int = -1
    expected_para: int = 1
    counters: dict = field(default_factory=dict)
    table: Node | None = None
    row: Node | None = None
    numbered: bool = True  # the part numbers its paragraphs (else prose lines are unnumbered paragraphs)
    resolution: bool = False  # preambular paragraphs seen: numbered paragraphs are operative
    signature: set = field(default_factory=set)  # line indexes of the closing signature block
    styles: list = field(default_factory=list)  # heading styles in order of first use (their nesting levels)
    addressing: set = field(default_factory=set)  # line numbers of a resolution's addressing line ('大会，')
    paren_paras: set = field(default_factory=set)  # ids of paragraphs numbered '(1)'
    numbered_headings: set = field(default_factory=set)  # line numbers of '2. 标题' over '2.1 …' paragraphs
    record_titles: set = field(default_factory=set)  # line numbers of '3. 名称' over '项目名称：…' field lines
    zone: object = None  # the page-break zone being read (pages.Zone)
    zone_holder: Node | None = None  # the paragraph that goes on after that zone
    zone_last: Node | None = None  # the zone's last node (a footnote its wrapped lines extend)

    def container(self) -> Node:
        if self.sections:
            return self.sections[-1]
        return self.annex or self.part

    def count(self, key: str) -> int:
        self.counters[key] = self.counters.get(key, 0) + 1
        return self.counters[key]


class DocumentParser:
    def __init__(self, source: SourceText, use_profiles: bool = True) -> None:
        self.source = source
        self.b = TreeBuilder(source)
        self.lines = L.split_lines(source.text)
        self.use_profiles = use_profiles
        self.locator_prefix = True
        self.named_parts = False
        # Page furniture of a PDF extraction (running lines, footnote rules, the footnotes between two pages):
        # read apart from the prose, which the layout detection sees without them.
        self.furniture = P.furniture_lines(self.lines)
        self.zones = P.page_zones(self.lines, self.furniture)
        self.resumed = {z.resumes for z in self.zones.values() if z.resumes is not None}
        self.masked = [None if ln is not None and ln.no in self.zones else ln for ln in self.lines]
        self.wrapped = P.wrapped_lines(self.lines)  # lines cut at the right margin: prose, never a title
        # the blank lines of each page break (indexes, to the index after the break): a table goes on past them;
        # and the lines cut at the margin read across page breaks (a row's rest may stand on the next page)
        self.breaks = self._page_breaks()
        self.cut = P.wrapped_lines([ln for k, ln in enumerate(self.masked) if k not in self.breaks]) \
            if self.breaks else self.wrapped
        self.part_start = 0
        # the first lines after a page break that go on with a table (a row of the same form)
        after = {z.after for z in self.zones.values() if z.after is not None}
        self.table_starts = {ln.no for k, ln in enumerate(self.masked) if ln is not None and ln.no in after
                             and T.find_block(self.masked, k, False) is not None}

    def _page_breaks(self) -> dict[int, int]:
        """Each blank line of a page break (a run of lines without prose holding page furniture) -> the index of
        the first line after it."""
        out: dict[int, int] = {}
        k, n = 0, len(self.masked)
        while k < n:
            if self.masked[k] is not None:
                k += 1
                continue
            j = k
            while j < n and self.masked[j] is None:
                j += 1
            if any(self.lines[x] is not None and self.lines[x].no in self.zones for x in range(k, j)):
                out.update((x, j) for x in range(k, j))
            k = j
        return out

    def _profile(self) -> dict:
        return (load_profiles().get(self.source.file_name) or {}) if self.use_profiles else {}

    # ----------------------------------------------------------------- driver
    def parse(self) -> Document:
        specs = None
        if self._profile():
            try:
                specs = _part_specs(self.source, self.lines)
            except WsisError as e:  # the text no longer matches its profile: read it by detection instead
                self.b.warnings.append(f"{e}; profile ignored, layout detected")
                self.use_profiles = False
        if specs is None:
            inferred = infer_parts(self.lines)
            if inferred is not None:
                specs, self.locator_prefix = inferred
                self.named_parts = True
            else:
                specs = detect_parts(self.masked)
        for k, spec in enumerate(specs):
            end = specs[k + 1].start_line if k + 1 < len(specs) else len(self.lines)
            self.part_start = spec.start_line
            self._parse_part(spec, [ln for ln in self.lines[spec.start_line:end]],
                             self.masked[spec.start_line:end])
        nodes = self.b.finish()
        doc = Document(self.source, self.b.root, nodes, self.b.warnings,
                       layout="profile" if self._profile() else "parts" if self.named_parts else "detected")
        self._check_numbering(doc)
        if not any(n.kind in ("Section", "TableRow", "Preamble") or n.kind in PARA_KINDS and n.label for n in nodes):
            k = sum(1 for n in nodes if n.kind == "Paragraph")
            self.b.warnings.append(
                f"{self.source.file_name}: no numbered paragraphs, sections or tables recognised; "
                f"read as {k} unnumbered paragraph(s) (see reports/structure.tsv)"
            )
        return doc

    def _parse_part(self, spec: PartSpec, lines: list, masked: list | None = None) -> None:
        doc = self.source.doc_id
        masked = lines if masked is None else masked  # the lines without page furniture, for layout decisions
        skip = -1
        if spec.id:
            first_k = next((k for k, ln in enumerate(lines) if ln is not None), None)
            if first_k is None:
                return
            first = lines[first_k]
            loc = f"{self._docloc()}{spec.name}"
            if spec.kind == "Annex" and spec.detected:
                # The annex heading line is the annex's own words (its Heading once it has children).
                head = annex_heading(first)
                part = self.b.add(self.b.root, "Annex", f"{doc}/{spec.id}", spec.label or "annex", loc,
                                  first.start, first.end, title=(head[1] if head else "") or spec.name)
                skip = first_k
            else:
                part = self.b.add(self.b.root, spec.kind, f"{doc}/{spec.id}", spec.name, loc,
                                  first.start, first.start, title=spec.name, own=False)
            st = _State(part, part.id, loc, spec)
        else:
            st = _State(self.b.root, doc, doc, spec)
        handler = {
            "front": self._front_line,
            "front-detect": self._front_detect_line,
            "back": self._back_line,
            "themes-table": self._themes_line,
            "records-annex": self._records_line,
        }.get(spec.style, self._prose_line)
        if spec.detected and handler == self._prose_line:
            st.numbered = any(ln is not None and (L.PARA_RE.match(ln.body) or re.match(r"\d{1,3}、", ln.body))
                              for ln in lines)
            if spec.kind != "Annex":
                st.signature = signature_lines(masked, 0, len(masked))
            st.signature = st.signature | signed_lines(masked)
            st.addressing = self._addressing_lines(masked)
            st.numbered_headings = self._numbered_headings(masked, spec.kind == "Annex", self.wrapped)
            st.record_titles = record_titles(masked)
        base, stop = self.part_start, self.part_start + len(lines)
        breaks = {x - base: min(e, stop) - base for x, e in self.breaks.items() if base <= x < stop}
        prev_blank = True
        k = 0
        while k < len(lines):
            ln = lines[k]
            if ln is None or k == skip:
                prev_blank = True
                if st.spec.style == "records-annex":
                    st.row = None
                k += 1
                continue
            if ln.no in self.zones:
                self._page_line(st, ln)
                k += 1
                continue
            if ln.no in self.resumed and self._resume(st, ln):
                prev_blank = False
                k += 1
                continue
            if spec.detected and handler == self._prose_line:
                if k in st.signature:
                    self._signature_line(st, ln)
                    prev_blank = False
                    k += 1
                    continue
                block = T.find_block(masked, k, st.part.kind == "Annex", breaks, self.cut)
                if block is not None:
                    into = st.zone_holder if (st.zone_holder is not None and st.zone_holder.kind == "Table"
                                              and st.zone is not None and st.zone.after == ln.no
                                              and not self._opens_with_header(masked, block)) else None
                    st.zone = st.zone_holder = st.zone_last = None
                    placed = self._text_table(st, masked, block, into, lines)
                    if block.form != T.HTML and st.last is not None and st.last.kind == "Table":
                        for j in range(block.first, block.end):  # a page break inside the table
                            if lines[j] is not None and masked[j] is None and lines[j].no not in placed:
                                t = st.last
                                n = st.count(f"page:{t.id}")
                                self.b.add(t, "Fragment", f"{t.id}/page/{n}", "page",
                                           f"{t.locator}, page furniture {n}", lines[j].start, lines[j].end)
                    k = block.end
                    prev_blank = False
                    continue
            handler(st, ln, prev_blank)
            prev_blank = False
            k += 1

    def _docloc(self) -> str:
        """Locators start with the document id unless the profile's part names are distinctive (004)."""
        prefix = self._profile().get("locator_prefix", True) if self._profile() else self.locator_prefix
        return f"{self.source.doc_id} " if prefix else ""

    # ------------------------------------------------------------- simple styles
    def _front_line(self, st: _State, ln: L.Line, prev_blank: bool) -> None:
        k = st.count("fragment")
        st.last = self.b.add(st.part, "Fragment", f"{st.part.id}/line/{k}", str(k), f"{st.loc} line {k}",
                             ln.start, ln.end)

    def _back_line(self, st: _State, ln: L.Line, prev_blank: bool) -> None:
        kind = "ListItem" if ln.has_bullet else "Fragment"
        k = st.count(kind)
        seg = "item" if kind == "ListItem" else "line"
        self.b.add(st.part, kind, f"{st.part.id}/{seg}/{k}", str(k), f"{st.loc} {seg} {k}", ln.start, ln.end)

    def _themes_line(self, st: _State, ln: L.Line, prev_blank: bool) -> None:
        """000's proposed themes: one ``<p>…</p>`` cell per theme or sub-theme, one line per theme."""
        if st.table is None:
            st.table = self.b.add(st.part, "Table", f"{st.part.id}/table", "themes", f"{st.loc} table",
                                  ln.start, ln.start, own=False)
        k = st.count("row")
        row = self.b.add(st.table, "TableRow", f"{st.part.id}/row/{k}", str(k), f"{st.loc} row {k}",
                         ln.start, ln.end, own=False)
        cells = list(re.finditer(r"<p>(.*?)</p>", ln.raw))
        if not cells:
            self.b.add(row, "Fragment", f"{row.id}/text", "", f"{row.locator} text", ln.start, ln.end)
            return
        base = ln.start - len(ln.indent)
        pos = ln.start
        for c, m in enumerate(cells, start=1):
            s, e = base + m.start(), base + m.end()
            if self.source.text[pos:s].strip():
                self.b.add(row, "Fragment", f"{row.id}/fragment/{c}", "", f"{row.locator} text", pos, s)
            label = (m.group(1).split() or [""])[0]
            self.b.add(row, "TableCell", f"{row.id}/cell/{c}", label, f"{row.locator} cell {c}", s, e,
                       title=m.group(1))
            pos = e
        if self.source.text[pos:ln.end].strip():  # an unclosed last cell ('<p>F.2 学'): kept as the row's text
            self.b.add(row, "Fragment", f"{row.id}/fragment/{len(cells) + 1}", "", f"{row.locator} text",
                       pos + len(self.source.text[pos:ln.end]) - len(self.source.text[pos:ln.end].lstrip()), ln.end)

    def _records_line(self, st: _State, ln: L.Line, prev_blank: bool) -> None:
        """001's annex: numbered sections, and records of tab-indented lines (one cell a line) between blanks."""
        body = ln.body
        if L.ANNEX_RE.match(body) and st.last is None or (L.ANNEX_RE.match(body) and st.last is not None
                                                           and st.last.kind == "Heading"):
            st.last = self._heading(st.part, st, ln)
            return
        if ln.indent.startswith("\t") or "\t" in ln.raw.strip():
            sec = st.container()
            if st.row is None:
                k = st.count(f"row:{sec.id}")
                st.row = self.b.add(sec, "TableRow", f"{sec.id}/row/{k}", str(k), f"{sec.locator} row {k}",
                                    ln.start, ln.end, own=False)
                st.counters[f"cell:{st.row.id}"] = 0
            c = st.count(f"cell:{st.row.id}")
            kind = "Footnote" if ln.raw.strip().startswith(("(**", "（**", "注")) else "TableCell"
            st.last = self.b.add(st.row, kind, f"{st.row.id}/cell/{c}", str(c), f"{st.row.locator} cell {c}",
                                 ln.start, ln.end)
            return
        st.row = None
        m = L.ANNEX_SECTION_RE.match(body)
        if m and re.match(r"^\d", body):
            label = m.group(1)
            depth = label.count(".") + 1
            while len(st.sections) >= depth:
                st.sections.pop()
            parent = st.container()
            sec = self.b.add(parent, "Section", f"{st.part.id}/{label}", label, f"{st.loc} {label}",
                             ln.start, ln.end, title=m.group(2))
            st.sections.append(sec)
            st.last = sec
            st.last_line_no = ln.no
            return
        # A title that continues a bare section number ('2. ' then '借款') extends that heading.
        if st.last is not None and st.last.kind == "Section" and not st.last.children and ln.no == st.last_line_no + 1:
            self.b.extend(st.last, ln.end)
            st.last.title = (st.last.title + body).strip()
            st.last_line_no = ln.no
            return
        if st.last is None or (st.last.kind == "Heading" and not st.sections):
            st.last = self._heading(st.part, st, ln)
        else:
            k = st.count("note")
            sec = st.container()
            st.last = self.b.add(sec, "Fragment", f"{sec.id}/note/{k}", "", f"{sec.locator} note", ln.start, ln.end)
        st.last_line_no = ln.no

    def _heading(self, parent: Node, st: _State, ln: L.Line) -> Node:
        k = st.count(f"heading:{parent.id}")
        node = self.b.add(parent, "Heading", f"{parent.id}/heading/{k}", "", f"{parent.locator} heading",
                          ln.start, ln.end, title=ln.body)
        st.last_line_no = ln.no
        return node

    # --------------------------------------------------------------- prose parts
    def _prose_line(self, st: _State, ln: L.Line, prev_blank: bool) -> None:
        body = ln.body
        style = st.spec.style
        contiguous = not prev_blank and st.last is not None and ln.no == st.last_line_no + 1

        # A bare number or section mark on its own line is completed by the next line ('1．' / text); in a
        # detected layout also across a blank line, unless that line is numbered itself.
        apart = (st.spec.detected and st.last is not None and st.last.parent is not None
                 and st.last is st.last.parent.children[-1] and not L.PARA_RE.match(body)
                 and not L.CN_SECTION_RE.match(body))
        if (contiguous or apart) and st.last is not None and not st.last.children and st.last.kind in (
            "Paragraph", "Section", "OperativeParagraph"
        ) and self._is_bare(st.last):
            self.b.extend(st.last, ln.end)
            if st.last.kind == "Section":
                st.last.title = body
            st.last_line_no = ln.no
            return

        if (m := L.ANNEX_RE.match(body)) and ln.raw.strip().startswith(("-", "附")) and st.spec.id != "" \
                and not st.spec.detected:
            label = m.group(1) or ""
            if st.part.kind == "Annex" and not st.part.children:
                return self._done(st, self._heading(st.part, st, ln), ln)
            st.sections.clear()
            st.para = st.item = None
            st.annex = self.b.add(st.part, "Annex", f"{st.part.id}/annex", label or "annex", f"{st.loc} Annex",
                                  ln.start, ln.end, title=body)
            st.table = None
            return self._done(st, st.annex, ln)

        if st.annex is not None and "\t" in ln.raw.strip():
            return self._done(st, self._table_row(st, ln), ln)

        if m := L.FOOTNOTE_RE.match(ln.raw.strip()):
            label = L.footnote_label(m)
            cont = st.annex or st.part
            k = st.count("footnote")
            wanted = label if label.isdigit() else str(k)
            node = self.b.add(cont, "Footnote", f"{cont.id}/footnote/{wanted}", label, f"{cont.locator} footnote {label}",
                              ln.start, ln.end)
            return self._done(st, node, ln)

        if L.DATELINE_RE.match(body):
            cont = st.container()
            node = self.b.add(cont, "DateLine", f"{cont.id}/date", body, f"{cont.locator} date line", ln.start, ln.end)
            return self._done(st, node, ln)
        if L.PLENARY_RE.match(body):
            cont = st.container()
            node = self.b.add(cont, "Signature", f"{cont.id}/signature", body, f"{cont.locator} signature",
                              ln.start, ln.end)
            return self._done(st, node, ln)

        if style == "signed" and st.para is not None and L.is_title_like(body):
            cont = st.part
            k = st.count("signature")
            node = self.b.add(cont, "Signature", f"{cont.id}/signature/{k}", str(k), f"{st.loc} (signature)",
                              ln.start, ln.end, title=body)
            return self._done(st, node, ln)

        if st.spec.detected and (L.PAGE_DEBRIS_RE.match(body) or L.TOC_LINE_RE.search(body)
                                 or L.SYMBOL_RE.match(body) and st.para is not None):
            # Page numbers, job numbers, running symbols and contents lines: plain text, never a heading.
            cont = st.container()
            k = st.count(f"fragment:{cont.id}")
            return self._done(st, self.b.add(cont, "Fragment", f"{cont.id}/fragment/{k}", "", f"{cont.locator} text",
                                             ln.start, ln.end), ln)
        if ln.no in st.record_titles and st.para is not None:
            # '3. 名称' over key-value lines: a record of the open paragraph, numbered among the records
            para = st.para
            k = st.count(f"record:{para.id}")
            printed = re.match(r"\s*[（(]?(\d{1,3})", ln.raw)
            used = st.counters.setdefault(f"records:{para.id}", 0)
            n = int(printed.group(1)) if printed and int(printed.group(1)) > used else k
            st.counters[f"records:{para.id}"] = max(used, n)
            node = self.b.add(para, "SubItem", f"{para.id}/record/{n}", str(n), f"{para.locator} record {n}",
                              ln.start, ln.end)
            return self._done(st, node, ln)
        if st.spec.detected and (node := self._detected_marker(st, ln, body)) is not None:
            return self._done(st, node, ln)

        if m := L.CN_SECTION_RE.match(body):
            return self._done(st, self._section(st, 1, m.group(1), m.group(2), ln, number=L.cn_number(m.group(1))), ln)
        if (m := L.SECTION_RE.match(body)) and self._title(ln, m.group(2), 60) and style != "resolution":
            return self._done(st, self._section(st, 1, m.group(1), m.group(2), ln), ln)
        if (m := L.SUBSECTION_RE.match(body)) and self._title(ln, m.group(2), 60):
            return self._done(st, self._section(st, 2, m.group(1), m.group(2), ln), ln)
        if (m := L.PRINCIPLE_RE.match(body)) and self._title(ln, m.group(2), 60):
            return self._done(st, self._section(st, 2, m.group(1) + ")", m.group(2), ln), ln)

        if m := L.PARA_RE.match(body):
            n = int(m.group(1))
            if style == "resolution" and "/" in body.split()[0]:
                pass  # '56/183. 信息社会世界高峰会议' is the resolution's title: a heading below
            elif self._is_numbered_subitem(st, n):
                return self._done(st, self._numbered_subitem(st, n, ln), ln)
            else:
                return self._done(st, self._paragraph(st, n, ln), ln)

        if m := L.LETTER_RE.match(body):
            return self._done(st, self._subitem(st, m.group(1), m.group(1) + ")" + m.group(2), ln, roman=False), ln)
        if (m := L.ROMAN_RE.match(body)) and (st.item is not None or st.para is not None):
            return self._done(st, self._subitem(st, m.group(1), m.group(1) + "." + m.group(2), ln, roman=True), ln)

        if ln.has_bullet or ln.raw.strip().startswith("•"):
            parent = st.para or st.container()
            k = st.count(f"item:{parent.id}")
            node = self.b.add(parent, "ListItem", f"{parent.id}/item/{k}", str(k), f"{parent.locator} item {k}",
                              ln.start, ln.end)
            return self._done(st, node, ln)

        if contiguous and st.last is not None and not st.last.children and not (
            st.spec.detected and (self._closed(st.last, body) or self._indented_start(st.last, ln)
                                  or self._after_heading(st.last, body))
        ):
            self.b.extend(st.last, ln.end)
            st.last_line_no = ln.no
            return

        if st.spec.detected:
            return self._done(st, self._detected_prose(st, ln, body, prev_blank), ln)

        # Unnumbered short lines: titles of the part, or sections (000/001 bodies).
        strict = st.spec.headings in ("section", "subsection")
        if self._title(ln, body, 30, strict) and not body.startswith(("(", "（", "[", "*", "<", "http", "www")):
            if st.spec.headings == "section" and st.spec.id == "":
                k = st.count("section:1")
                return self._done(st, self._section(st, 1, str(k), body, ln, show_label=False), ln)
            if st.spec.headings == "subsection" and st.sections:
                k = st.count(f"sub:{st.sections[0].id}")
                return self._done(st, self._section(st, 2, str(k), body, ln, show_label=False), ln)
            if st.para is None or style == "resolution":
                cont = st.container()
                return self._done(st, self._heading(cont, st, ln), ln)

        # Prose without a number.
        if style == "resolution":
            if st.counters.get("operative"):
                parent = st.container()
                k = st.count("fragment")
                node = self.b.add(parent, "Fragment", f"{parent.id}/fragment/{k}", "", f"{parent.locator} text",
                                  ln.start, ln.end)
            elif body.rstrip("¹²³⁴⁵⁶⁷⁸⁹⁰").endswith(("，", ",")) and len(body) > 12:
                k = st.count("preamble")
                cont = st.container()
                node = self.b.add(cont, "Preamble", f"{st.prefix}/preamble/{k}", str(k),
                                  f"{st.loc} preamble para {k}", ln.start, ln.end)
            else:
                cont = st.container()
                k = st.count("fragment")
                node = self.b.add(cont, "Fragment", f"{cont.id}/fragment/{k}", "", f"{cont.locator} text",
                                  ln.start, ln.end)
            return self._done(st, node, ln)
        if style == "signed":
            k = st.count("para")
            node = self.b.add(st.part, "Paragraph", f"{st.prefix}/para/{k}", "", f"{st.loc} paragraph {k}",
                              ln.start, ln.end)
            st.para = node
            return self._done(st, node, ln)
        anchor = st.item or st.para
        if anchor is not None and not body.startswith("附件"):
            holder = st.para if st.para is not None else anchor  # an item may hang off a section directly
            k = st.count(f"cont:{holder.id}")
            node = self.b.add(holder, "Fragment", f"{holder.id}/cont/{k}", "", f"{holder.locator}, following text {k}",
                              ln.start, ln.end)
            self.b.warnings.append(
                f"{self.source.file_name}:{ln.no}: text without a number after {holder.locator} "
                f"kept as its continuation ({body[:16]}…)"
            )
            return self._done(st, node, ln)
        cont = st.container()
        k = st.count(f"fragment:{cont.id}")
        node = self.b.add(cont, "Fragment", f"{cont.id}/fragment/{k}", "", f"{cont.locator} text", ln.start, ln.end)
        return self._done(st, node, ln)

    # ------------------------------------------------------- detected layouts
    def _front_detect_line(self, st: _State, ln: L.Line, prev_blank: bool) -> None:
        """A title-block line: date and place, document symbol, title or organisation line, or a note."""
        body = ln.body
        k = st.count("line")
        if L.ANY_DATELINE_RE.match(body):
            kind = "DateLine"
        elif L.SYMBOL_RE.match(body) or L.TOC_LINE_RE.search(body) or not L.is_title_like(body, 80):
            kind = "Fragment"
        else:
            kind = "Heading"
        node = self.b.add(st.part, kind, f"{st.part.id}/line/{k}", str(k), f"{st.loc} line {k}", ln.start, ln.end,
                          title=body if kind == "Heading" else "")
        self._done(st, node, ln)

    def _signature_line(self, st: _State, ln: L.Line) -> None:
        """A line of the closing block: names, posts, place and date."""
        body = ln.body
        k = st.count("signature")
        kind = "DateLine" if L.ANY_DATELINE_RE.match(body) else "Signature"
        node = self.b.add(st.part, kind, f"{st.prefix}/signature/{k}", str(k), f"{st.loc} signature line {k}",
                          ln.start, ln.end, title=body)
        st.para = st.item = None
        self._done(st, node, ln)

    def _level(self, st: _State, style: str) -> int:
        """Nesting level of a heading style: the order in which the part first uses each style."""
        if style not in st.styles:
            st.styles.append(style)
        return min(st.styles.index(style) + 1, 4)

    def _detected_marker(self, st: _State, ln: L.Line, body: str) -> Node | None:
        """Headings and sub-items in the forms a text without a profile may use."""
        raw = ln.raw.strip()
        if raw.startswith("#") or ln.no in st.numbered_headings:
            # A Markdown heading, or a numbered title over decimal-numbered paragraphs: a section.
            depth = len(raw) - len(raw.lstrip("#"))
            style = f"md{depth}" if depth else "numbered-title"
            m = re.match(r"^((?:\d{1,2}(?:\.\d{1,2})*|[" + L._CN_DIGITS + r"]{1,3}|[A-Z]|[IVX]{1,4})[.．、)]?)\s+(\S.*)$",
                         body, re.S)
            bare = re.match(r"^(\d{1,3})\s*[.．]?$", body)
            if bare:
                # '3.' with its title on the next line (the bare-number rule completes the heading).
                n = int(bare.group(1))
                return self._section(st, self._level(st, style), str(n), "", ln, number=n)
            if m:
                label = m.group(1).rstrip(".．、)")
                number = L.cn_number(label) if label[0] in L._CN_DIGITS else None
                if not depth and re.fullmatch(r"\d{1,2}(?:\.\d{1,2})*", label):
                    # 1 / 3.1 / 3.1.2: the depth of a decimal number is its level, as for a decimal title below
                    style = f"decimal{label.count('.')}"
                return self._section(st, self._level(st, style), label, m.group(2), ln, number=number)
            level = self._level(st, style)
            above = st.sections[level - 2] if level >= 2 and len(st.sections) >= level - 1 else st.part
            k = st.count(f"md:{level}:{above.id}")
            return self._section(st, level, str(k), body, ln, show_label=False)
        if "\t" in body and L.tab_item(ln.raw):
            # The ITU layout: 'N<TAB>text' numbers a paragraph inside its block (做出决议, 责成秘书长 …), and
            # 'ii)<TAB>text' is a roman sub-item of the open paragraph.
            if m := L.TAB_NUMBER_RE.match(body):
                return self._block_paragraph(st, int(m.group(1)), ln)
            if (m := L.ROMAN_PAREN_RE.match(body)) and st.para is not None and (
                len(m.group(1)) > 1 or self._roman_here(st, m.group(1))
            ):
                label = body[: m.start(2)].strip()
                # under a lettered item it is that item's sub-item; after another roman item, its sibling
                under_letter = st.item is not None and not L.ROMAN_PAREN_RE.match(st.item.label)
                return self._subitem(st, m.group(1), label, ln, roman=under_letter)
        if (m := re.match(r"^(\d{1,3})、\s*(\S.*)$", body, re.S)) and not self._title(ln, m.group(2), 20, True):
            # '3、会议…' numbers a paragraph like '3.' does
            n = int(m.group(1))
            if self._is_numbered_subitem(st, n):
                return self._numbered_subitem(st, n, ln)
            return self._paragraph(st, n, ln)
        if m := L.CHAPTER_RE.match(body):
            if not m.group(3) or self._title(ln, m.group(3), 60):
                n = L.cn_or_int(m.group(1))
                label = body[: m.start(3)].strip().rstrip(":：.．、").strip() if m.group(3) else body
                return self._section(st, self._level(st, "chapter" + m.group(2)), label, m.group(3), ln, number=n)
        if (m := L.ROMAN_SECTION_RE.match(body)) and self._title(ln, m.group(2), 60):
            return self._section(st, self._level(st, "roman"), m.group(1), m.group(2), ln)
        if (m := L.CN_SECTION_RE.match(body)) or (m := L.CN_SECTION_DOT_RE.match(body)):
            return self._section(st, self._level(st, "cn"), m.group(1), m.group(2), ln, number=L.cn_number(m.group(1)))
        if m := L.DECIMAL_RE.match(body):
            label = m.group(1)
            if self._title(ln, m.group(2), 40):
                return self._section(st, self._level(st, f"decimal{label.count('.')}"), label, m.group(2), ln)
            return self._decimal_paragraph(st, label, ln)
        if (m := L.SECTION_RE.match(body)) and self._title(ln, m.group(2), 60):
            return self._section(st, self._level(st, "upper"), m.group(1), m.group(2), ln)
        if (m := L.SUBSECTION_RE.match(body)) and self._title(ln, m.group(2), 60):
            return self._section(st, self._level(st, "upper-number"), m.group(1), m.group(2), ln)
        if m := L.CN_PAREN_RE.match(body):
            label = f"（{m.group(1)}）"
            if self._title(ln, m.group(2), 30, strict=True):
                return self._section(st, self._level(st, "cn-paren"), label, m.group(2), ln,
                                     number=L.cn_number(m.group(1)))
            return self._subitem(st, str(L.cn_number(m.group(1))), label, ln, roman=False)
        if (m := L.PAREN_LETTER_RE.match(body)) and not self._roman_here(st, m.group(1)):
            return self._subitem(st, m.group(1), f"({m.group(1)}){m.group(2)}", ln, roman=False)
        if m := L.LETTER_RE.match(body):
            return self._subitem(st, m.group(1), m.group(1) + ")" + m.group(2), ln, roman=False)
        if (m := L.PAREN_ROMAN_RE.match(body)) and (st.item is not None or st.para is not None):
            return self._subitem(st, m.group(1), f"({m.group(1)})", ln, roman=True)
        if (m := L.PAREN_NUMBER_RE.match(body)) and self._title(ln, m.group(2), 60) and st.item is None:
            # '1) 标题' / '(2) 标题' on a line of its own: a numbered heading (Declaration principles).
            label = body[: m.start(2)].strip()
            return self._section(st, self._level(st, "paren-number"), label, m.group(2), ln, number=int(m.group(1)))
        if (m := L.PAREN_NUMBER_RE.match(body)) and body.startswith("(") and (
            st.para is None or st.para.id in st.paren_paras and (st.item is None or int(m.group(1)) == st.expected_para)
        ):
            # '(1) …' / '（1）…' numbering the paragraphs themselves (no paragraph open, or the previous was one)
            node = self._paragraph(st, int(m.group(1)), ln)
            st.paren_paras.add(node.id)
            return node
        if (m := L.PAREN_NUMBER_RE.match(body)) and st.para is not None:
            label = body[: m.start(2)].strip()
            # Under an item of another style ('a)' then '(1)') it nests; after an item numbered the same way
            # ('1)' then '2)', '（1）' then '（2）') it is the next item of the same list.
            nested = st.item is not None and not self._same_number_form(st.item.label, label)
            return self._subitem(st, m.group(1), label, ln, roman=nested)
        return None

    @staticmethod
    def _same_number_form(a: str, b: str) -> bool:
        """Are two item labels numbered in the same form: '1)' and '2)', or '(1)' and '(2)'?"""
        form = re.compile(r"^(\(?)\d{1,2}\)$")
        ma, mb = form.match(a), form.match(b)
        return bool(ma and mb and ma.group(1) == mb.group(1))

    @staticmethod
    def _numbered_headings(lines: list, in_annex: bool, wrapped: set = frozenset()) -> set:
        """Numbered lines that are headings, not paragraphs: '2. 议程项目' over '2.1 …' paragraphs; in an annex,
        any numbered title ('3. 借款', or '3.' with its title on the next line)."""
        out = set()
        prev = None
        bare = None
        for ln in lines:
            if ln is None:
                bare = None
                continue
            body = ln.body
            if bare is not None and L.is_title_like(body, 40, strict=True) and not L.PARA_RE.match(body):
                out.add(bare)
            bare = None
            m = L.DECIMAL_RE.match(body)
            if m and prev is not None and m.group(1).split(".")[:2] == [prev[1], "1"]:
                out.add(prev[0])
            # '2. 标题' or '2 标题' over '2.1 …'
            p = L.PARA_RE.match(body) or re.match(r"^(\d{1,2})\s+(\S.*)$", body, re.S)
            title = p is not None and L.is_title_like(p.group(2).strip(), 40) and ln.no not in wrapped
            prev = (ln.no, p.group(1)) if title else None
            p = L.PARA_RE.match(body)
            if in_annex and p is not None:
                if not p.group(2).strip():
                    bare = ln.no
                elif L.is_title_like(p.group(2).strip(), 30, strict=True) and ln.no not in wrapped:
                    out.add(ln.no)
        return out

    @staticmethod
    def _addressing_lines(lines: list) -> set:
        """Short lines ending in a comma that open a preamble ('大会，' then '回顾…，')."""
        out = set()
        prev = None
        for ln in lines:
            if ln is None:
                continue
            if prev is not None and L.opens_with(ln.body, L.PREAMBLE_VERBS):
                out.add(prev.no)
            body = ln.body
            addressing = body.endswith(("，", ",")) and len(body) <= 24 and not L.opens_with(body, L.PREAMBLE_VERBS)
            prev = ln if addressing else None
        return out

    def _decimal_paragraph(self, st: _State, label: str, ln: L.Line) -> Node:
        """'2.3 文字…': a paragraph numbered by its section (id and locator keep the number as printed)."""
        parent = st.container()
        kind, seg, word = ("OperativeParagraph", "operative", "operative para") if st.resolution else \
            ("Paragraph", "para", "para")
        node = self.b.add(parent, kind, f"{st.prefix}/{seg}/{label}", label, f"{st.loc} {word} {label}".strip(),
                          ln.start, ln.end)
        st.para, st.item, st.numbered_sub = node, None, None
        return node

    def _roman_here(self, st: _State, letter: str) -> bool:
        """Is '(i)' / '(v)' / '(x)' a roman sub-item here (no lettered item before it expects that letter)?"""
        if letter not in L.ROMAN or st.para is None:
            return False
        if st.item is None:
            # (i) opens a roman list; (v), (x) go on one whose last item is (iv), (ix)
            last = next((c for c in reversed(st.para.children) if c.kind == "SubItem"), None)
            before = last.label.strip("()*") if last is not None else ""
            return letter == "i" or (before in L.ROMAN and L.ROMAN.index(before) + 1 < len(L.ROMAN)
                                     and L.ROMAN[L.ROMAN.index(before) + 1] == letter)
        prev = st.item.label.strip("()*")[:1]
        return not (prev.isalpha() and chr(ord(prev) + 1) == letter)

    @staticmethod
    def _indented_start(node: Node, ln: L.Line) -> bool:
        """'　　本报告…': a first-line indent (two ideographic or ASCII spaces) opens a new unnumbered paragraph."""
        return node.kind == "Paragraph" and not node.label and ln.margin.endswith(("\u3000", "  ")) \
            and not ln.margin.startswith("\t")

    @staticmethod
    def _after_heading(node: Node, body: str) -> bool:
        """A line of prose right under a heading, with no blank line between ('一、组成' then '理事会由…组成。'):
        it opens the body, it does not continue the heading's title (a wrapped title is short and ends unpunctuated;
        a line ending in a comma is prose that goes on).
        """
        if node.kind not in ("Section", "Heading"):
            return False
        t = body.rstrip("¹²³⁴⁵⁶⁷⁸⁹⁰*")
        return len(t) > 60 or "。" in t or t.endswith(("！", "？", "!", "?", "；", ";", "：", ":", "，", ","))

    def _closed(self, node: Node, body: str) -> bool:
        """Does an unnumbered paragraph end here, so that the next line (long prose) opens another?"""
        if node.kind not in ("Paragraph", "Preamble", "OperativeParagraph", "Fragment") or node.label not in ("",) \
                and node.kind == "Paragraph":
            return False
        if node.kind == "Paragraph" and node.label:
            return False
        t = node.text.rstrip("¹²³⁴⁵⁶⁷⁸⁹⁰*")
        ends = ("。", "！", "？", "!", "?", "；", ";", ".”", "。”", "”")
        if node.kind in ("Preamble", "Fragment"):
            ends = ends + ("，", ",")
        return t.endswith(ends) and len(body) > 6

    def _detected_prose(self, st: _State, ln: L.Line, body: str, prev_blank: bool) -> Node:
        """An unnumbered line of a part found by layout detection."""
        cont = st.container()
        if not any(ch.isalnum() for ch in body):
            # A rule or ornament line ('__________', '* * *'): plain text of the container.
            k = st.count(f"fragment:{cont.id}")
            return self.b.add(cont, "Fragment", f"{cont.id}/fragment/{k}", "", f"{cont.locator} text",
                              ln.start, ln.end)
        # A short title line opens a section (levels by first use of each heading style).
        if (self._title(ln, body, 30, strict=True) or ln.no not in self.wrapped and L.is_action_line_heading(body)) \
                and not body.startswith(("(", "（", "[", "*", "<", "http", "www")) \
                and not ln.margin.endswith("\u3000\u3000"):
            if st.part.kind == "Annex" and not st.sections:
                # A caption in an annex (over its table or list): a heading of the annex, not a section; the
                # paragraph before it is closed (the list under the caption is no continuation of it).
                st.para = st.item = None
                return self._heading(cont, st, ln)
            level = self._level(st, "plain")
            above = st.sections[level - 2] if level >= 2 and len(st.sections) >= level - 1 else st.part
            k = st.count(f"plain:{level}:{above.id}")
            return self._section(st, level, str(k), body, ln, show_label=False)
        if ln.no in st.addressing:
            # The addressing line of a resolution ('大会，' / 'The General Assembly,').
            k = st.count(f"fragment:{cont.id}")
            return self.b.add(cont, "Fragment", f"{cont.id}/fragment/{k}", "", f"{cont.locator} text",
                              ln.start, ln.end)
        bare = self._run_end(ln).rstrip("¹²³⁴⁵⁶⁷⁸⁹⁰*")
        if (L.opens_with(body, L.PREAMBLE_VERBS) or st.resolution) and bare.endswith(("，", ",")) and len(body) > 12 \
                and not st.counters.get("operative"):
            st.resolution = True
            k = st.count("preamble")
            node = self.b.add(cont, "Preamble", f"{st.prefix}/preamble/{k}", str(k), f"{st.loc} preamble para {k}",
                              ln.start, ln.end)
            st.para, st.item = node, None
            return node
        if st.resolution and not st.numbered and L.opens_with(body, L.OPERATIVE_VERBS):
            k = st.count("operative")
            node = self.b.add(cont, "OperativeParagraph", f"{st.prefix}/operative/{k}", str(k),
                              f"{st.loc} operative para {k}", ln.start, ln.end)
            st.para, st.item = node, None
            return node
        para = st.para
        if para is not None and para.kind in ("Paragraph", "OperativeParagraph") and para.label and (
            st.numbered or not self._sentence_done(para)
        ):
            # Unnumbered text after a numbered paragraph (the rest of a sentence broken by a page break, a quoted
            # passage, a note): kept with that paragraph, which the text's numbering makes the unit of citation.
            k = st.count(f"cont:{para.id}")
            self.b.warnings.append(
                f"{self.source.file_name}:{ln.no}: text without a number after {para.locator} "
                f"kept as its continuation ({body[:16]}…)"
            )
            return self.b.add(para, "Fragment", f"{para.id}/cont/{k}", "", f"{para.locator}, following text {k}",
                              ln.start, ln.end)
        k = st.count(f"p:{cont.id}")
        if cont is self.b.root:
            node = self.b.add(cont, "Paragraph", f"{st.prefix}/p/{k}", "", f"{st.loc} paragraph {k}",
                              ln.start, ln.end)
        else:
            node = self.b.add(cont, "Paragraph", f"{cont.id}/p/{k}", "", f"{cont.locator}, paragraph {k}",
                              ln.start, ln.end)
        st.para, st.item, st.numbered_sub = node, None, None
        return node

    def _sentence_done(self, node: Node) -> bool:
        t = node.text.rstrip("¹²³⁴⁵⁶⁷⁸⁹⁰*")
        return t.endswith(("。", "！", "？", "!", "?", "；", ";", "：", ":", ".", "”", "）", ")"))

    @staticmethod
    def _opens_with_header(lines: list, block: T.Block) -> bool:
        """Does the block open with a header row of its own (a new table after the page break, not the rest)?"""
        rows = [lines[k] for k in range(block.first, block.end) if lines[k] is not None][:4]
        if block.form not in (T.TAB, T.ALIGNED, T.PIPE) or len(rows) < 2:
            return False
        data = [[c.text for c in T.cells(ln, block.form)] for ln in rows if not T.is_rule(ln)]
        return T.looks_like_header(data[0], data[1:]) or any(T.is_rule(ln) for ln in rows[1:2])

    def _text_table(self, st: _State, lines: list, block: T.Block, into: Node | None = None,
                    full: list | None = None) -> set:
        """A table printed as text: a Table with one TableRow per line and one TableCell per column; ``into``: the
        table a page break interrupted, which these rows go on (no header of their own). ``full``: the lines with
        their page furniture. Returns the line numbers of the page furniture placed inside a cell (a row's rest
        after a page break)."""
        holder = st.container() if into is None else into.parent
        rows = [lines[k] for k in range(block.first, block.end) if lines[k] is not None]
        table = into or self.b.add(holder, "Table", f"{holder.id}/table", "table", f"{holder.locator}, table",
                                   rows[0].start, rows[0].start, own=False)
        base = holder.id if table.id == f"{holder.id}/table" else table.id
        where = holder.locator if base == holder.id else table.locator
        if block.form == T.HTML:
            self._html_table(st, table, base, where, rows[0].start, rows[-1].end)
            return set()
        if block.form == T.INDENTED:
            groups: list[list[L.Line]] = [[]]
            for k in range(block.first, block.end):
                if lines[k] is None:
                    groups.append([])
                else:
                    groups[-1].append(lines[k])
            r = 0
            for group in (g for g in groups if g):
                total = T.is_total([group[0].body])
                if total:
                    label, key, loc = total, total, f"{where}, {total}"
                else:
                    r += 1
                    label, key, loc = str(r), str(r), f"{where}, row {r}"
                row = self.b.add(table, "TableRow", f"{base}/row/{key}", label, loc, group[0].start, group[-1].end,
                                 own=False)
                for c, ln in enumerate(group, start=1):
                    self.b.add(row, "TableCell", f"{row.id}/cell/{c}", str(c), f"{loc}, cell {c}", ln.start, ln.end,
                               title=ln.body)
                st.last_line_no = group[-1].no
            st.para = st.item = st.numbered_sub = None
            st.last = table
            return set()
        rest = {lines[k].no: k for k in block.leftovers}
        placed: set = set()
        parsed = []
        wrapped: dict[int, list[L.Line]] = {}  # row line no -> its cells' wrapped lines (aligned tables)
        width = T.tab_width(rows[0]) if block.form == T.TAB else 0
        for ln in rows:
            if ln.no in rest and parsed and parsed[-1][1]:
                wrapped.setdefault(parsed[-1][0].no, []).append(ln)
                continue
            if block.form == T.ALIGNED and parsed and parsed[-1][1] and len(T.cells(ln, T.ALIGNED)) == 1 \
                    and len(ln.indent) > len(parsed[-1][0].indent):  # at the left edge: a group's title row
                wrapped.setdefault(parsed[-1][0].no, []).append(ln)
                continue
            if block.form == T.PIPE and T.is_rule(ln) or block.form in (T.ALIGNED, T.TAB) and T.is_dash_rule(ln):
                parsed.append((ln, None))
                continue
            form = block.form
            if form == T.P_CELLS:
                parsed.append((ln, T.p_cells(ln)))
                continue
            if form == T.RECORDS and not T.RECORD_RE.match(L.unicodedata.normalize("NFKC", ln.raw.strip())):
                form = T.ALIGNED
            parsed.append((ln, T.cells(ln, form, width)))
        data = [[c.text for c in cs] for _, cs in parsed if cs is not None]
        # the first line with cells (a rule of dashes may be drawn above it), and whether a rule stands right under it
        top = next((k for k, (_, cs) in enumerate(parsed) if cs is not None), 0)
        ruled = top + 1 < len(parsed) and parsed[top + 1][1] is None
        if block.form == T.ALIGNED and len(data) > 1 and T.looks_like_header(data[0], data[1:]):
            # a fixed-width row whose empty cells are only spaces: its cells go under the header cells they stand under
            hl, hc = parsed[top]
            parsed = parsed[:top + 1] + [(ln, T.realign(hl, hc, ln, cs) if cs is not None and len(cs) >= 2 else cs)
                                         for ln, cs in parsed[top + 1:]]
        if block.form == T.PIPE and any(cs is None for _, cs in parsed):
            header = len(parsed) > 1 and parsed[1][1] is None
        elif block.form == T.PIPE:  # bars without a rule line (活动｜牵头机构｜期限): a header by its words
            header = bool(data) and T.looks_like_header(data[0], data[1:])
        elif block.form in (T.TAB, T.ALIGNED):
            # a rule of dashes right under the first line marks it as the header
            header = bool(data) and (T.looks_like_header(data[0], data[1:]) or ruled and len(data) > 1)
        else:
            header = False
        if into is not None:
            header = False  # the rows after a page break go on under the header printed before it
        k = sum(1 for r in table.children if r.kind == "TableRow" and r.label not in ("header", "total", "subtotal"))
        first_row = True
        for ln, cs in parsed:
            if cs is None:
                # a fixed-width table may draw several rules (above and below the header, under the last row)
                n_rule = sum(1 for c in table.children if c.kind == "Fragment" and c.label == "rule")
                rid, rloc = (f"{table.id}/rule", f"{where}, table rule") if not n_rule else \
                    (f"{table.id}/rule-{n_rule + 1}", f"{where}, table rule {n_rule + 1}")
                self.b.add(table, "Fragment", rid, "rule", rloc, ln.start, ln.end)
                continue
            texts = [c.text for c in cs]
            total = T.is_total(texts)
            if first_row and header:
                label, loc = "header", f"{where}, header"
            elif total:
                label, loc = total, f"{where}, {total}"
                named = texts[0] if total == "subtotal" and cs[0].column == 1 else ""
                if named and T.is_total([named]) and named.strip().lower().rstrip(":：") not in T.TOTAL_WORDS:
                    loc = f"{where}, row {named}"  # a group's sub-total (欧洲小计): one of several, by its name
            else:
                k += 1
                first = texts[0] if cs and cs[0].column == 1 else ""
                if block.form == T.RECORDS:
                    first = first.rstrip(".．、)）")
                label = first if first and len(first) <= 24 else str(k)
                loc = f"{where}, row {label}"
            first_row = False
            # Ids from the row's label as printed: its leading token ('C7 电子农业' -> c7), else its position.
            key = slug(label.split()[0]) if label.split() else "x"
            if key == "x":
                key = slug(label) if slug(label) != "x" else str(k)
            row = self.b.add(table, "TableRow", f"{base}/row/{key}", label, loc, ln.start, ln.end, own=False)
            pos, j = ln.start, 0
            for c in cs + [None]:
                gap_end = c.start if c is not None else ln.end
                gap = self.source.text[pos:gap_end]
                if gap.strip():  # text between cells (punctuation, stray markup): kept as the row's markup
                    j += 1
                    a = pos + len(gap) - len(gap.lstrip())
                    self.b.add(row, "Fragment", f"{row.id}/markup/{j}", "", f"{loc}, markup", a,
                               pos + len(gap.rstrip()))
                if c is None:
                    break
                cell = self.b.add(row, "TableCell", f"{row.id}/cell/{c.column}", str(c.column),
                                  f"{loc}, cell {c.column}", c.start, c.end, title=c.text)
                if "•" in c.text:
                    self._split_bullets(cell, c.start, c.end)  # a list inside a cell: one ListItem per bullet
                pos = c.end
            for w, more in enumerate(wrapped.get(ln.no, []), start=1):
                if more.no in rest:
                    placed |= self._row_rest(st, row, lines, full or lines, rest[more.no], w, loc)
                else:
                    self._wrapped_cell(row, cs, more, w, loc)
                st.last_line_no = more.no
            else:
                st.last_line_no = max(st.last_line_no, ln.no)
        st.para = st.item = st.numbered_sub = None
        st.last = table
        return placed

    def _row_rest(self, st: _State, row: Node, lines: list, full: list, k: int, w: int, loc: str) -> set:
        """Line ``k``, the rest of a row a hard-wrapped text cut at its margin: the row's last cell reads on. After
        a page break the cell takes the page furniture between (read apart from its words, as a paragraph's) and
        the rest as its following text (``…/cont/k``). Returns the line numbers of the furniture placed."""
        ln = lines[k]
        last = next((c for c in reversed(row.children) if c.kind == "TableCell"), None)
        if last is None:
            self.b.add(row, "Fragment", f"{row.id}/wrap/{w}", "", f"{loc}, wrapped", ln.start, ln.end, title=ln.body)
            return set()
        between = []
        j = k - 1
        while j >= 0 and lines[j] is None:
            if full[j] is not None:
                between.append(full[j])
            j -= 1
        last.title = (last.title + ln.body).strip()
        if not between and not last.children:
            self.b.extend(last, ln.end)
            return set()
        for f in reversed(between):
            n = st.count(f"page:{last.id}")
            self.b.add(last, "Fragment", f"{last.id}/page/{n}", "page", f"{last.locator}, page furniture {n}",
                       f.start, f.end)
        n = st.count(f"cont:{last.id}")
        self.b.add(last, "Fragment", f"{last.id}/cont/{n}", "", f"{last.locator}, following text {n}",
                   ln.start, ln.end)
        return {f.no for f in between}

    def _wrapped_cell(self, row: Node, cs: list, ln: L.Line, k: int, loc: str) -> None:
        """A cell's words wrapped onto the next line: the last cell of the row reads on (its range takes the line,
        nothing but spaces lies between); the words of another column are a ``Fragment`` of the row
        (``…/wrap/k``, title: the column they continue), since the cells after it lie between."""
        col = self._column_at(cs, ln)
        last = next((c for c in reversed(row.children) if c.kind == "TableCell"), None)
        if last is not None and col == cs[-1].column and not last.children and last.label == str(col):
            self.b.extend(last, ln.end)
            last.title = (last.title + ln.body).strip()
            return
        self.b.add(row, "Fragment", f"{row.id}/wrap/{k}", str(col), f"{loc}, cell {col} (wrapped)",
                   ln.start, ln.end, title=ln.body)

    def _column_at(self, cs: list, ln: L.Line) -> int:
        """The column a wrapped line's words stand under: the last cell of the row starting at or left of them
        (display columns: a Chinese character is two wide)."""
        text = self.source.text

        def col_of(offset: int) -> int:
            line_start = text.rfind("\n", 0, offset) + 1
            return sum(2 if L.unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text[line_start:offset])

        at = col_of(ln.start)
        best = cs[0].column
        for c in cs:
            if col_of(c.start) <= at + 1:
                best = c.column
        return best

    def _html_table(self, st: _State, table: Node, base: str, where: str, start: int, end: int) -> None:
        """An HTML table: rows and cells with their tags; tags between rows and cells are markup fragments."""
        text = self.source.text[start:end]
        rows, outside = T.html_rows(text)
        items = [("markup", a, b, None) for a, b in outside] + [("row", r.start, r.end, r) for r in rows]
        k = 0
        m = 0
        first = True
        data = [[c.text for c in r.cells] for r in rows]
        for kind, a, b, r in sorted(items, key=lambda x: x[1]):
            if kind == "markup":
                m += 1
                self.b.add(table, "Fragment", f"{table.id}/markup/{m}", "", f"{where}, table markup",
                           start + a, start + b)
                continue
            texts = [c.text for c in r.cells]
            total = T.is_total(texts)
            if r.header or (first and T.looks_like_header(texts, data[1:]) and not rows[0].cells == []):
                label, loc = "header", f"{where}, header"
            elif total:
                label, loc = total, f"{where}, {total}"
            else:
                k += 1
                head = texts[0] if texts and texts[0] else ""
                label = head if head and len(head) <= 24 else str(k)
                loc = f"{where}, row {label}"
            first = False
            key = slug(label.split()[0]) if label.split() else "x"
            if key == "x":
                key = slug(label) if slug(label) != "x" else str(k)
            row_start = start + a + (len(text[a:b]) - len(text[a:b].lstrip()))
            row = self.b.add(table, "TableRow", f"{base}/row/{key}", label, loc, row_start,
                             start + a + len(text[a:b].rstrip()), own=False)
            pieces = [("cell", c.start, c.end, c) for c in r.cells] + [("markup", x, y, None) for x, y in r.markup]
            j = 0
            for what, x, y, c in sorted(pieces, key=lambda p: p[1]):
                if what == "cell":
                    self.b.add(row, "TableCell", f"{row.id}/cell/{c.column}", str(c.column),
                               f"{loc}, cell {c.column}", start + x, start + y, title=c.text)
                else:
                    j += 1
                    self.b.add(row, "Fragment", f"{row.id}/markup/{j}", "", f"{loc}, markup", start + x, start + y)
        st.para = st.item = st.numbered_sub = None
        st.last = table

    def _run_end(self, ln: L.Line) -> str:
        """The last line of the prose ``ln`` opens: in a hard-wrapped text the line where the run of lines cut at the
        margin stops (across a page break the prose resumes after), else ``ln`` itself. A paragraph is told by how it
        ends (a preamble paragraph by its comma), which a wrapped first line does not show."""
        cur, seen = ln, 0
        while seen < 200:  # a paragraph is a few dozen lines at most: the look-ahead stays linear in the text
            seen += 1
            nxt = self.lines[cur.no] if cur.no < len(self.lines) else None
            if cur.no in self.wrapped and nxt is not None and nxt.no not in self.zones:
                cur = nxt
                continue
            # a page break: blank lines, then the zone; the prose goes on at the line the zone resumes with
            k = cur.no
            while k < len(self.lines) and self.lines[k] is None:
                k += 1
            zone = self.zones.get(self.lines[k].no) if k < len(self.lines) and self.lines[k] is not None else None
            if zone is None or zone.resumes is None or not self._runs_on(cur):
                break
            cur = self.lines[zone.resumes - 1]
        return cur.body

    def _runs_on(self, ln: L.Line) -> bool:
        """Does ``ln`` stop without closing its sentence or clause (the text before a page break that goes on)?"""
        return not ln.body.rstrip("¹²³⁴⁵⁶⁷⁸⁹⁰*").endswith(("。", "，", ",", "；", ";", "：", ":", "！", "？", "”"))

    def _title(self, ln: L.Line, text: str, limit: int = 40, strict: bool = False) -> bool:
        """Does ``text`` (of line ``ln``) read as a title? Never on a line a hard-wrapped text cut at its margin."""
        return ln.no not in self.wrapped and L.is_title_like(text, limit, strict)

    # ------------------------------------------------------------ page furniture
    def _page_line(self, st: _State, ln: L.Line) -> None:
        """A line between two pages: a running line or footnote rule (a ``Fragment`` labelled 'page'), a footnote,
        or a footnote's wrapped line. When the prose goes on after the zone, the zone's nodes belong to the open
        paragraph (it spans them); else running lines go to the open section and footnotes to the part.
        """
        zone = self.zones[ln.no]
        if st.zone is not zone:
            st.zone, st.zone_last = zone, None
            para = st.para
            st.zone_holder = para if (
                zone.resumes is not None and para is not None and para.kind in PARA_KINDS
                and st.last is not None and (st.last is para or para in st.last.ancestors())
                and (para.label or not self._sentence_done(para))
            ) else None
        holder = st.zone_holder
        body = ln.body
        if holder is None and st.last is not None and st.last.kind == "Table" and zone.after in self.table_starts:
            holder = st.zone_holder = st.last  # a table the page break interrupts: its furniture is the table's
        if ln.no in self.furniture:
            parent = holder or st.container()
            k = st.count(f"page:{parent.id}")
            st.zone_last = self.b.add(parent, "Fragment", f"{parent.id}/page/{k}", "page",
                                      f"{parent.locator}, page furniture {k}", ln.start, ln.end)
            return
        m = L.FOOTNOTE_RE.match(ln.raw.strip())
        n = P.NOTE_RE.match(body)
        if m or n:
            label = L.footnote_label(m) if m else n.group(1)
            parent = holder or st.annex or st.part
            k = st.count("footnote")
            wanted = label if label.isdigit() else str(k)
            st.zone_last = self.b.add(parent, "Footnote", f"{parent.id}/footnote/{wanted}", label,
                                      f"{parent.locator} footnote {label}", ln.start, ln.end)
            return
        if st.zone_last is not None and st.zone_last.kind == "Footnote" and not st.zone_last.children:
            self.b.extend(st.zone_last, ln.end)  # a footnote's wrapped line
            return
        parent = holder or st.container()
        k = st.count(f"page:{parent.id}")
        st.zone_last = self.b.add(parent, "Fragment", f"{parent.id}/page/{k}", "page",
                                  f"{parent.locator}, page furniture {k}", ln.start, ln.end)

    def _resume(self, st: _State, ln: L.Line) -> bool:
        """The first line of a page that goes on with the paragraph the page before left open: that paragraph's
        text after the break (``…/cont/k``), read with it."""
        para = st.zone_holder
        st.zone = st.zone_holder = st.zone_last = None
        if para is None:
            return False
        k = st.count(f"cont:{para.id}")
        node = self.b.add(para, "Fragment", f"{para.id}/cont/{k}", "", f"{para.locator}, following text {k}",
                          ln.start, ln.end)
        self._done(st, node, ln)
        return True

    # ------------------------------------------------------------------ helpers
    def _done(self, st: _State, node: Node, ln: L.Line) -> None:
        st.last = node
        st.last_line_no = ln.no

    def _is_bare(self, node: Node) -> bool:
        """Is the node so far only its number ('1．', '三、', '2. ')?"""
        t = node.text.strip()
        return bool(re.fullmatch(r"[\d一二三四五六七八九十]+\s*[.．、]?\s*", t))

    def _section(self, st: _State, level: int, label: str, title: str, ln: L.Line, number: int | None = None,
                 show_label: bool = True) -> Node:
        while len(st.sections) >= level:
            st.sections.pop()
        parent = st.container()
        key = slug(str(number) if number is not None else label)
        wanted = f"{parent.id}/{key}" if parent.kind == "Section" else f"{st.prefix}/section/{key}"
        where = f"{st.loc} section {label}" if show_label else f"{st.loc} section '{title}'"
        node = self.b.add(parent, "Section", wanted, label, where.strip(), ln.start, ln.end, title=title)
        st.sections.append(node)
        st.para = st.item = st.numbered_sub = None
        return node

    def _paragraph(self, st: _State, n: int, ln: L.Line) -> Node:
        kind, seg, word = "Paragraph", "para", "para"
        if st.spec.style == "resolution" or st.resolution:
            kind, seg, word = "OperativeParagraph", "operative", "operative para"
            st.count("operative")
        if n != st.expected_para:
            self.b.warnings.append(
                f"{self.source.file_name}:{ln.no}: paragraph {n} where {st.expected_para} was expected "
                f"({st.loc or self.source.doc_id}); kept as printed"
            )
        st.expected_para = n + 1
        parent = st.container()
        node = self.b.add(parent, kind, f"{st.prefix}/{seg}/{n}", str(n), f"{st.loc} {word} {n}".strip(),
                          ln.start, ln.end)
        st.para, st.item, st.numbered_sub = node, None, None
        return node

    def _block_paragraph(self, st: _State, n: int, ln: L.Line) -> Node:
        """A paragraph numbered within its block: each block of the ITU layout counts from 1 again, so the id and
        the locator name the block ('932 section '责成秘书长', para 2')."""
        parent = st.container()
        where = parent.locator if parent.kind == "Section" else st.loc
        node = self.b.add(parent, "Paragraph", f"{parent.id}/para/{n}", str(n), f"{where}, para {n}".strip(" ,"),
                          ln.start, ln.end)
        st.expected_para = n + 1
        st.para, st.item, st.numbered_sub = node, None, None
        return node

    def _is_numbered_subitem(self, st: _State, n: int) -> bool:
        """'1.', '2.', '3.' inside a paragraph that announces a list ('任务是：'), not the next paragraph."""
        if st.para is None or n == st.expected_para:
            return False
        if st.numbered_sub is not None:
            return n == int(st.numbered_sub.label.rstrip(".")) + 1
        return n == 1 and st.para.text.rstrip().endswith(("：", ":"))

    def _numbered_subitem(self, st: _State, n: int, ln: L.Line) -> Node:
        para = st.para
        node = self.b.add(para, "SubItem", f"{para.id}/{n}", f"{n}.", f"{para.locator} {n}.", ln.start, ln.end)
        st.numbered_sub = node
        return node

    def _subitem(self, st: _State, key: str, label: str, ln: L.Line, roman: bool) -> Node:
        if roman and st.item is not None:
            parent = st.item
        else:
            parent = st.para if st.para is not None and self._para_in_scope(st) else st.container()
        node = self.b.add(parent, "SubItem", f"{parent.id}/{slug(key)}", label, f"{parent.locator} {label}",
                          ln.start, ln.end)
        if not roman:
            st.item = node
        if parent.kind == "Section":
            st.para = None
        return node

    def _para_in_scope(self, st: _State) -> bool:
        """Is the current paragraph inside the innermost open section (else items belong to the section)?"""
        if st.para is None:
            return False
        return not st.sections or st.para.parent is st.sections[-1] or st.sections[-1] in st.para.ancestors()

    def _table_row(self, st: _State, ln: L.Line) -> Node:
        """A tab-separated row of an annex table (004 Tunis Agenda annex)."""
        holder = st.annex
        if st.table is None:
            st.table = self.b.add(holder, "Table", f"{holder.id}/table", "table", f"{holder.locator} table",
                                  ln.start, ln.start, own=False)
        base = ln.start - len(ln.indent)
        cells = []
        pos = 0
        for piece in ln.raw.split("\t"):
            s = base + pos
            pos += len(piece) + 1
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                cells.append((s + lead, s + len(piece.rstrip()), piece.strip()))
        first = L.unicodedata.normalize("NFKC", cells[0][2])
        m = re.match(r"^(C\d{1,2})\.", first)
        label = m.group(1) if m else ("header" if not st.table.children else str(len(st.table.children) + 1))
        row = self.b.add(st.table, "TableRow", f"{holder.id}/row/{slug(label)}", label,
                         f"{holder.locator} table row {label}", cells[0][0], cells[-1][1], own=False)
        for c, (s, e, txt) in enumerate(cells, start=1):
            cell = self.b.add(row, "TableCell", f"{row.id}/cell/{c}", str(c), f"{row.locator} cell {c}", s, e)
            if "•" in txt:
                self._split_bullets(cell, s, e)
        return row

    def _split_bullets(self, cell: Node, s: int, e: int) -> None:
        """'C7. ICT 应用 <ul …> • 电子政务 • 电子商务 …' -> title text, the HTML tag, one ListItem per bullet."""
        text = self.source.text[s:e]
        pieces: list[tuple[str, int, int]] = []
        for m in re.finditer(r"<[^>]+>|•[^•<]*|[^•<]+", text):
            chunk = m.group(0)
            lead = len(chunk) - len(chunk.lstrip())
            a, b = s + m.start() + lead, s + m.start() + len(chunk.rstrip())
            if b > a:
                kind = "ListItem" if chunk.startswith("•") else ("Fragment" if chunk.startswith("<") else "Text")
                pieces.append((kind, a, b))
        self.b.own.pop(id(cell), None)
        k = 0
        for kind, a, b in pieces:
            if kind == "ListItem":
                k += 1
                self.b.add(cell, kind, f"{cell.id}/item/{k}", str(k), f"{cell.locator} item {k}", a, b,
                           title=self.source.text[a:b].lstrip("• ").strip())
            else:
                seg = "text" if kind == "Text" else "markup"
                self.b.add(cell, kind, f"{cell.id}/{seg}", "", f"{cell.locator} {seg}", a, b)

    # ---------------------------------------------------------------- checks
    def _check_numbering(self, doc: Document) -> None:
        """Report lettered sub-items that skip or repeat a letter (kept as printed)."""
        for node in doc.nodes:
            letters = [c for c in node.children if c.kind == "SubItem" and re.match(r"^\(?[a-z]\)", c.label)]
            if letters and letters[0].label.lstrip("(").startswith("i"):
                continue  # a roman list: (i), (ii), …
            expected = "a"
            for c in letters:
                got = c.label.lstrip("(")[0]
                if got != expected:
                    self.b.warnings.append(
                        f"{self.source.file_name}: {node.locator}: sub-item {c.label} where {expected}) was expected;"
                        " kept as printed"
                    )
                expected = chr(ord(got) + 1)


def parse_document(source: SourceText, use_profiles: bool = True) -> Document:
    """The document tree of one source text; ``use_profiles=False`` ignores any layout hint (``HINTS``)."""
    return DocumentParser(source, use_profiles).parse()
