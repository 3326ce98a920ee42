"""docs/COOKBOOK.md answers what it says: every ```sparql block, run on the bundled build, gives the rows of
the 'Answer:' table (or 'Answer: no rows') written under it.

Cells are written as the query tools print them: IRIs with the project's prefixes (``body:igf``, or ``<…>``
when no prefix fits), literals by their lexical form without language tag or datatype. A query with ORDER BY
must give the rows in the order written; any other query the same rows in any order.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import URIRef

from graph_builder.query.prefixes import shorten

COOKBOOK = Path(__file__).resolve().parent.parent / "docs" / "COOKBOOK.md"
_BLOCK = re.compile(r"```sparql\n(.*?)```", re.S)


def recipes(text: str) -> list[tuple[str, list[list[str]] | None, int]]:
    """(query, expected rows or None when no 'Answer:' follows, line number) for every sparql block."""
    out = []
    matches = list(_BLOCK.finditer(text))
    for i, m in enumerate(matches):
        tail = text[m.end(): matches[i + 1].start() if i + 1 < len(matches) else len(text)]
        line = text.count("\n", 0, m.start()) + 1
        answer = re.search(r"^Answer:(.*)$", tail, re.M)
        if answer is None:
            out.append((m.group(1), None, line))
            continue
        if answer.group(1).strip() == "no rows":
            out.append((m.group(1), [], line))
            continue
        rows = []
        for raw in tail[answer.end():].lstrip("\n").splitlines():
            if not raw.startswith("|"):
                break
            rows.append([c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", raw.strip())[1:-1]])
        # drop the header and the |---| rule
        out.append((m.group(1), rows[2:], line))
    return out


def cell(term) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return shorten(str(term))
    return str(term)


def answer(kg, query: str) -> list[list[str]]:
    result = kg.run_sparql(query, where=str(COOKBOOK))
    return [[cell(row.get(v)) for v in result.variables] for row in result.rows]


def test_every_block_has_an_answer():
    found = recipes(COOKBOOK.read_text(encoding="utf-8"))
    assert len(found) >= 20
    assert [line for _, rows, line in found if rows is None] == []


def test_cookbook_answers(kg):
    failures = []
    for query, expected, line in recipes(COOKBOOK.read_text(encoding="utf-8")):
        got = answer(kg, query)
        if not re.search(r"\bORDER\s+BY\b", query, re.I):
            got, expected = sorted(got), sorted(expected)
        if got != expected:
            failures.append(f"docs/COOKBOOK.md line {line}: expected {expected}, got {got}")
    assert not failures, "\n".join(failures)


if __name__ == "__main__":  # pragma: no cover
    pytest.main([__file__])
