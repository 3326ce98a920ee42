"""The Python API for notebooks: the same saved queries and parameters as ``wsiskg query``.

    >>> from graph_builder.query.api import KG
    >>> kg = KG(data_dir="exports")                # or KG(endpoint="http://127.0.0.1:7878/query")
    >>> kg.query("entity-card", entity="HLSOC", lang="en")
    [{'property': 'chair', 'value': '...', ...}, ...]
    >>> kg.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    [{'n': 1234}]

Rows are dicts of plain Python values (IRIs and text as str, integers as int); pass ``raw=True`` to get
rdflib terms instead.
"""

from __future__ import annotations

from pathlib import Path

from graph_builder.errors import WsisError
from graph_builder.paths import DEFAULT_DATA_DIR
from graph_builder.query import params as param_rules
from graph_builder.query import saved
from graph_builder.query.render import select_language
from graph_builder.query.resolve import Resolver
from graph_builder.query.store import Result, open_store
from graph_builder.query.terms import to_python


class KG:
    """One knowledge graph to ask: the embedded build in ``data_dir`` or a SPARQL ``endpoint``."""

    def __init__(self, data_dir: str | Path | None = None, endpoint: str | None = None, engine: str = "oxigraph",
                 timeout: float | None = None, queries_dir: str | Path | None = None):
        if data_dir is not None and endpoint is not None:
            raise WsisError("KG: give data_dir or endpoint, not both")
        self.store = open_store(Path(data_dir or DEFAULT_DATA_DIR), endpoint, engine)
        self.timeout = timeout
        self.queries_dir = Path(queries_dir) if queries_dir else None
        self.resolve = Resolver(self.store)

    def saved_queries(self) -> list[saved.SavedQuery]:
        return saved.list_queries(self.queries_dir)

    def run_saved(self, name: str, params: dict[str, str] | None = None) -> Result:
        """Run saved query ``name`` with string parameters (labels resolved, values typed)."""
        query = saved.load(name, self.queries_dir)
        raw = {k: str(v) for k, v in (params or {}).items() if v is not None}
        bindings = param_rules.bind(query, raw, self.resolve)
        result = self.store.run(query.text, bindings, self.timeout, where=str(query.path))
        unused = {p.name for p in query.params if p.name not in bindings
                  and all(row.get(p.name) is None for row in result.rows)}
        return drop_columns(result, set(bindings) | unused)

    def run_sparql(self, text: str, where: str = "query") -> Result:
        return self.store.run(text, None, self.timeout, where=where)

    def query(self, name: str, lang: str | None = None, raw: bool = False, **params) -> list[dict]:
        return _rows(self.run_saved(name, params), lang, raw)

    def sparql(self, text: str, lang: str | None = None, raw: bool = False) -> list[dict] | bool:
        result = self.run_sparql(text)
        if result.kind == "ask":
            return bool(result.boolean)
        return _rows(result, lang, raw)

    def checks(self) -> dict[str, int]:
        """Rows returned by each ``queries/checks/*-violation.rq`` (all zero on a sound build)."""
        directory = (self.queries_dir / "checks") if self.queries_dir else None
        return {name: len(self.store.run(path.read_text(encoding="utf-8"), None, self.timeout, where=str(path)).rows)
                for name, path in saved.check_files(directory).items()}


def drop_columns(result: Result, names: set[str]) -> Result:
    """Remove the parameters' columns: saved queries project them (Oxigraph substitutes only projected
    variables, SEP-0007) but their value is what the caller gave (or nothing)."""
    if result.kind != "select" or not names:
        return result
    keep = [v for v in result.variables if v not in names]
    return Result("select", variables=keep, rows=[{v: row.get(v) for v in keep} for row in result.rows])


def _rows(result: Result, lang: str | None, raw: bool) -> list[dict]:
    if result.kind == "graph":
        rows = [dict(zip(("subject", "predicate", "object"), t)) for t in result.triples]
        variables = ["subject", "predicate", "object"]
    else:
        variables, rows = select_language(result.variables, result.rows, lang)
    if raw:
        return rows
    return [{v: to_python(row.get(v)) for v in variables} for row in rows]
