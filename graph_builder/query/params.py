"""Turn ``--param key=value`` strings into RDF terms, checked against the saved query's declared types.

``iri`` parameters accept an IRI (``https://...`` or ``<...>``), a prefixed name (``wsisid:org/itu``) or a
label in either language; labels are resolved to IRIs by :class:`graph_builder.query.resolve.Resolver`
before binding. Everything else becomes a typed literal (bound as RDF terms, never pasted).
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from graph_builder.errors import WsisError
from graph_builder.query.saved import SavedQuery
from graph_builder.query.terms import check_iri

_ABSOLUTE = re.compile(r"^(https?|urn|mailto|file):", re.I)
_PREFIXED = re.compile(r"^(?P<prefix>[A-Za-z][A-Za-z0-9_-]*):(?P<local>[^\s/][^\s]*)$")
_DATE = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?$")


def split_assignments(pairs: list[str] | tuple[str, ...]) -> dict[str, str]:
    """``["entity=ITU", "from=2002"]`` -> dict; a pair without ``=`` is an error."""
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise WsisError(f"--param {pair}: expected KEY=VALUE")
        out[key.strip()] = value.strip()
    return out


def as_iri(value: str) -> URIRef | None:
    """The IRI ``value`` spells, or None when it is a label to resolve."""
    if value.startswith("<") and value.endswith(">"):
        return URIRef(check_iri(value[1:-1]))
    if _ABSOLUTE.match(value):
        return URIRef(check_iri(value))
    from graph_builder.query.prefixes import project_prefixes  # kind prefixes too: body:hlsoc, org:itu

    match = _PREFIXED.match(value)
    if match and match.group("prefix") in project_prefixes():
        return URIRef(check_iri(project_prefixes()[match.group("prefix")] + match.group("local")))
    return None


def date_literal(value: str, where: str) -> Literal:
    match = _DATE.match(value)
    if not match:
        raise WsisError(f"{where}: {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = match.group("y"), match.group("m"), match.group("d")
    if month and not 1 <= int(month) <= 12 or day and not 1 <= int(day) <= 31:
        raise WsisError(f"{where}: {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    if day:
        return Literal(value, datatype=XSD.date)
    if month:
        return Literal(value, datatype=XSD.gYearMonth)
    return Literal(year, datatype=XSD.gYear)


def bind(query: SavedQuery, raw: dict[str, str], resolve) -> dict[str, Identifier]:
    """Typed bindings for ``query``; ``resolve(label, where) -> URIRef`` names entities by label."""
    unknown = sorted(set(raw) - {p.name for p in query.params})
    if unknown:
        known = ", ".join(p.name for p in query.params) or "none"
        raise WsisError(f"{query.name}: unknown parameter {unknown[0]!r} (parameters: {known})")
    bindings: dict[str, Identifier] = {}
    for param in query.params:
        where = f"{query.name}: parameter {param.name}"
        if param.name not in raw or not raw[param.name].strip():  # a blank value is no value
            if param.optional:
                continue
            example = f" (e.g. --param {param.name}={param.example})" if param.example else ""
            raise WsisError(f"{where} is missing{example}")
        value = raw[param.name]
        if param.choices and value not in param.choices:
            raise WsisError(f"{where}: {value!r} is not allowed (allowed: {', '.join(param.choices)})")
        if param.type == "iri":
            bindings[param.name] = as_iri(value) or resolve(value, where)
        elif param.type == "int":
            if not re.fullmatch(r"[+-]?\d+", value):
                raise WsisError(f"{where}: {value!r} is not an integer")
            bindings[param.name] = Literal(int(value))
        elif param.type == "date":
            bindings[param.name] = date_literal(value, where)
        else:  # string, label: plain literals
            bindings[param.name] = Literal(value)
    return bindings
