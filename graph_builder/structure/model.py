"""Document tree: every character of a source text belongs to a node (docs/MODEL.md, 'Document structure')."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from graph_builder.corpus import SourceText
from graph_builder.normalize import Normalized

KINDS = (
    "SourceText", "Part", "Section", "Heading", "Paragraph", "SubItem", "ListItem", "Annex", "Table",
    "TableRow", "TableCell", "Footnote", "Signature", "DateLine", "Preamble", "OperativeParagraph", "Fragment",
)


_BROKEN_KINDS = ("Paragraph", "OperativeParagraph", "Preamble", "SubItem", "ListItem", "TableCell")


def is_page_furniture(node: "Node") -> bool:
    """A running line, page or job number, or footnote rule of a PDF page (structure/pages.py)."""
    return node.kind == "Fragment" and node.label == "page"


@dataclass
class Node:
    id: str  # path after 'doc/', e.g. '004/tunis-agenda/para/103'
    doc: SourceText = field(repr=False)
    kind: str
    label: str  # number or label as printed ('103', 'j)*', 'C7', '1.1'), or a short title
    locator: str  # human locator: 'Tunis Agenda para 103'
    start: int
    end: int
    parent: "Node | None" = field(default=None, repr=False)
    order: int = 0  # 1-based among siblings
    children: list["Node"] = field(default_factory=list, repr=False)
    title: str = ""  # heading text for parts/sections, when it has one

    @property
    def text(self) -> str:
        return self.doc.text[self.start : self.end]

    @property
    def is_leaf(self) -> bool:
        return not self.children

    @property
    def page_broken(self) -> bool:
        """A paragraph a page break interrupts (text extracted from a PDF): its text, the page furniture and
        footnotes between the pages, and its text after them. It is read as one text without what lies between."""
        return self.kind in _BROKEN_KINDS and any(is_page_furniture(c) for c in self.children) and all(
            c.kind in ("Text", "Footnote") or c.kind == "Fragment" for c in self.children)

    def between_pages(self) -> list[tuple[int, int]]:
        """The spans inside a page-broken paragraph that are not its text: page furniture and footnotes."""
        return [(c.start, c.end) for c in self.children if is_page_furniture(c) or c.kind == "Footnote"]

    def normalized(self) -> Normalized:
        # kept per node: rules ask once per sentence, and normalising is linear in the node's length
        key = (self.start, self.end)
        cached = self.__dict__.get("_normalized")
        if cached is None or cached[0] != key:
            skip = self.between_pages() if self.page_broken else []
            norm = Normalized.joined(self.doc.text, self.start, self.end, skip) if skip else \
                Normalized.of(self.doc.text, 0, self.start, self.end)
            cached = (key, norm)
            # where the text stands in its document: 同年… takes the year written last before it
            cached[1].__dict__["context"] = (self.doc.text, self.start)
            self.__dict__["_normalized"] = cached
        return cached[1]

    def own_spans(self) -> list[tuple[int, int]]:
        """Parts of this node's range not covered by a child."""
        spans, pos = [], self.start
        for c in self.children:
            if c.start > pos:
                spans.append((pos, c.start))
            pos = max(pos, c.end)
        if pos < self.end:
            spans.append((pos, self.end))
        return spans

    def ancestors(self) -> list["Node"]:
        out, n = [], self.parent
        while n is not None:
            out.append(n)
            n = n.parent
        return out

    def find(self, quote: str) -> tuple[int, int] | None:
        """Original offsets of ``quote`` inside this node (exact first, then normalised)."""
        k = self.text.find(quote)
        if k >= 0:
            return self.start + k, self.start + k + len(quote)
        return self.normalized().find(quote)


@dataclass
class Document:
    source: SourceText
    root: Node
    nodes: list[Node]  # pre-order
    warnings: list[str] = field(default_factory=list)
    layout: str = "detected"  # 'parts' (named parts read from the text), 'detected', or 'profile' (a hint)

    def __post_init__(self) -> None:
        self.by_id = {n.id: n for n in self.nodes}
        self._leaves = sorted(self.leaves(), key=lambda n: n.start)
        self._leaf_starts = [n.start for n in self._leaves]

    @property
    def doc_id(self) -> str:
        return self.source.doc_id

    def leaves(self) -> list[Node]:
        return [n for n in self.nodes if n.is_leaf]

    def node_at(self, offset: int) -> Node | None:
        """Deepest node whose range contains ``offset``."""
        k = bisect.bisect_right(self._leaf_starts, offset) - 1
        if k >= 0 and self._leaves[k].start <= offset < self._leaves[k].end:
            return self._leaves[k]
        best = None
        for n in self.nodes:
            if n.start <= offset < n.end and (best is None or n.end - n.start <= best.end - best.start):
                best = n
        return best

    def node_for_span(self, start: int, end: int) -> Node:
        """Deepest node containing the whole span ``[start, end)``."""
        n = self.node_at(start)
        while n is not None and not (n.start <= start and end <= n.end):
            n = n.parent
        return n or self.root

    def of_kind(self, *kinds: str) -> list[Node]:
        return [n for n in self.nodes if n.kind in kinds]
