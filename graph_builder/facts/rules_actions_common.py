"""Helpers shared by the action-line, directive and document rules (docs/MODEL.md 'Values').

No rules live here: this module only turns recogniser output into typed RDF values, splits prose into
sentences with original offsets, and names reference entities bilingually.
"""

from __future__ import annotations

import re
from typing import Iterator

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from graph_builder.entities.recognize_dates import DateMention
from graph_builder.facts.date_literals import value_literal
from graph_builder.rdf.namespaces import ID, WSIS
from graph_builder.structure.model import Node

# Sentence ends in Chinese prose; a clause list inside a sentence stays in it.
_SENTENCE_END = re.compile(r"[。；;！!？?]")

# Precisions that map onto an XSD type of their own; the coarser ones are typed by their last month.
_XSD_BY_PRECISION = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}


def sentences(node: Node) -> Iterator[tuple[str, int, int, object]]:
    """(normalised sentence, norm start, norm end, Normalized) for each sentence of ``node``'s text."""
    norm = node.normalized()
    text = norm.text
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if text[start : m.end()].strip():
            yield text[start : m.end()], start, m.end(), norm
        start = m.end()
    if text[start:].strip():
        yield text[start:], start, len(text), norm


def typed_date(dm: DateMention) -> Literal | None:
    """The date as xsd:date / xsd:gYearMonth / xsd:gYear (MODEL 'Values'); None for a recurring day.

    Seasons, quarters and half-years have no XSD type: they are typed by the year they lie in
    (2006-Q2 -> 2006, never a month the text does not name), and their exact form lives in wsis:isoDate, the
    precision and the day bounds beside it (graph_builder.facts.date_literals.value_literal).
    """
    if dm.precision in ("season", "quarter", "half-year") and not dm.is_range:
        return value_literal(dm)
    if dm.precision in _XSD_BY_PRECISION and not dm.is_range:
        if dm.precision == "day":
            return Literal(dm.start_date.isoformat(), datatype=XSD.date)
        if dm.precision == "month":
            return Literal(dm.start_date.strftime("%Y-%m"), datatype=XSD.gYearMonth)
        return Literal(str(dm.start_date.year), datatype=XSD.gYear)
    if dm.end_date is None:
        return None
    if dm.is_range and dm.precision == "year":
        return Literal(str(dm.end_date.year), datatype=XSD.gYear)
    if dm.is_range and dm.precision == "day":
        return Literal(dm.end_date.isoformat(), datatype=XSD.date)
    return Literal(dm.end_date.strftime("%Y-%m"), datatype=XSD.gYearMonth)


def date_values(dm: DateMention, prop: URIRef) -> list[tuple[URIRef, Literal]]:
    """(property, value) pairs for one date: the typed value under ``prop``, its ISO form and precision."""
    pairs: list[tuple[URIRef, Literal]] = []
    value = typed_date(dm)
    if value is not None:
        pairs.append((prop, value))
    pairs.append((WSIS.isoDate, Literal(dm.iso)))
    if dm.precision in ("day", "month", "season", "quarter", "half-year", "year"):
        pairs.append((WSIS.datePrecision, Literal(dm.precision)))
    return pairs


def names(ctx, key: str) -> tuple[str, str]:
    """(English, Chinese) name of reference entity ``key``; the key itself when the list lacks it."""
    ref = getattr(ctx, "reference", None)
    e = ref.by_key.get(key) if ref is not None else None
    if e is None:
        return key, key
    return e.en, e.zh


def key_of(iri: URIRef) -> str:
    return str(iri)[len(str(ID)) :]


def mentions_of(ctx, node: Node, start: int, end: int, kinds: tuple[str, ...]) -> list:
    """Mentions inside original ``[start, end)`` of ``node``'s document whose entity kind is in ``kinds``."""
    return [m for m in ctx.mentions_in(node.doc.doc_id, start, end) if m.key.split("/", 1)[0] in kinds]


# A name followed by an act's number or kind is the act's issuer inside a citation (经社理事会第2006/46号决议,
# 大会决议, 理事会的决定), not an agent of the clause around it (请理事会决定… is: 决定 is then a verb).
_ACT_AFTER = re.compile(
    r"[\s*]*(?:第[\s*]*[0-9A-Za-z/．.\-\s]{1,24}?[\s*]*号|的?[\s*]*(?:决议|商定结论)|的[\s*]*决定)")
# Words that cite the basis of what follows (根据第1158号决议，理事会责成…): the act cited is not the issuer.
CITING = re.compile(r"(?:根据|按照|依照|依据|遵照|按|回顾|忆及|注意到|参照)")


def in_act_citation(text: str, mention) -> bool:
    """Whether ``mention`` (original offsets into ``text``) names the issuer of an act the text cites."""
    return _ACT_AFTER.match(text, mention.end) is not None
