"""Shared helpers of the "org" fact rules: passages with their mentions, sentences, typed dates.

Not a rule module: it registers no rule. The rules live in ``rules_org_acts.py`` (resolutions and
decisions), ``rules_org_bodies.py`` (bodies: creation, chairs, mandates, reporting lines) and
``rules_org_people.py`` (persons and posts). They all match on the normalised text of a prose leaf
(:class:`Passage`) and assert facts with the original offsets of the words that state them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from graph_builder.entities.recognize_dates import DateMention, find_dates
from graph_builder.facts import PROSE_KINDS, Context
from graph_builder.normalize import Normalized
from graph_builder.rdf.namespaces import ID, WSIS
from graph_builder.structure.model import Node

# Where a sentence ends, and where a clause ends (normalised text).
SENTENCE_END = "。；;!?！？"
CLAUSE_END = SENTENCE_END + "，,：:"



def text_before(text: str, k: int, window: int = 32) -> str:
    """The ``window`` characters before ``k``: what an end-anchored pattern (``…$``) may match.

    Searching ``text[:k]`` instead would scan the whole paragraph on every call (quadratic)."""
    return text[max(0, k - window):k]


@dataclass(frozen=True)
class M:
    """An entity mention inside a passage, in normalised indexes (``i``..``j``)."""

    i: int
    j: int
    key: str

    @property
    def kind(self) -> str:
        return self.key.split("/", 1)[0]


@dataclass
class Passage:
    """A prose leaf: its normalised text and the reference-entity mentions inside it."""

    ctx: Context
    node: Node
    norm: Normalized = field(init=False)
    mentions: list[M] = field(init=False)

    def __post_init__(self) -> None:
        self.norm = self.node.normalized()
        offs = self.norm.offsets
        self.mentions = []
        for m in self.ctx.mentions_in(self.node.doc.doc_id, self.node.start, self.node.end):
            i, j = bisect.bisect_left(offs, m.start), bisect.bisect_left(offs, m.end)
            if i < j:
                self.mentions.append(M(i, j, m.key))
        # indexes so that every lookup below costs O(log n) or O(answer), not a scan of the passage:
        # rules ask per sentence and per mention, which made long paragraphs quadratic
        self._starts = [m.i for m in self.mentions]
        self._by_start: dict[int, list[M]] = {}
        self._by_end: dict[int, list[M]] = {}
        for m in self.mentions:
            self._by_start.setdefault(m.i, []).append(m)
            self._by_end.setdefault(m.j, []).append(m)
        self._sentences: list[tuple[int, int]] | None = None
        self._dates: list[DateMention] | None = None

    @property
    def text(self) -> str:
        return self.norm.text

    @property
    def doc_id(self) -> str:
        return self.node.doc.doc_id

    def add(self, s, p, o, i: int, j: int) -> None:
        """Assert ``s p o`` with the normalised slice ``text[i:j]`` of this passage as evidence."""
        start, end = self.norm.span(i, j)
        self.ctx.store.add(s, p, o, self.doc_id, start, end)

    def sentences(self) -> list[tuple[int, int]]:
        """(i, j) of each sentence, the end punctuation included."""
        if self._sentences is None:
            out, k = [], 0
            for m in re.finditer(f"[{re.escape(SENTENCE_END)}]", self.text):
                out.append((k, m.end()))
                k = m.end()
            if k < len(self.text):
                out.append((k, len(self.text)))
            self._sentences = out
            self._sentence_starts = [a for a, _ in out]
        return list(self._sentences)

    def sentence_of(self, i: int) -> tuple[int, int]:
        self.sentences()
        k = bisect.bisect_right(self._sentence_starts, i) - 1
        if k >= 0:
            a, b = self._sentences[k]
            if a <= i < b:
                return a, b
        return 0, len(self.text)

    def in_range(self, i: int, j: int, kinds: tuple[str, ...] = ()) -> list[M]:
        out = []
        for m in self.mentions[bisect.bisect_left(self._starts, i):]:
            if m.i >= j:
                break
            if m.j <= j and (not kinds or m.kind in kinds):
                out.append(m)
        return out

    def mention_at(self, i: int, kinds: tuple[str, ...] = (), slack: str = "") -> M | None:
        """A mention starting at ``i`` (after skipping leading characters of ``slack``)."""
        while i < len(self.text) and self.text[i] in slack:
            i += 1
        for m in self._by_start.get(i, ()):
            if not kinds or m.kind in kinds:
                return m
        return None

    def mention_ending(self, j: int, kinds: tuple[str, ...] = ()) -> M | None:
        for m in self._by_end.get(j, ()):
            if not kinds or m.kind in kinds:
                return m
        return None

    def last_before(self, i: int, kinds: tuple[str, ...], floor: int = 0, where=None) -> M | None:
        """The last mention of ``kinds`` (and passing ``where``) inside ``[floor, i)``: the nearest first."""
        lo = bisect.bisect_left(self._starts, floor)
        for k in range(bisect.bisect_left(self._starts, i) - 1, lo - 1, -1):
            m = self.mentions[k]
            if m.j <= i and m.kind in kinds and (where is None or where(m)):
                # a listed name at the tail of a longer one (X执行情况|多利益攸关方咨询小组): the longer name
                for k2 in range(k - 1, lo - 1, -1):
                    o = self.mentions[k2]
                    if o.i < m.i - 40:
                        break
                    if o.j == m.j and o.kind in kinds and (where is None or where(o)):
                        m = o
                return m
        return None

    def dates(self) -> list[DateMention]:
        """Dates in this passage; ``date_span`` mapped to normalised indexes as ``(i, j)`` via :meth:`nidx`."""
        if self._dates is None:
            self._dates = find_dates(self.norm)
        return list(self._dates)

    def nidx(self, start: int, end: int) -> tuple[int, int]:
        """Normalised (i, j) of an original span inside this passage."""
        offs = self.norm.offsets
        return bisect.bisect_left(offs, start), bisect.bisect_left(offs, end)


def passages(ctx: Context, doc_id: str | None = None) -> list[Passage]:
    """Every prose leaf as a :class:`Passage`, cached on the context (several rules read them)."""
    cache = getattr(ctx, "_org_passages", None)
    if cache is None:
        cache = [Passage(ctx, n) for n in ctx.leaves(*PROSE_KINDS)]
        ctx._org_passages = cache  # type: ignore[attr-defined]
    return [p for p in cache if doc_id is None or p.doc_id == doc_id]


def entity_class(ctx: Context, key: str) -> str:
    """The wsis: class of a reference entity ('' when the key is not in the reference list)."""
    ref = ctx.reference
    if ref is not None and key in ref.by_key:
        return ref.by_key[key].cls
    return ""


def iri(key: str) -> URIRef:
    return ID[key]


def typed_date(dm: DateMention) -> Literal | None:
    """xsd:date (day), xsd:gYearMonth (month) or xsd:gYear (anything coarser), per docs/MODEL.md 'Values'."""
    if dm.start_date is None or dm.precision == "recurring-day":
        return None
    d = dm.start_date
    if dm.precision == "day":
        return Literal(d.isoformat(), datatype=XSD.date)
    if dm.precision == "month":
        return Literal(d.strftime("%Y-%m"), datatype=XSD.gYearMonth)
    return Literal(f"{d.year:04d}", datatype=XSD.gYear)


def year_literal(year: int) -> Literal:
    return Literal(f"{year:04d}", datatype=XSD.gYear)


def add_date(p: Passage, subject: URIRef, prop: URIRef, dm: DateMention, i: int, j: int) -> bool:
    """The typed date, its precision and ISO form (MODEL 'Values') on ``subject``; evidence ``text[i:j]``."""
    lit = typed_date(dm)
    if lit is None:
        return False
    p.add(subject, prop, lit, i, j)
    p.add(subject, WSIS.datePrecision, Literal(dm.precision), i, j)
    p.add(subject, WSIS.isoDate, Literal(dm.iso), i, j)
    return True


def is_typed(ctx: Context, subject: URIRef) -> bool:
    """Whether ``subject`` is a reference entity or already has an rdf:type among the facts so far."""
    key = str(subject).removeprefix(str(ID))
    if entity_class(ctx, key):
        return True
    return any(s == subject and p == RDF.type for (s, p, _o) in ctx.store.facts)


def has_label(ctx: Context, subject: URIRef, lang: str) -> bool:
    return any(
        s == subject and p == RDFS.label and getattr(o, "language", None) == lang for (s, p, o) in ctx.store.facts
    )


def ensure_entity(p: Passage, subject: URIRef, cls: URIRef, en: str, zh: str, i: int, j: int) -> None:
    """Type and label a thing a rule discovered, unless the reference list or an earlier rule already did
    (two different labels in one language would break the one-label-per-language shape)."""
    ctx = p.ctx
    key = str(subject).removeprefix(str(ID))
    if entity_class(ctx, key):
        return
    p.add(subject, RDF.type, cls, i, j)
    if not has_label(ctx, subject, "en"):
        p.add(subject, RDFS.label, Literal(en, lang="en"), i, j)
    if not has_label(ctx, subject, "zh"):
        p.add(subject, RDFS.label, Literal(zh, lang="zh"), i, j)


def section_of(node: Node) -> Node | None:
    for a in node.ancestors():
        if a.kind in ("Section", "Annex", "Part"):
            return a
    return None
