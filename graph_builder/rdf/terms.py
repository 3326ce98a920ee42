"""RDF term factories: the same producer code makes rdflib terms (for the graphs other modules read) or
pyoxigraph terms (for the build's store) without converting one into the other afterwards.

Lexical forms follow rdflib's for the same values (integers in decimal, booleans ``true``/``false``), so
both factories give the same quads.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import XSD


class Terms:
    """``iri(text)``, ``lang(text, tag)``, ``integer(n)``, ``boolean(b)``, ``string(text)`` and
    ``convert(rdflib_term)`` (a term a rule made with rdflib, as this library's term)."""

    def __init__(self, iri, lang, integer, boolean, string, convert) -> None:
        self.iri, self.lang, self.integer, self.boolean, self.string, self.convert = (
            iri, lang, integer, boolean, string, convert)


def _ox_term(term):
    from graph_builder.exports.quads import _to_ox  # checks every IRI strictly

    return _to_ox(term, "rdf")


_XSD_INTEGER = ox.NamedNode(str(XSD.integer))

RDFLIB_TERMS = Terms(
    iri=URIRef, lang=lambda text, tag: Literal(text, lang=tag),
    integer=lambda n: Literal(n, datatype=XSD.integer), boolean=Literal, string=Literal,
    convert=lambda term: term,
)
OX_TERMS = Terms(
    iri=ox.NamedNode, lang=lambda text, tag: ox.Literal(text, language=tag),
    integer=lambda n: ox.Literal(str(n), datatype=_XSD_INTEGER),
    boolean=ox.Literal, string=ox.Literal, convert=_ox_term,
)
