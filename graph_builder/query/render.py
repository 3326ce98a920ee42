"""Show query results: a table that fits the terminal (for people), csv, tsv, json, jsonl (for programs),
and Turtle, N-Triples or JSON-LD for CONSTRUCT/DESCRIBE answers (language tags and datatypes kept).

Bilingual columns follow one convention: a query that returns both languages names them ``x_en`` and
``x_zh``; ``--lang en`` keeps ``x_en`` as ``x_label`` and drops ``x_zh`` (and the reverse), without
``--lang`` both are shown. Tables shorten IRIs with the project prefixes (``body:hlsoc``, pasteable into
``wsiskg sparql``); csv/tsv/json keep full IRIs. Tables are drawn by rich (about 40 ms to import), which
wraps long cells to the terminal's width and counts a Chinese character as two columns.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sys

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier

from graph_builder.errors import WsisError
from graph_builder.query.prefixes import shorten, turtle_prefixes
from graph_builder.query.store import Result
from graph_builder.query.terms import to_oxigraph, to_python

FORMATS = ("table", "csv", "tsv", "json", "jsonl", "ttl", "nt", "jsonld")
RDF_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}
LANGS = ("en", "zh")
PIPED_WIDTH = 120  # a table sent to a file or a pipe is wrapped here


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
        return shorten(str(term))
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def full(term: Identifier | None) -> str:
    return "" if term is None else str(term)


def _cell(text: str) -> str:
    return " ".join(text.split())


def terminal_width() -> int:
    """The terminal's width when stdout is one; else $COLUMNS or :data:`PIPED_WIDTH`."""
    if sys.stdout.isatty():
        return shutil.get_terminal_size((PIPED_WIDTH, 24)).columns
    try:
        return int(os.environ.get("COLUMNS", "")) or PIPED_WIDTH
    except ValueError:
        return PIPED_WIDTH


QUOTE = "quote"  # the evidence column: drawn under its row, across the table's width
_ROW_MARK = "┈"


def table(variables: list[str], rows: list[dict], width: int | None = None) -> str:
    """Columns wrapped to ``width`` (default: :func:`terminal_width`), CJK-aware; then ``(N rows)``.

    A ``quote`` column is not a column: each row's quote is printed under the row, over the full width,
    and a first column that repeats from one row to the next is shown once (rows grouped by it).
    """
    from rich import box
    from rich.cells import cell_len
    from rich.console import Console
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    width = width or terminal_width()
    count = len(rows)
    quotes = QUOTE in variables and len(variables) > 1
    if quotes:
        shown = [v for v in variables if v != QUOTE]
        first = shown[0]
        own = [v for v in shown if v == first or v.startswith(first + "_")]  # its labels go with it
        grouped, previous = [], object()
        for row in rows:
            grouped.append({**row, **{v: None for v in own}} if row.get(first) == previous else row)
            previous = row.get(first)
        quote_texts = [_cell(full(row.get(QUOTE))) for row in rows]
        variables, rows = shown, grouped
    style = box.Box("    \n    \n ── \n    \n" + f" {_ROW_MARK * 2} \n" + "    \n" * 3) if quotes else box.SIMPLE_HEAD
    grid = Table(box=style, show_edge=False, pad_edge=False, header_style="", expand=False, show_lines=quotes)
    # IRI columns are not broken across lines while they fit in a third of the width (shortest first),
    # so a printed IRI can be pasted back; every other column wraps
    budget, whole = width // 3, {}
    iri_columns = []
    for name in variables:
        values = [row.get(name) for row in rows if row.get(name) is not None]
        if values and all(isinstance(v, URIRef) for v in values):
            iri_columns.append((max(cell_len(compact(v)) for v in values), name))
    for longest, name in sorted(iri_columns):
        if longest <= budget:
            budget -= longest
            whole[name] = longest
    for name in variables:
        if name in whole:
            grid.add_column(name, no_wrap=True, min_width=whole[name])
        else:
            grid.add_column(name, overflow="fold")
    for row in rows:
        grid.add_row(*[Text(_cell(compact(row.get(v)))) for v in variables])
    out = io.StringIO()
    console = Console(file=out, width=width, color_system=None, force_terminal=False, highlight=False,
                      emoji=False, markup=False, legacy_windows=False)
    console.print(grid)
    lines = [line.rstrip() for line in out.getvalue().splitlines()]
    if quotes:
        lines = _with_quotes(lines, quote_texts, console, out, Padding, Text)
    lines.append(f"({count} row{'s' if count != 1 else ''})")
    return "\n".join(lines)


