"""A saved query that repeats a value list inside an OPTIONAL (docs/ENGINES.md: the engine then builds the
OPTIONAL from those values instead of every statement) must repeat it whole: a value added to one copy and
not the other would drop or keep rows wrongly. Every variable listed by several VALUES blocks of one query
takes the same values in each."""

from __future__ import annotations

import re

import pytest

from graph_builder.query import saved

_BLOCK = re.compile(r"VALUES\s*(\?\w+|\((?:\s*\?\w+)+\s*\))\s*\{((?:[^{}])*)\}", re.S)
_TERM = re.compile(r'<[^>]*>|"[^"]*"(?:@[\w-]+|\^\^\S+)?|[\w-]*:[\w-]+|\bUNDEF\b')


def _blocks(text: str) -> list[dict[str, set[str]]]:
    body = "\n".join(line.split(" #")[0] for line in text.splitlines() if not line.lstrip().startswith("#"))
    out = []
    for head, rows in _BLOCK.findall(body):
        names = re.findall(r"\?\w+", head)
        values: dict[str, set[str]] = {n: set() for n in names}
        groups = re.findall(r"\(([^()]*)\)", rows) if head.startswith("(") else [rows]
        for group in groups:
            terms = _TERM.findall(group)
            if head.startswith("("):
                for name, term in zip(names, terms):
                    values[name].add(term)
            else:
                values[names[0]].update(terms)
        out.append(values)
    return out


@pytest.mark.parametrize("query", saved.list_queries(), ids=lambda q: q.name)
def test_a_variable_takes_the_same_values_in_every_values_block(query):
    seen: dict[str, set[str]] = {}
    for block in _blocks(query.text):
        for name, values in block.items():
            if name in seen:
                assert values == seen[name], f"{query.name}: {name} lists {sorted(values ^ seen[name])} in one block only"
            else:
                seen[name] = values


def test_the_check_reads_both_forms():
    text = 'SELECT * WHERE { VALUES (?r ?p) { ("a" wsis:x) ("b" wsis:y) } OPTIONAL { VALUES ?p { wsis:x } ?s ?p ?o } }'
    blocks = _blocks(text)
    assert blocks[0]["?p"] == {"wsis:x", "wsis:y"} and blocks[1]["?p"] == {"wsis:x"}
