"""Readable Turtle and TriG (https://www.w3.org/TR/turtle/, https://www.w3.org/TR/trig/).

A small writer of our own instead of a library's, because the output must be byte-identical on re-run
and readable: subjects in IRI order, ``rdf:type`` first as ``a``, one predicate a line, prefixed names
from ``graph_builder.rdf.namespaces.PREFIXES`` wherever the local part needs no escaping
(``wsis:chair``, ``doc:004``), full IRIs otherwise (``<https://w3id.org/wsiskg/id/org/itu>``).
"""

from __future__ import annotations

import re
from itertools import groupby
from operator import attrgetter, itemgetter
from typing import Iterator

import pyoxigraph as ox

from graph_builder.rdf.namespaces import PREFIXES

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
_PN_LOCAL = re.compile(r"^(?:[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?)?$")
_INTEGER = re.compile(r"^[+-]?[0-9]+$")
_STRING_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')


class Namer:
    """Turns terms into Turtle text using a fixed prefix table (longest namespace wins)."""

    def __init__(self, prefixes: dict[str, str] | None = None):
        table = prefixes if prefixes is not None else {k: str(v) for k, v in PREFIXES.items()}
        self.prefixes = dict(sorted(table.items()))
        self._by_length = sorted(self.prefixes.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        self._cache: dict[str, str] = {}

    def header(self) -> str:
        return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in self.prefixes.items())

    def iri(self, iri: str) -> str:
        cached = self._cache.get(iri)
        if cached is None:
            cached = self._cache[iri] = self._iri(iri)
        return cached

    def _iri(self, iri: str) -> str:
        for prefix, ns in self._by_length:
            if iri.startswith(ns) and _PN_LOCAL.match(iri[len(ns):]):
                return f"{prefix}:{iri[len(ns):]}"
        return "<" + _IRI_FORBIDDEN.sub(lambda m: f"\\u{ord(m.group()):04X}", iri) + ">"

    def term(self, term) -> str:
        if isinstance(term, ox.NamedNode):
            return self.iri(term.value)
        if isinstance(term, ox.BlankNode):
            return f"_:{term.value}"
        if isinstance(term, ox.Literal):
            return self.literal(term)
        raise TypeError(f"cannot write {term!r}")

    def literal(self, lit: ox.Literal) -> str:
        text = quote_string(lit.value)
        if lit.language:
            return f"{text}@{lit.language}"
        datatype = lit.datatype.value
        if datatype == XSD + "string":
            return text
        if datatype == XSD + "integer" and _INTEGER.match(lit.value):
            return lit.value
        if datatype == XSD + "boolean" and lit.value in ("true", "false"):
            return lit.value
        return f"{text}^^{self.iri(datatype)}"


_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f]')


def _escape(match: re.Match) -> str:
    ch = match.group()
    return _STRING_ESCAPES.get(ch) or f"\\u{ord(ch):04X}"


def quote_string(value: str) -> str:
    # one regex pass instead of a Python loop per character: paragraph texts are most of the bytes
    return '"' + _NEEDS_ESCAPE.sub(_escape, value) + '"'


def _predicate_key(triple) -> tuple[int, str]:
    return (0 if triple.predicate.value == RDF_TYPE else 1, str(triple.predicate))


def _subject_blocks(triples, namer: Namer, indent: str) -> Iterator[str]:
    """One block per subject; ``triples`` must be sorted by subject."""
    term, iri = namer.term, namer.iri
    order = itemgetter(0, 1, 2)
    for subject, group in groupby(triples, key=attrgetter("subject")):
        # Ordered by (_predicate_key, str(object)); '<' + IRI + '>' sorts as IRI + '>'. Each term is read
        # off its triple once (every attribute read makes a new object).
        rows = []
        for t in group:
            predicate = t.predicate.value
            obj = t.object
            rows.append((predicate != RDF_TYPE, predicate + ">", str(obj), predicate, obj))
        rows.sort(key=order)
        lines = []
        for predicate, objects in groupby(rows, key=itemgetter(3)):
            pred = "a" if predicate == RDF_TYPE else iri(predicate)
            lines.append(f"{pred} " + " , ".join(term(row[4]) for row in objects))
        body = f" ;\n{indent}    ".join(lines)
        yield f"{indent}{term(subject)} {body} .\n"


def _joined(blocks: Iterator[str], size: int = 1 << 16) -> Iterator[str]:
    """``"\n".join(blocks)`` as pieces of about ``size`` characters."""
    buffer: list[str] = []
    length = 0
    first = True
    for block in blocks:
        if not first:
            buffer.append("\n")
        first = False
        buffer.append(block)
        length += len(block) + 1
        if length >= size:
            yield "".join(buffer)
            buffer, length = [], 0
    if buffer:
        yield "".join(buffer)


def turtle(triples: list[ox.Triple], namer: Namer | None = None) -> str:
    """Turtle of ``triples`` (sorted by subject, predicate, object)."""
    namer = namer or Namer()
    return namer.header() + "\n" + "\n".join(_subject_blocks(triples, namer, ""))


def trig(quads: list[ox.Quad], namer: Namer | None = None) -> str:
    """TriG of ``quads`` (sorted by graph, then subject...): one ``graph { }`` block per named graph."""
    return "".join(trig_chunks(quads, namer))


def trig_chunks(quads: list[ox.Quad], namer: Namer | None = None) -> Iterator[str]:
    """:func:`trig` as consecutive pieces of text, to write without the whole text in memory."""
    namer = namer or Namer()
    yield namer.header()
    for graph, group in groupby(quads, key=attrgetter("graph_name")):
        # a quad reads as its triple (subject, predicate, object): no copies
        if isinstance(graph, ox.DefaultGraph):
            yield "\n"
            yield from _joined(_subject_blocks(group, namer, ""))
        else:
            yield f"\n{namer.term(graph)} {{\n"
            yield from _joined(_subject_blocks(group, namer, "    "))
            yield "}\n"
