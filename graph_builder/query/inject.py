"""Bind parameters for an HTTP endpoint: a VALUES block at the top of the query's WHERE group.

A remote endpoint has no ``initBindings``, so the values travel in the query text — but only as RDF terms
written by :func:`graph_builder.query.terms.to_sparql` (IRIs checked, literals escaped), inside a
``VALUES (?a ?b) { (... ...) }`` block that joins with the whole WHERE group (SPARQL 1.1 §10.2.1). The
insertion point is found by a small lexer that skips comments, strings and IRIs, so text inside them is
never mistaken for the WHERE keyword or a brace.
"""

from __future__ import annotations

import re

from rdflib.term import Identifier

from graph_builder.errors import WsisError
from graph_builder.query.terms import to_sparql

_IRI = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_VAR = re.compile(r"[?$][A-Za-z0-9_]+")
_STRINGS = ('"""', "'''", '"', "'")


def _significant(text: str):
    """Yield (position, token) for braces and bare words outside comments, strings, IRIs and variables."""
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end + 1
            continue
        quote = next((q for q in _STRINGS if text.startswith(q, i)), None)
        if quote:
            j = i + len(quote)
            while j < n and not text.startswith(quote, j):
                j += 2 if text[j] == "\\" else 1
            i = j + len(quote)
            continue
        if ch == "<":
            match = _IRI.match(text, i)
            i = match.end() if match else i + 1
            continue
        if ch in "?$":
            match = _VAR.match(text, i)
            i = match.end() if match else i + 1
            continue
        if ch in "{}":
            yield i, ch
            i += 1
            continue
        match = _WORD.match(text, i)
        if match:
            yield i, match.group(0)
            i = match.end()
            continue
        i += 1


def where_brace(text: str) -> int:
    """Index of the ``{`` opening the query's WHERE group (the first one if the keyword is omitted)."""
    first_brace = None
    seen_where = False
    for pos, token in _significant(text):
        if token == "{":
            if seen_where:
                return pos
            if first_brace is None:
                first_brace = pos
        elif token.upper() == "WHERE" and not seen_where:
            seen_where = True
    if first_brace is None:
        raise WsisError("query: no WHERE group to bind parameters into")
    return first_brace


def values_block(bindings: dict[str, Identifier]) -> str:
    names = sorted(bindings)
    for name in names:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise WsisError(f"parameter: {name!r} is not a valid variable name")
    head = " ".join(f"?{n}" for n in names)
    row = " ".join(to_sparql(bindings[n]) for n in names)
    return f"VALUES ({head}) {{ ({row}) }}"


def inject_values(text: str, bindings: dict[str, Identifier]) -> str:
    """``text`` with the bindings as a VALUES block right after the WHERE group's opening brace."""
    if not bindings:
        return text
    at = where_brace(text) + 1
    close = _subquery_group_end(text, at)
    if close is not None:
        # 'WHERE { SELECT … }': a sub-select must stand in its own group next to the VALUES block.
        return f"{text[:at]} {values_block(bindings)}\n{{ {text[at:close]} }}\n{text[close:]}"
    return f"{text[:at]} {values_block(bindings)}\n{text[at:]}"


def _subquery_group_end(text: str, at: int) -> int | None:
    """If the group opened just before ``at`` starts with SELECT, the index of its closing brace."""
    depth = 0
    first = True
    for pos, token in _significant(text[at:]):
        if first:
            first = False
            if token.upper() != "SELECT":
                return None
        if token == "{":
            depth += 1
        elif token == "}":
            if depth == 0:
                return at + pos
            depth -= 1
    return None
