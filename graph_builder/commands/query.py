"""``wsiskg query`` (saved queries) and ``wsiskg sparql`` (ad-hoc SPARQL).

Both run on the embedded build (``--data DIR``) or on any SPARQL 1.1 endpoint (``--endpoint URL``).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click

from graph_builder.commands.options import data_option
from graph_builder.errors import WsisError
from graph_builder.query import saved
from graph_builder.query.api import KG
from graph_builder.query.params import split_assignments
from graph_builder.query.prefixes import project_prefixes, sparql_prologue
from graph_builder.query.render import FORMATS, LANGS, render

endpoint_option = click.option("--endpoint", metavar="URL", default=None,
                               help="Run on this SPARQL 1.1 endpoint (e.g. http://127.0.0.1:7878/query) instead of --data.")
lang_option = click.option("--lang", type=click.Choice(LANGS), default=None,
                           help="Show labels in this language only (default: both).")
format_option = click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
                             help="Default: table for SELECT, ttl for CONSTRUCT/DESCRIBE (ttl, nt, jsonld keep "
                                  "language tags and datatypes).")
timeout_option = click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None,
                              metavar="SECONDS", help="Give up on a query after this many seconds.")


def _kg(data_dir: Path, endpoint: str | None, timeout: float | None) -> KG:
    return KG(endpoint=endpoint, timeout=timeout) if endpoint else KG(data_dir=data_dir, timeout=timeout)


@click.command("query")
@click.argument("name", required=False)
@click.option("--list", "list_only", is_flag=True, help="List the saved queries (name and title).")
@click.option("--describe", is_flag=True, help="Show the query's documentation and parameters.")
@click.option("--checks", is_flag=True, help="Run queries/checks/*-violation.rq; exit 1 if any returns rows.")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE",
              help="Bind a parameter (entities by IRI, prefixed name or label in either language).")
@click.option("--as-of", "as_of", metavar="DATE", default=None,
              help="What the sources dated up to DATE said (queries with an as_of parameter; docs/MODEL.md 'Claims').")
@click.option("--all-claims", is_flag=True, help="Every source's claim, not only the current value (claims=all).")
@lang_option
@format_option
@data_option
@endpoint_option
@timeout_option
def query_command(name, list_only, describe, checks, params, as_of, all_claims, lang, fmt, data_dir, endpoint, timeout):
    """Run the saved query NAME (see --list)."""
    if list_only:
        queries = saved.list_queries()
        width = max((len(q.name) for q in queries), default=0)
        for q in queries:
            click.echo(f"{q.name.ljust(width)}  {q.title}")
        return
    if checks:
        counts = _kg(data_dir, endpoint, timeout).checks()
        for check, count in counts.items():
            click.echo(f"{check}: {'ok' if count == 0 else f'{count} row(s)'}")
        if any(counts.values()):
            raise WsisError(f"checks: {sum(1 for c in counts.values() if c)} check(s) found violations")
        return
    if not name:
        raise WsisError("query: give a saved query NAME (see `wsiskg query --list`)")
    if describe:
        q = saved.load(name)
        click.echo(f"{q.name}: {q.title}\n{q.answers}")
        for p in q.params:
            click.echo(f"  --param {p.name}=...  ({p.type}{', optional' if p.optional else ''}) e.g. {p.example}")
        for example in q.examples:
            click.echo(f"  example: {example}")
        return
    saved.load(name)  # unknown names fail before the store is loaded
    params = tuple(params) + ((f"as_of={as_of}",) if as_of else ()) + (("claims=all",) if all_claims else ())
    result = _kg(data_dir, endpoint, timeout).run_saved(name, split_assignments(params))
    click.echo(render(result, fmt, lang))


@click.command("sparql")
@click.argument("file_or_query")
@lang_option
@format_option
@data_option
@endpoint_option
@timeout_option
def sparql_command(file_or_query, lang, fmt, data_dir, endpoint, timeout):
    """Run an ad-hoc SPARQL query: a .rq file, `-` for stdin, or the query text itself.

    The project prefixes are predeclared (wsis:, wsisid:, rdfs:, skos:, … and one per kind of entity:
    body:, org:, event:, person:, place:, actionline:, …), so `SELECT * WHERE { body:hlsoc ?p ?o }` works
    and every IRI a table prints can be pasted back.
    """
    if file_or_query == "-":
        text, where = sys.stdin.read(), "stdin"
    elif "\n" not in file_or_query and _is_file(file_or_query):
        text, where = Path(file_or_query).read_text(encoding="utf-8"), file_or_query
    elif file_or_query.endswith(".rq") and " " not in file_or_query:
        raise WsisError(f"{file_or_query}: no such query file")
    else:
        text, where = file_or_query, "query"
    result = run_with_prefixes(_kg(data_dir, endpoint, timeout), text, where)
    click.echo(render(result, fmt, lang))


def _is_file(name: str) -> bool:
    """True when ``name`` is an existing file; query text too long for a file name is not one."""
    try:
        return Path(name).is_file()
    except (OSError, ValueError):  # ENAMETOOLONG, or a NUL byte in the text
        return False


_LINE_ONE = re.compile(r"at line 1, column (\d+)")


def run_with_prefixes(kg: KG, text: str, where: str):
    """Run ``text`` with the project prologue on its first line (line numbers of errors stay the user's)."""
    prologue = sparql_prologue(text).replace("\n", " ")
    try:
        return kg.run_sparql(prologue + text, where=where)
    except WsisError as exc:
        message = _LINE_ONE.sub(lambda m: f"at line 1, column {max(1, int(m.group(1)) - len(prologue))}", str(exc))
        raise WsisError(readable(message, text)) from None


def readable(message: str, text: str) -> str:
    """One short line: an unknown prefix named as such, a parser's long list of expected tokens cut."""
    if "Prefix not found" in message:
        known = set(project_prefixes()) | {p.lower() for p in re.findall(r"(?i)PREFIX\s+([\w.-]*):", text)}
        body = re.sub(r'<[^>\s]*>|"[^"\n]*"|#[^\n]*', " ", text)
        unknown = [p for p in re.findall(r"(?<![\w:<])([A-Za-z][\w.-]*):", body) if p not in known]
        name = f"{unknown[0]}:" if unknown else "a prefix"
        head = message.split(": expected", 1)[0]
        return (f"{head}: unknown prefix {name} (predeclared: wsis:, wsisid:, rdfs:, skos:, body:, org:, event:, "
                "person:, place: …; declare others with PREFIX)")
    return message if len(message) <= 160 else message[:157].rstrip() + "…"


COMMANDS = [query_command, sparql_command]