def _with_quotes(lines: list[str], quotes: list[str], console, out, padding, text) -> list[str]:
    """Put each row's quote under the row's lines (the rows are separated by marker lines)."""
    head = next((i for i, line in enumerate(lines) if "─" in line), -1) + 1
    blocks, block = [], []
    for line in lines[head:]:
        if line and set(line.strip()) == {_ROW_MARK}:
            blocks.append(block)
            block = []
        else:
            block.append(line)
    blocks.append(block)
    result = lines[:head]
    for block, quote in zip(blocks, quotes):
        result += block
        if quote:
            out.seek(0)
            out.truncate()
            console.print(padding(text(f"“{quote}”", overflow="fold"), (0, 0, 0, 4)))
            result += [line.rstrip() for line in out.getvalue().splitlines()]
    return result


def delimited(variables: list[str], rows: list[dict], delimiter: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(variables)
    for row in rows:
        writer.writerow([_cell(full(row.get(v))) if delimiter == "\t" else full(row.get(v)) for v in variables])
    return out.getvalue().rstrip("\n")


def as_json(variables: list[str], rows: list[dict]) -> str:
    return json.dumps([{v: to_python(row.get(v)) for v in variables} for row in rows], ensure_ascii=False, indent=2)


def as_jsonl(variables: list[str], rows: list[dict]) -> str:
    return "\n".join(json.dumps({v: to_python(row.get(v)) for v in variables}, ensure_ascii=False) for row in rows)


def rdf_text(triples, fmt: str) -> str:
    """Triples of rdflib terms as Turtle (project prefixes), canonical N-Triples or expanded JSON-LD."""
    ox_triples = [ox.Triple(*(to_oxigraph(t) for t in triple)) for triple in triples]
    if fmt == "ttl":
        iris = {str(t) for triple in triples for t in triple if isinstance(t, URIRef)}
        iris |= {str(t.datatype) for triple in triples for t in triple if isinstance(t, Literal) and t.datatype}
        return ox.serialize(ox_triples, format=RDF_FORMATS[fmt], prefixes=turtle_prefixes(iris)).decode("utf-8")
    text = ox.serialize(ox_triples, format=RDF_FORMATS[fmt]).decode("utf-8")
    if fmt == "jsonld":
        return json.dumps(json.loads(text or "[]"), ensure_ascii=False, indent=2) + "\n"
    return text


def render(result: Result, fmt: str | None = "table", lang: str | None = None) -> str:
    """``result`` in ``fmt``; None picks a table for SELECT and Turtle for CONSTRUCT/DESCRIBE."""
    if result.kind == "ask":
        return json.dumps(result.boolean) if fmt in ("json", "jsonl") else ("yes" if result.boolean else "no")
    if fmt is None:
        fmt = "ttl" if result.kind == "graph" else "table"
    if fmt in RDF_FORMATS:
        if result.kind != "graph":
            raise WsisError(f"--format {fmt} needs a CONSTRUCT or DESCRIBE query; "
                            "a SELECT answers as table, csv, tsv, json or jsonl")
        return rdf_text(result.triples, fmt).rstrip("\n")
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
    if fmt == "jsonl":
        return as_jsonl(variables, rows)
    return table(variables, rows)


def is_literal(term) -> bool:
    return isinstance(term, Literal)
