"""Tree building: nodes with stable ids, locators, order, and ranges that nest.

The builder keeps the invariant that a node's range covers its children, and that a node which gets children
keeps its own words in a first child (``Heading`` for sections and parts, ``Text`` otherwise), so every
non-blank character of the source lies in exactly one leaf.
"""

from __future__ import annotations

import re

from graph_builder.corpus import SourceText
from graph_builder.structure.model import Node

_SLUG = re.compile(r"[^a-z0-9.]+")


def slug(label: str) -> str:
    s = _SLUG.sub("-", label.lower()).strip("-.")
    return s or "x"


class TreeBuilder:
    def __init__(self, source: SourceText) -> None:
        self.source = source
        self.root = Node(
            id=source.doc_id, doc=source, kind="SourceText", label=source.doc_id, locator=source.doc_id,
            start=0, end=len(source.text), title=source.title_en,
        )
        self.ids: set[str] = {self.root.id}
        self.own: dict[int, tuple[int, int]] = {}  # id(node) -> its own words, until it gets children
        self.warnings: list[str] = []

    def unique_id(self, wanted: str) -> str:
        if wanted not in self.ids:
            self.ids.add(wanted)
            return wanted
        k = 2
        while f"{wanted}-{k}" in self.ids:
            k += 1
        self.ids.add(f"{wanted}-{k}")
        return f"{wanted}-{k}"

    def add(
        self, parent: Node, kind: str, wanted_id: str, label: str, locator: str, start: int, end: int,
        title: str = "", own: bool = True,
    ) -> Node:
        """Append a node under ``parent``; ``own`` marks [start, end) as the node's own words."""
        self._adopt_own_text(parent)
        node = Node(
            id=self.unique_id(wanted_id), doc=self.source, kind=kind, label=label, locator=locator,
            start=start, end=end, parent=parent, order=len(parent.children) + 1, title=title,
        )
        parent.children.append(node)
        if own:
            self.own[id(node)] = (start, end)
        self._stretch(parent, start, end)
        return node

    def extend(self, node: Node, end: int) -> None:
        """Extend a leaf's own words to ``end`` (a line that continues the previous one)."""
        if node.children:
            raise ValueError("extend() is for leaves")
        start, _ = self.own.get(id(node), (node.start, node.end))
        self.own[id(node)] = (start, end)
        node.end = end
        self._stretch(node.parent, node.start, end)

    def _stretch(self, node: Node | None, start: int, end: int) -> None:
        while node is not None and node is not self.root:
            if node.children and node.start > start:
                node.start = start
            if node.end < end:
                node.end = end
            node = node.parent

    def _adopt_own_text(self, node: Node) -> None:
        """Before ``node`` gets its first child, move its own words into a ``Heading``/``Text`` leaf."""
        span = self.own.pop(id(node), None)
        if span is None or node.children:
            return
        kind = "Heading" if node.kind in ("Section", "Part", "Annex", "Table") else "Text"
        suffix = "heading" if kind == "Heading" else "text"
        where = f"{node.locator} ({'heading' if kind == 'Heading' else 'text'})"
        leaf = Node(
            id=self.unique_id(f"{node.id}/{suffix}"), doc=self.source, kind=kind, label=node.label,
            locator=where, start=span[0], end=span[1], parent=node, order=1, title=node.title,
        )
        node.children.append(leaf)

    def finish(self) -> list[Node]:
        """Pre-order list of all nodes; containers trimmed to their children."""
        out: list[Node] = []

        def walk(n: Node) -> None:
            out.append(n)
            for c in n.children:
                walk(c)

        walk(self.root)
        for n in reversed(out):
            if n.children and n is not self.root:
                n.start = min(c.start for c in n.children)
                n.end = max(c.end for c in n.children)
        return out
