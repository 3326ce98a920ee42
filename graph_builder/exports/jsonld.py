"""JSON-LD 1.1 with a published context of short readable keys (https://www.w3.org/TR/json-ld11/).

The context is derived from the data, so it always covers every property: each predicate and class gets
its local name as key (``chair``, ``startDate``, ``Paragraph``); when two namespaces share a local name
(``rdfs:label`` and ``wsis:label``) the first in ``_KEY_PRIORITY`` keeps the short key and the others
use their compact IRI (``wsis:label``). A property whose values are all of one shape is coerced in the
context (IRIs -> ``@type: @id``, language strings -> a ``{"zh": …, "en": …}`` language map, one
datatype -> ``@type``), so the data reads like plain JSON; anything mixed is written as explicit
value objects. The document carries its context inline, so any JSON-LD processor (pyoxigraph, rdflib,
pyld) reads it alone, offline, without resolving a relative context IRI; the same context is also
written to ``context.jsonld`` for reuse by other documents (``"@context": "…/context.jsonld"``).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from itertools import groupby
from operator import itemgetter
from typing import Iterator

import pyoxigraph as ox

from graph_builder.exports.turtle import RDF_TYPE, XSD
from graph_builder.rdf.namespaces import PREFIXES

CONTEXT_FILE = "context.jsonld"
_KEY_PRIORITY = ("rdfs", "rdf", "wsis", "schema", "skos", "w3corg", "dcterms", "prov", "oa", "foaf", "owl", "time", "xsd")
_TERM = re.compile(r"^[A-Za-z][A-Za-z0-9_\-]*$")
_INTEGER = re.compile(r"^-?(0|[1-9][0-9]*)$")


def _prefix_table() -> dict[str, str]:
    return {k: str(v) for k, v in sorted(PREFIXES.items())}


def _split(iri: str, prefixes: dict[str, str]) -> tuple[str, str] | None:
    best = None
    for prefix, ns in prefixes.items():
        if iri.startswith(ns) and (best is None or len(ns) > len(prefixes[best])):
            best = prefix
    return (best, iri[len(prefixes[best]):]) if best else None


def _rank(prefix: str) -> int:
    return _KEY_PRIORITY.index(prefix) if prefix in _KEY_PRIORITY else len(_KEY_PRIORITY)


def compact_iri(iri: str, prefixes: dict[str, str]) -> str:
    split = _split(iri, prefixes)
    # A compact IRI whose suffix starts with '//' would be read as an absolute IRI: keep those whole.
    if split and not split[1].startswith("//") and split[1]:
        return f"{split[0]}:{split[1]}"
    return iri


def _value_shape(obj) -> str:
    if isinstance(obj, (ox.NamedNode, ox.BlankNode)):
        return "@id"
    if obj.language:
        return "@language"
    datatype = obj.datatype.value
    if datatype == XSD + "integer" and _INTEGER.match(obj.value):
        return "native-integer"
    if datatype == XSD + "boolean" and obj.value in ("true", "false"):
        return "native-boolean"
    return datatype


def build_context(quads: list[ox.Quad]) -> dict:
    """The ``@context`` for ``quads``: prefixes, one short key per predicate and class, coercions."""
    prefixes = _prefix_table()
    shapes: dict[str, set[str]] = defaultdict(set)
    classes: set[str] = set()
    for q in quads:
        if q.predicate.value == RDF_TYPE and isinstance(q.object, ox.NamedNode):
            classes.add(q.object.value)
        else:
            shapes[q.predicate.value].add(_value_shape(q.object))

    keys = assign_keys(sorted(set(shapes) | classes), prefixes)
    context: dict[str, object] = dict(prefixes)
    for iri in sorted(keys, key=lambda i: keys[i]):
        key = keys[iri]
        definition: dict[str, str] = {"@id": compact_iri(iri, prefixes)}
        kinds = shapes.get(iri, set())
        if len(kinds) == 1:
            (kind,) = kinds
            if kind == "@id":
                definition["@type"] = "@id"
            elif kind == "@language":
                definition["@container"] = "@language"
            elif kind == XSD + "string" or kind.startswith("native-"):
                pass
            else:
                definition["@type"] = compact_iri(kind, prefixes)
        if len(definition) == 1 and definition["@id"] == key:
            continue  # a compact IRI used as key needs no definition
        context[key] = definition["@id"] if len(definition) == 1 else definition
    return {"@context": context}


def assign_keys(iris: list[str], prefixes: dict[str, str]) -> dict[str, str]:
    """Short key per IRI: its local name, unless another namespace with higher priority claims it."""
    by_local: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    keys: dict[str, str] = {}
    for iri in iris:
        split = _split(iri, prefixes)
        if split and _TERM.match(split[1]) and split[1] not in prefixes:
            by_local[split[1]].append((_rank(split[0]), split[0], iri))
        else:
            keys[iri] = compact_iri(iri, prefixes)
    for local, claims in by_local.items():
        claims.sort()
        keys[claims[0][2]] = local
        for _, prefix, iri in claims[1:]:
            keys[iri] = f"{prefix}:{local}"
    return keys


_NO_DEFINITION: dict = {}
_XSD_INTEGER, _XSD_BOOLEAN, _XSD_STRING = XSD + "integer", XSD + "boolean", XSD + "string"


class _Writer:
    def __init__(self, context: dict):
        self.prefixes = _prefix_table()
        self._compact: dict[str, str] = {}
        self._expand: dict[str, str] = {}
        ctx = context["@context"]
        self.key_of: dict[str, str] = {}
        self.definition: dict[str, dict] = {}
        for key, value in ctx.items():
            if key in self.prefixes:
                continue
            definition = value if isinstance(value, dict) else {"@id": value}
            iri = self.expand(definition["@id"])
            self.key_of[iri] = key
            self.definition[key] = definition

    def expand(self, text: str) -> str:
        prefix, _, rest = text.partition(":")
        if prefix in self.prefixes and not rest.startswith("//"):
            return self.prefixes[prefix] + rest
        return text

    def compact(self, iri: str) -> str:
        """:func:`compact_iri`, remembered (a document names the same IRIs many times)."""
        out = self._compact.get(iri)
        if out is None:
            out = self._compact[iri] = compact_iri(iri, self.prefixes)
        return out

    def key(self, iri: str) -> str:
        return self.key_of.get(iri) or self.compact(iri)

    def node_ref(self, term) -> str:
        if isinstance(term, ox.BlankNode):
            return f"_:{term.value}"
        return self.compact(term.value)

    def value(self, key: str, obj):
        definition = self.definition.get(key, _NO_DEFINITION)
        if isinstance(obj, (ox.NamedNode, ox.BlankNode)):
            ref = self.node_ref(obj)
            return ref if definition.get("@type") == "@id" else {"@id": ref}
        text = obj.value
        language = obj.language
        if language:
            return {"@value": text, "@language": language}
        datatype = obj.datatype.value
        coerced = definition.get("@type")
        if coerced not in (None, "@id") and self._expanded(coerced) == datatype:
            return text
        if coerced is None and "@container" not in definition:
            if datatype == _XSD_INTEGER and _INTEGER.match(text):
                return int(text)
            if datatype == _XSD_BOOLEAN and text in ("true", "false"):
                return text == "true"
            if datatype == _XSD_STRING:
                return text
        return {"@value": text, "@type": self.compact(datatype)}

    def _expanded(self, text: str) -> str:
        out = self._expand.get(text)
        if out is None:
            out = self._expand[text] = self.expand(text)
        return out

    def node(self, subject, triples) -> dict:
        node: dict[str, object] = {"@id": self.node_ref(subject)}
        # Ordered as by (str(predicate), str(object)); '<' + IRI + '>' sorts as IRI + '>'. Each term is
        # read off its triple once (every attribute read makes a new object).
        rows = []
        for t in triples:
            predicate = t.predicate.value
            obj = t.object
            rows.append((predicate + ">", str(obj), predicate, obj))
        rows.sort(key=itemgetter(0, 1))
        named = ox.NamedNode
        types = [row[3] for row in rows if row[2] == RDF_TYPE and isinstance(row[3], named)]
        if types:
            names = [self.key(t.value) for t in types]
            node["@type"] = names[0] if len(names) == 1 else names
        rest = [row for row in rows if not (row[2] == RDF_TYPE and isinstance(row[3], named))]
        for predicate, group in groupby(rest, key=itemgetter(2)):
            key = self.key(predicate)
            objects = [row[3] for row in group]
            if self.definition.get(key, {}).get("@container") == "@language":
                by_lang: dict[str, list[str]] = defaultdict(list)
                for obj in objects:
                    by_lang[obj.language].append(obj.value)
                node[key] = {lang: vals[0] if len(vals) == 1 else vals for lang, vals in sorted(by_lang.items())}
            else:
                values = [self.value(key, obj) for obj in objects]
                node[key] = values[0] if len(values) == 1 else values
        return node


def document(quads: list[ox.Quad], context: dict) -> dict:
    """The JSON-LD document: one ``{"@id": graph, "@graph": [...]}`` entry per named graph."""
    writer = _Writer(context)
    graphs = []
    default_nodes = []
    for graph, group in groupby(quads, key=lambda q: q.graph_name):
        nodes = [writer.node(s, list(g)) for s, g in groupby(group, key=lambda q: q.subject)]
        if isinstance(graph, ox.DefaultGraph):
            default_nodes.extend(nodes)
        else:
            graphs.append({"@id": writer.node_ref(graph), "@graph": nodes})
    return {"@context": context["@context"], "@graph": default_nodes + graphs}


def dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def dump_chunks(obj, size: int = 1 << 16) -> Iterator[str]:
    """:func:`dumps` as pieces of about ``size`` characters, to write without the whole text in memory."""
    encoder = json.JSONEncoder(ensure_ascii=False, indent=1, sort_keys=False)
    buffer: list[str] = []
    length = 0
    for chunk in encoder.iterencode(obj):
        buffer.append(chunk)
        length += len(chunk)
        if length >= size:
            yield "".join(buffer)
            buffer, length = [], 0
    buffer.append("\n")
    yield "".join(buffer)
