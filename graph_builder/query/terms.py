"""RDF terms for the query layer: one representation (rdflib terms) whatever the store.

pyoxigraph terms and SPARQL JSON results (https://www.w3.org/TR/sparql11-results-json/) are converted to
rdflib ``URIRef``/``Literal``/``BNode``. Simple literals carry no datatype (RDF 1.1: ``xsd:string`` is
implicit), so results from Oxigraph embedded and over HTTP compare equal.

``to_sparql`` writes a term in SPARQL syntax for the VALUES clause sent to HTTP endpoints. It refuses
IRIs that could break out of ``<...>`` and escapes every literal, so a parameter can never change the
query's shape ("parameters are bound as RDF terms, never pasted into query text").
"""

from __future__ import annotations

import re

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from graph_builder.errors import WsisError

XSD_STRING = str(XSD.string)
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

# SPARQL 1.1 grammar, IRIREF: '<' ([^<>"{}|^`\]-[#x00-#x20])* '>'
_IRI_FORBIDDEN = re.compile(r'[<>"{}|^`\\\x00-\x20]')
_LANG = re.compile(r"^[a-zA-Z]+(-[a-zA-Z0-9]+)*$")


def literal(lexical: str, lang: str | None = None, datatype: str | None = None) -> Literal:
    if lang:
        return Literal(lexical, lang=lang)
    if datatype and datatype not in (XSD_STRING, RDF_LANGSTRING):
        return Literal(lexical, datatype=URIRef(datatype))
    return Literal(lexical)


def from_oxigraph(term) -> Identifier | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        return literal(term.value, term.language, term.datatype.value)
    raise WsisError(f"query: unsupported result term {term!r}")


def to_oxigraph(term: Identifier):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise WsisError(f"query: cannot bind {term!r}")


def from_json(binding: dict) -> Identifier:
    """One value of a SPARQL JSON results binding."""
    kind = binding["type"]
    if kind == "uri":
        return URIRef(binding["value"])
    if kind == "bnode":
        return BNode(binding["value"])
    if kind in ("literal", "typed-literal"):
        return literal(binding["value"], binding.get("xml:lang"), binding.get("datatype"))
    raise WsisError(f"query: unsupported result term type {kind!r}")


def check_iri(iri: str) -> str:
    if not iri or _IRI_FORBIDDEN.search(iri):
        raise WsisError(f"parameter: {iri!r} is not a valid IRI (no spaces, <, >, quotes, braces or backslashes)")
    return iri


def _escape_string(text: str) -> str:
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ch == "\x7f":
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def to_sparql(term: Identifier) -> str:
    """The term as SPARQL text, safe to place in a VALUES clause."""
    if isinstance(term, URIRef):
        return f"<{check_iri(str(term))}>"
    if isinstance(term, Literal):
        text = _escape_string(str(term))
        if term.language:
            if not _LANG.match(term.language):
                raise WsisError(f"parameter: bad language tag {term.language!r}")
            return f"{text}@{term.language}"
        if term.datatype and str(term.datatype) != XSD_STRING:
            return f"{text}^^<{check_iri(str(term.datatype))}>"
        return text
    raise WsisError(f"parameter: cannot send {term!r} to an endpoint (blank nodes have no stable name)")


def to_python(term: Identifier | None):
    """Plain Python value for notebooks and JSON: IRIs and strings as str, integers as int."""
    if term is None:
        return None
    if isinstance(term, Literal):
        if term.datatype == XSD.integer or term.datatype == XSD.int:
            try:
                return int(str(term))
            except ValueError:
                return str(term)
        if term.datatype == XSD.boolean:
            return str(term) == "true"
        return str(term)
    return str(term)
