"""Coverage of the reference list ('a test runs a generic detector over the corpus and
fails on any detected name that is neither in the reference list nor excluded there with a reason').

A detected candidate is *covered* when a linked mention reaches its end: the candidate is a known
name with grammar in front (我们欢迎希腊政府), a part of a known name (社会理事会 in 经济及社会理事会) or
a known name running on (国际电信联盟（ITU）). Otherwise it is *excluded* when its core — what follows
the last known name inside it, without grammar words (:func:`detector.core`) — is listed under
``exclusions:`` with a reason (执行秘书处组织 -> 组织, 'the verb organise').
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from graph_builder.corpus import SourceText
from graph_builder.entities.detector import Candidate, core, detect
from graph_builder.entities.linker import Mention, find_mentions
from graph_builder.entities.reference import Reference
from graph_builder.normalize import normalize


@dataclass(frozen=True)
class Gap:
    candidate: Candidate
    core: str

    def describe(self, text: str) -> str:
        c = self.candidate
        line = text.count("\n", 0, c.start) + 1
        return f"{c.doc_id}:{line}: {c.shape} {self.core!r} (in {c.text!r})"


def keep_whole_names(ref: Reference) -> tuple[str, ...]:
    """Normalised surface forms, so the detector never cuts a known name at a stop character."""
    return tuple(sorted({normalize(a.form) for e in ref.entities for a in e.surface_forms()}))


def is_covered(c: Candidate, mentions: list[Mention], starts: list[int]) -> bool:
    """A known name ends the candidate (possibly running on: 国际电信联盟（ITU）) or contains it."""
    k = bisect.bisect_left(starts, c.end)
    for m in mentions[:k]:
        if m.end >= c.end:
            return True
    return False


def rest_after_mentions(c: Candidate, mentions: list[Mention], starts: list[int], text: str) -> str:
    """The part of the candidate after the last mention that ends inside it (执行秘书处组织 -> 组织)."""
    k = bisect.bisect_left(starts, c.end)
    cut = c.start
    for m in mentions[:k]:
        if c.start <= m.end < c.end:
            cut = max(cut, m.end)
    return normalize(text[cut : c.end])


def gaps(source: SourceText, ref: Reference) -> list[Gap]:
    """Detected names in ``source`` that are neither linked nor excluded, in document order."""
    mentions = find_mentions(source, ref)
    starts = [m.start for m in mentions]
    out = []
    for c in detect(source.doc_id, source.text, keep_whole_names(ref)):
        if is_covered(c, mentions, starts):
            continue
        name = core(rest_after_mentions(c, mentions, starts, source.text))
        blocked = any(x.block and normalize(c.text).endswith(normalize(x.text)) for x in ref.exclusions)
        if not blocked and ref.excluded(name) is None and ref.excluded(c.text) is None:
            out.append(Gap(c, name))
    return out
