"""Show query results: table (for people), csv, tsv, json (for programs).

Bilingual columns follow one convention: a query that returns both languages names them ``x_en`` and
``x_zh``; ``--lang en`` keeps ``x_en`` as ``x_label`` and drops ``x_zh`` (and the reverse), without
``--lang`` both are shown. Tables shorten IRIs with the project prefixes; csv/tsv/json keep full IRIs.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata

from rdflib import Literal, URIRef
from rdflib.term import Identifier

from graph_builder.query.store import Result
from graph_builder.query.terms import to_python
from graph_builder.rdf.namespaces import PREFIXES

FORMATS = ("table", "csv", "tsv", "json")
LANGS = ("en", "zh")
# longest namespace first so wsisid: wins over a shorter prefix of the same IRI
_PREFIXES = sorted(((str(ns), p) for p, ns in PREFIXES.items()), key=lambda x: -len(x[0]))


def select_language(variables: list[str], rows: list[dict], lang: str | None) -> tuple[list[str], list[dict]]:
    """Apply the ``x_en``/``x_zh`` convention for ``lang`` (None keeps both)."""
    if not lang:
        return variables, rows
    other = "zh" if lang == "en" else "en"
    keep: list[tuple[str, str]] = []  # (output name, source name)
    for var in variables:
        if var.endswith("_" + other) and var[: -len(other) - 1] + "_" + lang in variables:
            continue
        out = var[: -len(lang) - 1] + "_label" if var.endswith("_" + lang) else var
        keep.append((out, var))
    names = [out for out, _ in keep]
    return names, [{out: row.get(src) for out, src in keep} for row in rows]


def compact(term: Identifier | None) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = str(term)
        for ns, prefix in _PREFIXES:
            if text.startswith(ns) and len(text) > len(ns):
                return f"{prefix}:{text[len(ns):]}"
        return f"<{text}>"
    return str(term)


def full(term: Identifier | None) -> str:
    return "" if term is None else str(term)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _cell(text: str) -> str:
    return " ".join(text.split())


def table(variables: list[str], rows: list[dict]) -> str:
    cells = [[_cell(compact(row.get(v))) for v in variables] for row in rows]
    widths = [max([_width(v)] + [_width(r[i]) for r in cells]) for i, v in enumerate(variables)]
    lines = ["  ".join(_pad(v, w) for v, w in zip(variables, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip() for r in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def delimited(variables: list[str], rows: list[dict], delimiter: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(variables)
    for row in rows:
        writer.writerow([_cell(full(row.get(v))) if delimiter == "\t" else full(row.get(v)) for v in variables])
    return out.getvalue().rstrip("\n")


def as_json(variables: list[str], rows: list[dict]) -> str:
    return json.dumps([{v: to_python(row.get(v)) for v in variables} for row in rows], ensure_ascii=False, indent=2)


def render(result: Result, fmt: str = "table", lang: str | None = None) -> str:
    if result.kind == "ask":
        return json.dumps(result.boolean) if fmt == "json" else ("yes" if result.boolean else "no")
    if result.kind == "graph":
        variables = ["subject", "predicate", "object"]
        rows = [dict(zip(variables, t)) for t in result.triples]
    else:
        variables, rows = select_language(result.variables, result.rows, lang)
    if fmt == "csv":
        return delimited(variables, rows, ",")
    if fmt == "tsv":
        return delimited(variables, rows, "\t")
    if fmt == "json":
        return as_json(variables, rows)
    return table(variables, rows)


def is_literal(term) -> bool:
    return isinstance(term, Literal)
