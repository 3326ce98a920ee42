"""Fact extraction: every ``rules_*.py`` module here registers rules; :func:`extract` runs them all.

Rules are general: they key on the texts' formulaic phrasing (…担任主席, 责成…, 请…于…之前…, …在…召开) and on
tables parsed as tables, never on one sentence. See docs/MODEL.md for the vocabulary they write.
"""

from __future__ import annotations

import bisect
import importlib
import pkgutil
from dataclasses import dataclass, field
from typing import Any, Iterator

from rdflib import URIRef

from graph_builder.facts.base import RULES, FactStore, rule, run_order
from graph_builder.rdf.namespaces import ID
from graph_builder.structure.model import Document, Node, is_page_furniture

__all__ = ["Context", "FactStore", "extract", "rule", "RULES"]

# Node kinds whose words state facts (containers are reached through their leaves).
PROSE_KINDS = (
    "Paragraph", "SubItem", "ListItem", "Text", "Fragment", "Preamble", "OperativeParagraph", "Footnote",
    "TableCell", "Signature", "DateLine", "Heading",
)


@dataclass
class Context:
    documents: list[Document]
    reference: Any = None  # graph_builder.entities.reference.Reference
    mentions: list = field(default_factory=list)  # graph_builder.entities.linker.Mention, any order
    store: FactStore = None  # type: ignore[assignment]

    def __post_init__(self) -> None:
        self.by_doc = {d.doc_id: d for d in self.documents}
        if self.store is None:
            self.store = FactStore(self.by_doc)
        self._mentions: dict[str, list] = {}
        for m in sorted(self.mentions, key=lambda m: (m.doc_id, m.start, m.end)):
            self._mentions.setdefault(m.doc_id, []).append(m)
        self._mention_starts = {k: [m.start for m in v] for k, v in self._mentions.items()}

    def doc(self, doc_id: str) -> Document:
        return self.by_doc[doc_id]

    def mentions_in(self, doc_id: str, start: int, end: int) -> list:
        """Entity mentions lying inside ``[start, end)`` of a document, in text order."""
        return list(self.iter_mentions_in(doc_id, start, end))

    def iter_mentions_in(self, doc_id: str, start: int, end: int):
        """:meth:`mentions_in` one at a time, for a caller that stops early (cost: what it reads)."""
        ms = self._mentions.get(doc_id, [])
        k = bisect.bisect_left(self._mention_starts.get(doc_id, []), start)
        while k < len(ms) and ms[k].start < end:
            if ms[k].end <= end:
                yield ms[k]
            k += 1

    def entity(self, key: str) -> URIRef:
        """IRI of a reference entity (``org/itu``); fails loudly on a key the reference list lacks."""
        if self.reference is not None and key not in self.reference.by_key:
            raise KeyError(f"entity {key!r} is not in graph_builder/data/entities.yaml")
        return ID[key]

    def leaves(self, *kinds: str, doc_id: str | None = None) -> Iterator[Node]:
        """Leaf nodes that carry prose (of the given kinds), in document order."""
        kinds = kinds or PROSE_KINDS
        for d in self.documents:
            if doc_id is not None and d.doc_id != doc_id:
                continue
            joined = None  # a paragraph a page break interrupts: read whole, its pieces not apart
            for n in d.nodes:
                if is_page_furniture(n):
                    continue
                if n.page_broken:
                    joined = n
                    if n.kind in kinds:
                        yield n
                    continue
                if joined is not None and n.parent is joined and n.kind in ("Text", "Fragment"):
                    continue
                if n.is_leaf and n.kind in kinds:
                    yield n


def _load_rule_modules() -> None:
    import graph_builder.facts as pkg

    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        if info.name.startswith("rules_") or info.name == "curated":
            importlib.import_module(f"graph_builder.facts.{info.name}")


def extract(documents: list[Document], reference=None, mentions=None, only: list[str] | None = None) -> FactStore:
    """Run every registered rule (or ``only`` those named) and return the store."""
    _load_rule_modules()
    ctx = Context(documents, reference, list(mentions or []))
    # rules marked ``after_all`` (date bounds) read what the others stated, so they run last; a rule naming
    # the rules it reads (``after``) runs after them
    for name in run_order(n for n in RULES if only is None or n in only):
        ctx.store.current_rule = name
        RULES[name](ctx)
    ctx.store.as_written()
    return ctx.store
