"""The discrepancy report: every pair of claims that disagree (``queries/discrepancies.rq``, docs/MODEL.md 'Claims').

The saved query is the definition; :func:`discrepancies` runs it over a built dataset (pyoxigraph, union of the
named graphs) and :func:`write_tsv` writes ``reports/discrepancies.tsv``, one row per pair, sorted.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from graph_builder import paths

COLUMNS = ("kind", "relation", "subject", "subject_en", "property", "value_a", "value_b", "source_a", "source_b",
           "asof_a", "asof_b", "locator_a", "locator_b", "quote_a", "quote_b")


def query_text() -> str:
    return (paths.queries_dir() / "discrepancies.rq").read_text(encoding="utf-8")


def discrepancies(quads) -> list[dict[str, str]]:
    """Rows of the discrepancy query over ``quads`` (pyoxigraph quads of a build, or a filled ``ox.Store``),
    values as plain strings."""
    if isinstance(quads, ox.Store):
        store = quads
    else:
        store = ox.Store()
        store.extend(quads)
    rows = []
    for sol in store.query(query_text(), use_default_graph_as_union=True):
        rows.append({c: ("" if sol[c] is None else sol[c].value) for c in COLUMNS})
    return sorted(rows, key=lambda r: tuple(r[c] for c in COLUMNS))


def write_tsv(quads, path: Path) -> int:
    """Write the report (``quads`` as for :func:`discrepancies`); returns the number of rows. Tabs and line breaks inside values become spaces."""
    rows = discrepancies(quads)
    lines = ["\t".join(COLUMNS)]
    for r in rows:
        lines.append("\t".join(" ".join(r[c].split()) for c in COLUMNS))
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(rows)
