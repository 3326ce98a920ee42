"""``wsiskg search TEXT``: find things by name, forgiving typos, variants and the other language."""

from __future__ import annotations

from pathlib import Path

import click

from graph_builder.commands.options import data_option
from graph_builder.commands.query import _kg, endpoint_option, format_option, lang_option, timeout_option
from graph_builder.errors import WsisError


@click.command("search")
@click.argument("text", nargs=-1, required=True)
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="At most this many matches.")
@lang_option
@format_option
@data_option
@endpoint_option
@timeout_option
def search_command(text, limit, lang, fmt, data_dir: Path, endpoint, timeout) -> None:
    """Find entities by name in English or Chinese (simplified or traditional), by acronym or alias, with
    typos forgiven; one row per entity, best first. A country also lists its government, agencies and
    delegations and what they contributed. Use the IRI or a label with `wsiskg describe` or the saved queries."""
    from graph_builder.query.fuzzy import search_rows
    from graph_builder.query.render import render
    from graph_builder.query.store import Result

    query = " ".join(text)
    variables, rows, suggestions = search_rows(_kg(data_dir, endpoint, timeout).store, query, limit)
    if not rows:
        hint = f"; did you mean: {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        raise WsisError(f"search: nothing is named like {query!r}{hint}")
    click.echo(render(Result("select", variables=variables, rows=rows), fmt, lang))


COMMANDS = [search_command]
