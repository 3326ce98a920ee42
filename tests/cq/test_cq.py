"""Competency questions: each is answered by a saved SPARQL query over the built graph.

Cases live in ``cases/*.yaml``, one file per area. A case names the question (``gold: CQ001`` takes the gold
answer from ``public-cq.json``, a copy of ../shared/cq/; our own questions give ``answer:`` inline in the same
form), the saved query and its parameters. Matching: every gold item must be found in the result rows — an
item with ``value`` equals some cell (numbers and dates as typed values, compared by ISO form); an item with
``en``/``zh`` equals some cell once normalised (case, spaces and punctuation ignored), or one of the case's
``accept`` strings for that item. ``ordered_list`` answers must appear in the listed order (by first
matching row). ``count`` answers may also be checked as the number of rows (``count_rows: true``). A case may
give ``sparql:`` (written from docs/MODEL.md alone) instead of a saved query, and ``open:`` (what the graph still
lacks) for a fact the text states that the build does not yet hold: it is expected to fail until it does.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

HERE = Path(__file__).parent
PUBLIC = {q["id"]: q for q in json.loads((HERE / "public-cq.json").read_text(encoding="utf-8"))}


def _cases() -> list[dict]:
    out = []
    for path in sorted((HERE / "cases").glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            case["_file"] = path.name
            out.append(case)
    return out


CASES = _cases()


def norm(x) -> str:
    if isinstance(x, (dt.date, dt.datetime)):
        return x.isoformat()
    if isinstance(x, Decimal):
        x = format(x.normalize(), "f")
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    s = unicodedata.normalize("NFKC", str(x)).lower()
    return re.sub(r"[\s\W_]+", "", s)


def gold_of(case: dict) -> tuple[str, list[dict]]:
    if "gold" in case:
        q = PUBLIC[case["gold"]]
        return q["answer_kind"], q["answer"]
    return case["answer_kind"], case["answer"]


def item_forms(item: dict, accept: list | None) -> set[str]:
    forms = set()
    for key in ("value", "en", "zh", "zh_alt"):
        if key in item and item[key] is not None:
            forms.add(norm(item[key]))
    for a in accept or []:
        forms.add(norm(a))
    forms.discard("")
    return forms


def find_row(rows: list[dict], forms: set[str]) -> int | None:
    for i, row in enumerate(rows):
        for v in row.values():
            if v is not None and norm(v) in forms:
                return i
    return None


def rows_of(case: dict, kg) -> list[dict]:
    """The rows a case asks for: a saved query with its parameters, or SPARQL as a newcomer writes it from
    docs/MODEL.md (the project prefixes predeclared, as ``wsiskg sparql`` does)."""
    if "sparql" in case:
        from graph_builder.query.prefixes import sparql_prologue

        return kg.sparql(sparql_prologue(case["sparql"]) + case["sparql"])
    return kg.query(case["query"], **(case.get("params") or {}))


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_competency_question(case, kg, request):
    if case.get("open"):  # a fact the text states that the graph does not hold yet: fails loudly once it does
        request.applymarker(pytest.mark.xfail(strict=True, reason=case["open"]))
    kind, answer = gold_of(case)
    rows = rows_of(case, kg)
    assert rows, f"{case['id']}: query {case.get('query', 'sparql')} returned no rows"
    accept = case.get("accept") or {}
    found = []
    for k, item in enumerate(answer):
        if kind == "count" and case.get("count_rows"):
            assert len(rows) == int(item["value"]), f"{case['id']}: {len(rows)} rows, expected {item['value']}"
            continue
        forms = item_forms(item, accept.get(k) or accept.get(str(k)))
        i = find_row(rows, forms)
        assert i is not None, f"{case['id']}: gold item {item} not in result {rows[:8]}"
        found.append(i)
    if kind == "ordered_list":
        assert found == sorted(found), f"{case['id']}: order {found} differs from the gold order"
    if case.get("exact_rows"):
        assert len(rows) == len(answer), f"{case['id']}: {len(rows)} rows for {len(answer)} gold items"


def test_every_public_question_has_a_case():
    covered = {c.get("gold") for c in CASES}
    missing = sorted(set(PUBLIC) - covered)
    assert not missing, f"public competency questions without a case: {missing}"


def test_own_questions_outnumber_public_ones():
    own = [c for c in CASES if "gold" not in c]
    assert len(own) >= len(PUBLIC), f"only {len(own)} own competency questions"
